/**
 * Broken variants of the corpus's Factur-X MINIMUM and BASIC WL samples, one fault each, for the
 * profile rules. `expected` holds the fatal rule IDs that the official Factur-X 1.09 XSLT reports
 * for the variant when run with SaxonJS (checked once while writing these tests).
 */
export interface Mutation {
  name: string;
  profile: 'MINIMUM' | 'BASIC-WL';
  mutate: (xml: string) => string;
  expected: string[];
}

const sub =
  (from: string | RegExp, to: string) =>
  (xml: string): string => {
    const out = xml.replace(from, to);
    if (out === xml) throw new Error(`mutation did not apply: ${String(from)}`);
    return out;
  };

export const MUTATIONS: Mutation[] = [
  { name: 'unchanged MINIMUM', profile: 'MINIMUM', mutate: (x) => x, expected: [] },
  {
    name: 'seller name missing',
    profile: 'MINIMUM',
    mutate: sub('<ram:Name>Au bon moulin</ram:Name>', ''),
    expected: ['BR-06', 'FX-SCH-A-000030'],
  },
  {
    name: 'unknown document type code',
    profile: 'MINIMUM',
    mutate: sub('<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>999</ram:TypeCode>'),
    expected: ['FX-SCH-A-000023'],
  },
  {
    name: 'unknown currency',
    profile: 'MINIMUM',
    mutate: sub(/<ram:InvoiceCurrencyCode>EUR</, '<ram:InvoiceCurrencyCode>EURO<'),
    expected: ['FX-SCH-A-000040'],
  },
  {
    name: 'three decimals on the total without VAT',
    profile: 'MINIMUM',
    mutate: sub('>624.90</ram:TaxBasisTotalAmount>', '>624.901</ram:TaxBasisTotalAmount>'),
    expected: ['BR-DEC-12'],
  },
  {
    name: 'VAT identifier without a country prefix',
    profile: 'MINIMUM',
    mutate: sub('>FR11999999998<', '>XX11999999998<'),
    expected: ['BR-CO-09'],
  },
  {
    name: 'seller without any identifier',
    profile: 'MINIMUM',
    mutate: (x) =>
      sub(
        /<ram:SpecifiedLegalOrganization>\s*<ram:ID schemeID="0002">99999999800010<\/ram:ID>\s*<\/ram:SpecifiedLegalOrganization>/,
        '',
      )(
        sub(
          /<ram:SpecifiedTaxRegistration>\s*<ram:ID schemeID="VA">FR11999999998<\/ram:ID>\s*<\/ram:SpecifiedTaxRegistration>/,
          '',
        )(x),
      ),
    expected: ['BR-CO-26'],
  },
  {
    name: 'unknown specification identifier',
    profile: 'MINIMUM',
    mutate: sub('urn:factur-x.eu:1p0:minimum', 'urn:factur-x.eu:1p0:minimal'),
    expected: ['FX-SCH-A-000026'],
  },
  {
    name: 'issue date format other than 102',
    profile: 'MINIMUM',
    mutate: sub('format="102">20171113', 'format="610">20171113'),
    expected: ['BR-03', 'FX-SCH-A-000022'],
  },
  {
    name: 'seller country missing',
    profile: 'MINIMUM',
    mutate: sub(
      /<ram:PostalTradeAddress>\s*<ram:CountryID>FR<\/ram:CountryID>\s*<\/ram:PostalTradeAddress>/,
      '<ram:PostalTradeAddress/>',
    ),
    expected: ['BR-09', 'FX-SCH-A-000035'],
  },
  { name: 'unchanged BASIC WL', profile: 'BASIC-WL', mutate: (x) => x, expected: [] },
  {
    name: 'VAT amount that is not base x rate',
    profile: 'BASIC-WL',
    mutate: sub('>16.38</ram:CalculatedAmount>', '>18.38</ram:CalculatedAmount>'),
    expected: ['BR-CO-14', 'BR-CO-17', 'BR-S-09'],
  },
  {
    name: 'exempt category without a reason',
    profile: 'BASIC-WL',
    mutate: sub(
      /<ram:CalculatedAmount currencyID="EUR">16.38<\/ram:CalculatedAmount>([\s\S]*?)<ram:CategoryCode>S<\/ram:CategoryCode>([\s\S]*?)<ram:RateApplicablePercent>20.00/,
      '<ram:CalculatedAmount currencyID="EUR">0.00</ram:CalculatedAmount>$1<ram:CategoryCode>E</ram:CategoryCode>$2<ram:RateApplicablePercent>0',
    ),
    expected: ['BR-CO-14', 'BR-E-10'],
  },
  {
    name: 'credit transfer without an account',
    profile: 'BASIC-WL',
    mutate: sub(
      /<ram:PayeePartyCreditorFinancialAccount>[\s\S]*?<\/ram:PayeePartyCreditorFinancialAccount>/,
      '',
    ),
    expected: ['BR-CO-27'],
  },
  {
    name: 'amount due that does not add up',
    profile: 'BASIC-WL',
    mutate: sub('>470.15</ram:DuePayableAmount>', '>480.15</ram:DuePayableAmount>'),
    expected: ['BR-CO-16'],
  },
  {
    name: 'unknown payment means code',
    profile: 'BASIC-WL',
    mutate: sub('<ram:TypeCode>30</ram:TypeCode>', '<ram:TypeCode>3</ram:TypeCode>'),
    expected: [],
  },
  {
    name: 'invoicing period ending before it starts',
    profile: 'BASIC-WL',
    mutate: sub(
      '<ram:SpecifiedTradePaymentTerms>',
      '<ram:BillingSpecifiedPeriod><ram:StartDateTime><udt:DateTimeString format="102">20171130</udt:DateTimeString></ram:StartDateTime><ram:EndDateTime><udt:DateTimeString format="102">20171101</udt:DateTimeString></ram:EndDateTime></ram:BillingSpecifiedPeriod><ram:SpecifiedTradePaymentTerms>',
    ),
    expected: ['BR-29'],
  },
  {
    name: 'unknown country code of the buyer',
    profile: 'BASIC-WL',
    mutate: sub(
      '<ram:CityName>Lyon</ram:CityName>\n          <ram:CountryID>FR<',
      '<ram:CityName>Lyon</ram:CityName>\n          <ram:CountryID>ZZ<',
    ),
    expected: ['FX-SCH-A-000036'],
  },
];
