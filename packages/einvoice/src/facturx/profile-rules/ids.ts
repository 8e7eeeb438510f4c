/**
 * FX-SCH-A identifiers of the Factur-X 1.09 profile rules that carry no business-rule code (the
 * structural and code-list checks). The .sch sources have no ids; the compiled XSLT of the same
 * release (not shipped) assigns these, keyed here by rule context and assertion text. Rules with a
 * code in their text ([BR-CO-26]) use that code instead. The Factur-X 1.09.2 edition renumbered
 * some of them: match by message when comparing with verdicts of that edition. The EXTENDED XSLT
 * numbers none: its rules get a stable id derived from their context and text.
 */
import { createHash } from 'node:crypto';

const IDS: Record<string, Record<string, string>> = {
  MINIMUM: {
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:BusinessProcessSpecifiedDocumentContextParameter' may occur at maximum 1 times.":
      'FX-SCH-A-000024',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:GuidelineSpecifiedDocumentContextParameter' must occur exactly 1 times.":
      'FX-SCH-A-000025',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | Value of 'ram:ID' is not allowed.":
      'FX-SCH-A-000026',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:SellerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000027',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:BuyerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000028',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000033',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000034',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:InvoiceCurrencyCode' must occur exactly 1 times.":
      'FX-SCH-A-000038',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:SpecifiedTradeSettlementHeaderMonetarySummation' must occur exactly 1 times.":
      'FX-SCH-A-000039',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode | Value of 'ram:InvoiceCurrencyCode' is not allowed.":
      'FX-SCH-A-000040',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:TaxBasisTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000041',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000042',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:GrandTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000043',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:DuePayableAmount' must occur exactly 1 times.":
      'FX-SCH-A-000044',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000192',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'G\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-G-08ini] - Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “G” ("Export outside the EU"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Export outside the EU" (G), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000388',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'G\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-G-08rev] - With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “G” ("Export outside the EU"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Export outside the EU" (G), and where applicable the VAT exemption reason and specification code (BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000389',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'G\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-G-08b] - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “G” ("Export outside the EU"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Export outside the EU" (G), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified or the same rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) in BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level Allowances (BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service logistic charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind that ultimately only the second one will have to be followed.':
      'FX-SCH-A-000390',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'K\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-IC-08b] - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “K” ("Intra-community supply"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Intra-community supply" (K), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified or the same rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) in BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level Allowances (BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service logistic charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind that ultimately only the second one will have to be followed.':
      'FX-SCH-A-000391',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'K\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-IC-08ini] - Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “K” ("Intra-community supply"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Intra-community supply" (K), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000392',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'K\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-IC-08rev] - With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “K” ("Intra-community supply"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Intra-community supply" (K), and where applicable the VAT exemption reason and specification code (BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000393',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'O\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-O-08b] - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “O” ("Not subject to VAT"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Not subject to VAT" (O), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified or the same rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) in BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level Allowances (BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service logistic charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind that ultimately only the second one will have to be followed.':
      'FX-SCH-A-000394',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'O\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-O-08ini] - Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “O” ("Not subject to VAT"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Not subject to VAT" (O), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000395',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'O\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-O-08rev] - With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “O” ("Not subject to VAT"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Not subject to VAT" (O) and where applicable the VAT exemption reason and specification code (BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000396',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'Z\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-Z-08b] - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “Z” ("Zero Rated"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Zero Rated" (Z), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000397',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'Z\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-Z-08ini] - Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “Z” ("Zero Rated"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Zero Rated" (Z), but only for lines where the "Subtype of invoice item" (BT-X-8) has the value "DETAIL" or is not specified.':
      'FX-SCH-A-000398',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'Z\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-Z-08rev] - With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “Z” ("Zero Rated"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Zero Rated" (Z).':
      'FX-SCH-A-000399',
  },
  'BASIC-WL': {
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:BusinessProcessSpecifiedDocumentContextParameter' may occur at maximum 1 times.":
      'FX-SCH-A-000024',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:GuidelineSpecifiedDocumentContextParameter' must occur exactly 1 times.":
      'FX-SCH-A-000025',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | Value of 'ram:ID' is not allowed.":
      'FX-SCH-A-000026',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:SellerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000027',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:BuyerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000028',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:ContractReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:DespatchAdviceReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000033',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000034',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:InvoiceCurrencyCode' must occur exactly 1 times.":
      'FX-SCH-A-000038',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:SpecifiedTradeSettlementHeaderMonetarySummation' must occur exactly 1 times.":
      'FX-SCH-A-000039',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode | Value of 'ram:InvoiceCurrencyCode' is not allowed.":
      'FX-SCH-A-000040',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:TaxBasisTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000041',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000042',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:GrandTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000043',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:DuePayableAmount' must occur exactly 1 times.":
      'FX-SCH-A-000044',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote | Element 'ram:Content' must occur exactly 1 times.":
      'FX-SCH-A-000160',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote | Element 'ram:SubjectCode' may occur at maximum 1 times.":
      'FX-SCH-A-000161',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote/ram:SubjectCode | Value of 'ram:SubjectCode' is not allowed.":
      'FX-SCH-A-000162',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:URIUniversalCommunication' may occur at maximum 1 times.":
      'FX-SCH-A-000165',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:URIUniversalCommunication' may occur at maximum 1 times.":
      'FX-SCH-A-000165',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:SpecifiedTaxRegistration' may occur at maximum 1 times.":
      'FX-SCH-A-000166',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:SpecifiedTaxRegistration' must occur exactly 1 times.":
      'FX-SCH-A-000169',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent | Element 'ram:OccurrenceDateTime' must occur exactly 1 times.":
      'FX-SCH-A-000171',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:PaymentReference' may occur at maximum 1 times.":
      'FX-SCH-A-000172',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:ApplicableTradeTax' must occur at least 1 times.":
      'FX-SCH-A-000173',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:SpecifiedTradePaymentTerms' may occur at maximum 1 times.":
      'FX-SCH-A-000174',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:ReceivableSpecifiedTradeAccountingAccount' may occur at maximum 1 times.":
      'FX-SCH-A-000175',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CalculatedAmount' must occur exactly 1 times.":
      'FX-SCH-A-000176',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:BasisAmount' must occur exactly 1 times.":
      'FX-SCH-A-000177',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CategoryCode' must occur exactly 1 times.":
      'FX-SCH-A-000178',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax | Element \'ram:CategoryCode\' must occur exactly 1 times.':
      'FX-SCH-A-000178',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax | Element \'ram:CategoryCode\' must occur exactly 1 times.':
      'FX-SCH-A-000178',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode | Value of 'ram:CategoryCode' is not allowed.":
      'FX-SCH-A-000179',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax/ram:CategoryCode | Value of \'ram:CategoryCode\' is not allowed.':
      'FX-SCH-A-000179',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax/ram:CategoryCode | Value of \'ram:CategoryCode\' is not allowed.':
      'FX-SCH-A-000179',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:DueDateTypeCode | Value of 'ram:DueDateTypeCode' is not allowed.":
      'FX-SCH-A-000180',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReasonCode | Value of 'ram:ExemptionReasonCode' is not allowed.":
      'FX-SCH-A-000181',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:CategoryTradeTax\' must occur exactly 1 times.':
      'FX-SCH-A-000185',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:CategoryTradeTax\' must occur exactly 1 times.':
      'FX-SCH-A-000185',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:ReasonCode | Value of \'ram:ReasonCode\' is not allowed.':
      'FX-SCH-A-000186',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms | Element 'ram:Description' may occur at maximum 1 times.":
      'FX-SCH-A-000187',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms | Element 'ram:DirectDebitMandateID' may occur at maximum 1 times.":
      'FX-SCH-A-000188',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:LineTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000189',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:ChargeTotalAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000190',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:AllowanceTotalAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000191',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000192',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:TotalPrepaidAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000193',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans | Element 'ram:PayeePartyCreditorFinancialAccount' may occur at maximum 1 times.":
      'FX-SCH-A-000194',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount | Element 'ram:IBANID' must occur exactly 1 times.":
      'FX-SCH-A-000195',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode | Value of 'ram:TaxCurrencyCode' is not allowed.":
      'FX-SCH-A-000196',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:ReasonCode[not (@listID)] | Value of \'ram:ReasonCode[not (@listID)]\' is not allowed.':
      'FX-SCH-A-000376',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'Z\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-Z-08rev] - With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “Z” ("Zero Rated"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Zero Rated" (Z).':
      'FX-SCH-A-000399',
  },
  BASIC: {
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:BusinessProcessSpecifiedDocumentContextParameter' may occur at maximum 1 times.":
      'FX-SCH-A-000024',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:GuidelineSpecifiedDocumentContextParameter' must occur exactly 1 times.":
      'FX-SCH-A-000025',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | Value of 'ram:ID' is not allowed.":
      'FX-SCH-A-000026',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:SellerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000027',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:BuyerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000028',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:ContractReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:DespatchAdviceReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000033',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000034',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:InvoiceCurrencyCode' must occur exactly 1 times.":
      'FX-SCH-A-000038',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:SpecifiedTradeSettlementHeaderMonetarySummation' must occur exactly 1 times.":
      'FX-SCH-A-000039',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode | Value of 'ram:InvoiceCurrencyCode' is not allowed.":
      'FX-SCH-A-000040',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:TaxBasisTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000041',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000042',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:GrandTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000043',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:DuePayableAmount' must occur exactly 1 times.":
      'FX-SCH-A-000044',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote | Element 'ram:Content' must occur exactly 1 times.":
      'FX-SCH-A-000160',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument/ram:IncludedNote | Element 'ram:Content' must occur exactly 1 times.":
      'FX-SCH-A-000160',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote | Element 'ram:SubjectCode' may occur at maximum 1 times.":
      'FX-SCH-A-000161',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote/ram:SubjectCode | Value of 'ram:SubjectCode' is not allowed.":
      'FX-SCH-A-000162',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:URIUniversalCommunication' may occur at maximum 1 times.":
      'FX-SCH-A-000165',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:URIUniversalCommunication' may occur at maximum 1 times.":
      'FX-SCH-A-000165',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:SpecifiedTaxRegistration' may occur at maximum 1 times.":
      'FX-SCH-A-000166',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:SpecifiedTaxRegistration' must occur exactly 1 times.":
      'FX-SCH-A-000169',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent | Element 'ram:OccurrenceDateTime' must occur exactly 1 times.":
      'FX-SCH-A-000171',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:PaymentReference' may occur at maximum 1 times.":
      'FX-SCH-A-000172',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:ApplicableTradeTax' must occur at least 1 times.":
      'FX-SCH-A-000173',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:SpecifiedTradePaymentTerms' may occur at maximum 1 times.":
      'FX-SCH-A-000174',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:ReceivableSpecifiedTradeAccountingAccount' may occur at maximum 1 times.":
      'FX-SCH-A-000175',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CalculatedAmount' must occur exactly 1 times.":
      'FX-SCH-A-000176',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:BasisAmount' must occur exactly 1 times.":
      'FX-SCH-A-000177',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CategoryCode' must occur exactly 1 times.":
      'FX-SCH-A-000178',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax | Element \'ram:CategoryCode\' must occur exactly 1 times.':
      'FX-SCH-A-000178',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax | Element \'ram:CategoryCode\' must occur exactly 1 times.':
      'FX-SCH-A-000178',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CategoryCode' must occur exactly 1 times.":
      'FX-SCH-A-000178',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode | Value of 'ram:CategoryCode' is not allowed.":
      'FX-SCH-A-000179',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax/ram:CategoryCode | Value of \'ram:CategoryCode\' is not allowed.':
      'FX-SCH-A-000179',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax/ram:CategoryCode | Value of \'ram:CategoryCode\' is not allowed.':
      'FX-SCH-A-000179',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode | Value of 'ram:CategoryCode' is not allowed.":
      'FX-SCH-A-000179',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:DueDateTypeCode | Value of 'ram:DueDateTypeCode' is not allowed.":
      'FX-SCH-A-000180',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReasonCode | Value of 'ram:ExemptionReasonCode' is not allowed.":
      'FX-SCH-A-000181',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:CategoryTradeTax\' must occur exactly 1 times.':
      'FX-SCH-A-000185',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:CategoryTradeTax\' must occur exactly 1 times.':
      'FX-SCH-A-000185',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:ReasonCode | Value of \'ram:ReasonCode\' is not allowed.':
      'FX-SCH-A-000186',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:ReasonCode | Value of \'ram:ReasonCode\' is not allowed.':
      'FX-SCH-A-000186',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms | Element 'ram:Description' may occur at maximum 1 times.":
      'FX-SCH-A-000187',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms | Element 'ram:DirectDebitMandateID' may occur at maximum 1 times.":
      'FX-SCH-A-000188',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:LineTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000189',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation | Element 'ram:LineTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000189',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:ChargeTotalAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000190',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:AllowanceTotalAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000191',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000192',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:TotalPrepaidAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000193',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans | Element 'ram:PayeePartyCreditorFinancialAccount' may occur at maximum 1 times.":
      'FX-SCH-A-000194',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount | Element 'ram:IBANID' must occur exactly 1 times.":
      'FX-SCH-A-000195',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode | Value of 'ram:TaxCurrencyCode' is not allowed.":
      'FX-SCH-A-000196',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction | Element 'ram:IncludedSupplyChainTradeLineItem' must occur at least 1 times.":
      'FX-SCH-A-000265',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:AssociatedDocumentLineDocument' must occur exactly 1 times.":
      'FX-SCH-A-000266',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:SpecifiedTradeProduct' must occur exactly 1 times.":
      'FX-SCH-A-000267',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:SpecifiedLineTradeAgreement' must occur exactly 1 times.":
      'FX-SCH-A-000268',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:SpecifiedLineTradeDelivery' must occur exactly 1 times.":
      'FX-SCH-A-000269',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument | Element 'ram:LineID' must occur exactly 1 times.":
      'FX-SCH-A-000270',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument | Element 'ram:IncludedNote' may occur at maximum 1 times.":
      'FX-SCH-A-000271',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement | Element 'ram:NetPriceProductTradePrice' must occur exactly 1 times.":
      'FX-SCH-A-000272',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice | Element 'ram:ChargeAmount' must occur exactly 1 times.":
      'FX-SCH-A-000273',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice | Element 'ram:ChargeAmount' must occur exactly 1 times.":
      'FX-SCH-A-000273',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice | Element variant \'ram:AppliedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000274',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:BasisQuantity | Value of '@unitCode' is not allowed.":
      'FX-SCH-A-000275',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity | Value of '@unitCode' is not allowed.":
      'FX-SCH-A-000275',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity | Value of '@unitCode' is not allowed.":
      'FX-SCH-A-000275',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery | Element 'ram:BilledQuantity' must occur exactly 1 times.":
      'FX-SCH-A-000276',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement | Element 'ram:ApplicableTradeTax' must occur exactly 1 times.":
      'FX-SCH-A-000278',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement | Element 'ram:SpecifiedTradeSettlementLineMonetarySummation' must occur exactly 1 times.":
      'FX-SCH-A-000279',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:ReasonCode[not (@listID)] | Value of \'ram:ReasonCode[not (@listID)]\' is not allowed.':
      'FX-SCH-A-000376',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:ReasonCode[not (@listID)] | Value of \'ram:ReasonCode[not (@listID)]\' is not allowed.':
      'FX-SCH-A-000376',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'Z\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-Z-08rev] - With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “Z” ("Zero Rated"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Zero Rated" (Z).':
      'FX-SCH-A-000399',
  },
  EN16931: {
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"] | Element \'ram:ID\' must occur exactly 1 times.':
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:OriginTradeCountry | Element 'ram:ID' must occur exactly 1 times.":
      'FX-SCH-A-000019',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="130"] | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="50"] | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"] | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax | Element \'ram:TypeCode\' must occur exactly 1 times.':
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax | Element 'ram:TypeCode' must occur exactly 1 times.":
      'FX-SCH-A-000020',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:TaxPointDate/udt:DateString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Attribute '@format' is required in this context.":
      'FX-SCH-A-000021',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:TaxPointDate/udt:DateString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString | Value of '@format' is not allowed.":
      'FX-SCH-A-000022',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="130"]/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="50"]/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"]/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax/ram:TypeCode | Value of \'ram:TypeCode\' is not allowed.':
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode | Value of 'ram:TypeCode' is not allowed.":
      'FX-SCH-A-000023',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:BusinessProcessSpecifiedDocumentContextParameter' may occur at maximum 1 times.":
      'FX-SCH-A-000024',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext | Element 'ram:GuidelineSpecifiedDocumentContextParameter' must occur exactly 1 times.":
      'FX-SCH-A-000025',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID | Value of 'ram:ID' is not allowed.":
      'FX-SCH-A-000026',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:OriginTradeCountry/ram:ID | Value of 'ram:ID' is not allowed.":
      'FX-SCH-A-000026',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:SellerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000027',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement | Element 'ram:BuyerTradeParty' must occur exactly 1 times.":
      'FX-SCH-A-000028',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="130"] | Element \'ram:IssuerAssignedID\' must occur exactly 1 times.':
      'FX-SCH-A-000029',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="50"] | Element \'ram:IssuerAssignedID\' must occur exactly 1 times.':
      'FX-SCH-A-000029',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"] | Element \'ram:IssuerAssignedID\' must occur exactly 1 times.':
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerOrderReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:ContractReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerOrderReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:DespatchAdviceReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ReceivingAdviceReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument | Element 'ram:IssuerAssignedID' must occur exactly 1 times.":
      'FX-SCH-A-000029',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct | Element 'ram:Name' must occur exactly 1 times.":
      'FX-SCH-A-000030',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:ID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:GlobalID | Value of '@schemeID' is not allowed.":
      'FX-SCH-A-000031',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:PostalTradeAddress' must occur exactly 1 times.":
      'FX-SCH-A-000032',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000033',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element variant \'ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000034',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress | Element 'ram:CountryID' must occur exactly 1 times.":
      'FX-SCH-A-000035',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID | Value of 'ram:CountryID' is not allowed.":
      'FX-SCH-A-000036',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="FC"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration[ram:ID/@schemeID="VA"]/ram:ID | Attribute \'@schemeID\' is required in this context.':
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:GlobalID | Attribute '@schemeID' is required in this context.":
      'FX-SCH-A-000037',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:InvoiceCurrencyCode' must occur exactly 1 times.":
      'FX-SCH-A-000038',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:SpecifiedTradeSettlementHeaderMonetarySummation' must occur exactly 1 times.":
      'FX-SCH-A-000039',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode | Value of 'ram:InvoiceCurrencyCode' is not allowed.":
      'FX-SCH-A-000040',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:TaxBasisTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000041',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000042',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:GrandTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000043',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:DuePayableAmount' must occur exactly 1 times.":
      'FX-SCH-A-000044',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode] | Value of '@currencyID' is not allowed.":
      'FX-SCH-A-000045',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote | Element 'ram:Content' must occur exactly 1 times.":
      'FX-SCH-A-000160',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument/ram:IncludedNote | Element 'ram:Content' must occur exactly 1 times.":
      'FX-SCH-A-000160',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote | Element 'ram:SubjectCode' may occur at maximum 1 times.":
      'FX-SCH-A-000161',
    "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote/ram:SubjectCode | Value of 'ram:SubjectCode' is not allowed.":
      'FX-SCH-A-000162',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:ID' may occur at maximum 1 times.":
      'FX-SCH-A-000163',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:PayeeTradeParty | Element 'ram:GlobalID' may occur at maximum 1 times.":
      'FX-SCH-A-000164',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:URIUniversalCommunication' may occur at maximum 1 times.":
      'FX-SCH-A-000165',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:URIUniversalCommunication' may occur at maximum 1 times.":
      'FX-SCH-A-000165',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:SpecifiedTaxRegistration' may occur at maximum 1 times.":
      'FX-SCH-A-000166',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress | Element 'ram:CountrySubDivisionName' may occur at maximum 1 times.":
      'FX-SCH-A-000167',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:URIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:URIUniversalCommunication | Element 'ram:URIID' must occur exactly 1 times.":
      'FX-SCH-A-000168',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTaxRepresentativeTradeParty | Element 'ram:SpecifiedTaxRegistration' must occur exactly 1 times.":
      'FX-SCH-A-000169',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent | Element 'ram:OccurrenceDateTime' must occur exactly 1 times.":
      'FX-SCH-A-000171',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:PaymentReference' may occur at maximum 1 times.":
      'FX-SCH-A-000172',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:ApplicableTradeTax' must occur at least 1 times.":
      'FX-SCH-A-000173',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:SpecifiedTradePaymentTerms' may occur at maximum 1 times.":
      'FX-SCH-A-000174',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement | Element 'ram:ReceivableSpecifiedTradeAccountingAccount' may occur at maximum 1 times.":
      'FX-SCH-A-000175',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement | Element 'ram:ReceivableSpecifiedTradeAccountingAccount' may occur at maximum 1 times.":
      'FX-SCH-A-000175',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CalculatedAmount' must occur exactly 1 times.":
      'FX-SCH-A-000176',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:BasisAmount' must occur exactly 1 times.":
      'FX-SCH-A-000177',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CategoryCode' must occur exactly 1 times.":
      'FX-SCH-A-000178',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax | Element \'ram:CategoryCode\' must occur exactly 1 times.':
      'FX-SCH-A-000178',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax | Element \'ram:CategoryCode\' must occur exactly 1 times.':
      'FX-SCH-A-000178',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax | Element 'ram:CategoryCode' must occur exactly 1 times.":
      'FX-SCH-A-000178',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode | Value of 'ram:CategoryCode' is not allowed.":
      'FX-SCH-A-000179',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:CategoryTradeTax/ram:CategoryCode | Value of \'ram:CategoryCode\' is not allowed.':
      'FX-SCH-A-000179',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:CategoryTradeTax/ram:CategoryCode | Value of \'ram:CategoryCode\' is not allowed.':
      'FX-SCH-A-000179',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode | Value of 'ram:CategoryCode' is not allowed.":
      'FX-SCH-A-000179',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:DueDateTypeCode | Value of 'ram:DueDateTypeCode' is not allowed.":
      'FX-SCH-A-000180',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReasonCode | Value of 'ram:ExemptionReasonCode' is not allowed.":
      'FX-SCH-A-000181',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ChargeIndicator\' must occur exactly 1 times.':
      'FX-SCH-A-000183',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:ActualAmount\' must occur exactly 1 times.':
      'FX-SCH-A-000184',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"] | Element \'ram:CategoryTradeTax\' must occur exactly 1 times.':
      'FX-SCH-A-000185',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"] | Element \'ram:CategoryTradeTax\' must occur exactly 1 times.':
      'FX-SCH-A-000185',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:ReasonCode | Value of \'ram:ReasonCode\' is not allowed.':
      'FX-SCH-A-000186',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]/ram:ReasonCode | Value of \'ram:ReasonCode\' is not allowed.':
      'FX-SCH-A-000186',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:Description' may occur at maximum 1 times.":
      'FX-SCH-A-000187',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms | Element 'ram:Description' may occur at maximum 1 times.":
      'FX-SCH-A-000187',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct | Element 'ram:Description' may occur at maximum 1 times.":
      'FX-SCH-A-000187',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradePaymentTerms | Element 'ram:DirectDebitMandateID' may occur at maximum 1 times.":
      'FX-SCH-A-000188',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:LineTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000189',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation | Element 'ram:LineTotalAmount' must occur exactly 1 times.":
      'FX-SCH-A-000189',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:ChargeTotalAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000190',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:AllowanceTotalAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000191',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element variant 'ram:TaxTotalAmount[@currencyID=../../ram:TaxCurrencyCode]' may occur at maximum 1 times.":
      'FX-SCH-A-000192',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:TotalPrepaidAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000193',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans | Element 'ram:PayeePartyCreditorFinancialAccount' may occur at maximum 1 times.":
      'FX-SCH-A-000194',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount | Element 'ram:IBANID' must occur exactly 1 times.":
      'FX-SCH-A-000195',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode | Value of 'ram:TaxCurrencyCode' is not allowed.":
      'FX-SCH-A-000196',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction | Element 'ram:IncludedSupplyChainTradeLineItem' must occur at least 1 times.":
      'FX-SCH-A-000265',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:AssociatedDocumentLineDocument' must occur exactly 1 times.":
      'FX-SCH-A-000266',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:SpecifiedTradeProduct' must occur exactly 1 times.":
      'FX-SCH-A-000267',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:SpecifiedLineTradeAgreement' must occur exactly 1 times.":
      'FX-SCH-A-000268',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem | Element 'ram:SpecifiedLineTradeDelivery' must occur exactly 1 times.":
      'FX-SCH-A-000269',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument | Element 'ram:LineID' must occur exactly 1 times.":
      'FX-SCH-A-000270',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument | Element 'ram:IncludedNote' may occur at maximum 1 times.":
      'FX-SCH-A-000271',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement | Element 'ram:NetPriceProductTradePrice' must occur exactly 1 times.":
      'FX-SCH-A-000272',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice | Element 'ram:ChargeAmount' must occur exactly 1 times.":
      'FX-SCH-A-000273',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice | Element 'ram:ChargeAmount' must occur exactly 1 times.":
      'FX-SCH-A-000273',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice | Element variant \'ram:AppliedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="false"]\' may occur at maximum 1 times.':
      'FX-SCH-A-000274',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:BasisQuantity | Value of '@unitCode' is not allowed.":
      'FX-SCH-A-000275',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity | Value of '@unitCode' is not allowed.":
      'FX-SCH-A-000275',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity | Value of '@unitCode' is not allowed.":
      'FX-SCH-A-000275',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery | Element 'ram:BilledQuantity' must occur exactly 1 times.":
      'FX-SCH-A-000276',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement | Element 'ram:ApplicableTradeTax' must occur exactly 1 times.":
      'FX-SCH-A-000278',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement | Element 'ram:SpecifiedTradeSettlementLineMonetarySummation' must occur exactly 1 times.":
      'FX-SCH-A-000279',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="130"]/ram:ReferenceTypeCode | Value of \'ram:ReferenceTypeCode\' is not allowed.':
      'FX-SCH-A-000282',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument/ram:ReferenceTypeCode | Value of 'ram:ReferenceTypeCode' is not allowed.":
      'FX-SCH-A-000282',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"] | Element \'ram:Name\' may occur at maximum 1 times.':
      'FX-SCH-A-000283',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"] | Element \'ram:AttachmentBinaryObject\' may occur at maximum 1 times.':
      'FX-SCH-A-000284',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"]/ram:AttachmentBinaryObject | Attribute \'@mimeCode\' is required in this context.':
      'FX-SCH-A-000285',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"]/ram:AttachmentBinaryObject | Attribute \'@filename\' is required in this context.':
      'FX-SCH-A-000286',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:AdditionalReferencedDocument[ram:TypeCode="916"]/ram:AttachmentBinaryObject | Value of \'@mimeCode\' is not allowed.':
      'FX-SCH-A-000287',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty | Element 'ram:DefinedTradeContact' may occur at maximum 1 times.":
      'FX-SCH-A-000288',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty | Element 'ram:DefinedTradeContact' may occur at maximum 1 times.":
      'FX-SCH-A-000288',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication | Element 'ram:CompleteNumber' must occur exactly 1 times.":
      'FX-SCH-A-000289',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication | Element 'ram:CompleteNumber' must occur exactly 1 times.":
      'FX-SCH-A-000289',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation | Element 'ram:RoundingAmount' may occur at maximum 1 times.":
      'FX-SCH-A-000290',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans | Element 'ram:Information' may occur at maximum 1 times.":
      'FX-SCH-A-000291',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeeSpecifiedCreditorFinancialInstitution | Element 'ram:BICID' must occur exactly 1 times.":
      'FX-SCH-A-000292',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement | Element 'ram:AdditionalReferencedDocument' may occur at maximum 1 times.":
      'FX-SCH-A-000293',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic | Element 'ram:Description' must occur exactly 1 times.":
      'FX-SCH-A-000294',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic | Element 'ram:Value' must occur exactly 1 times.":
      'FX-SCH-A-000295',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:DesignatedProductClassification/ram:ClassCode | Attribute '@listID' is required in this context.":
      'FX-SCH-A-000296',
    "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:DesignatedProductClassification/ram:ClassCode | Value of '@listID' is not allowed.":
      'FX-SCH-A-000297',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:ReasonCode[not (@listID)] | Value of \'ram:ReasonCode[not (@listID)]\' is not allowed.':
      'FX-SCH-A-000376',
    '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator="true"]/ram:ReasonCode[not (@listID)] | Value of \'ram:ReasonCode[not (@listID)]\' is not allowed.':
      'FX-SCH-A-000376',
    '//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode=\'Z\'][upper-case(ram:TypeCode) = \'VAT\'] | [BR-FXEXT-Z-08rev] - With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “Z” ("Zero Rated"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "Zero Rated" (Z).':
      'FX-SCH-A-000399',
  },
};

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The FX-SCH-A id of a rule without a BR code; a stable derived id when the pair is not listed. */
export function legacyRuleId(profile: string, context: string, text: string): string {
  const key = `${norm(context)} | ${norm(text)}`;
  const known = IDS[profile]?.[key];
  if (known) return known;
  const digest = createHash('sha1').update(`${profile} ${key}`).digest('hex').slice(0, 6);
  return `FX-${profile}-${digest.toUpperCase()}`;
}
