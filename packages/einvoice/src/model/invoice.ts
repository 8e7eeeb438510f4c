/**
 * The EN 16931-1 semantic model of an invoice: one property per business term (BT-x), one object or
 * array per business group (BG-x), with the standard's cardinality (1..1 required, 0..1 optional,
 * x..n arrays). Plain JSON-serialisable data, the same whatever the syntax it was read from.
 *
 * Readers are tolerant: a required term missing from the source is read as '' (or an empty group),
 * and the business rules report it. Decimals keep their lexical value exactly as written (BR-DEC
 * rules count decimals); arithmetic is done with decimal.js (see `money/`).
 */

/** A decimal number as its lexical value, e.g. '1250.50', '-3', '0.005'. Never a float. */
export type Decimal = string;

/** A calendar date without time or zone, 'YYYY-MM-DD'. */
export type PlainDate = string;

/** An identifier with its optional scheme (the "-1" attribute of an identifier term, e.g. BT-29-1). */
export interface Identifier {
  value: string;
  /** Scheme identifier (ISO 6523 ICD, EAS, UNTDID 1153, ... depending on the term). */
  schemeId?: string;
}

/** An amount with its currency, for the one term whose currency is not the invoice currency. */
export interface CurrencyAmount {
  value: Decimal;
  /** ISO 4217 currency code of the amount (the currencyID attribute in both syntaxes). */
  currencyId?: string;
}

/**
 * Invoice or credit note. For UBL this is the syntax root (Invoice or CreditNote); for CII, whose
 * root is the same for both, it follows BT-3 (credit note codes 81, 83, 261, 262, 296, 308, 381,
 * 396, 420, 458, 532).
 */
export type DocumentKind = 'invoice' | 'creditNote';

/** BG-0 Invoice: the root of the model. */
export interface Invoice {
  /** Invoice or credit note (UBL root element; for CII derived from BT-3). */
  kind: DocumentKind;
  /** BT-1 Invoice number (1..1) */
  number: string;
  /** BT-2 Invoice issue date (1..1) */
  issueDate: PlainDate;
  /** BT-3 Invoice type code (1..1), UNTDID 1001: 380 invoice, 381 credit note, 384 corrected, 386 prepayment, 389 self-billed ... */
  typeCode: string;
  /** BT-5 Invoice currency code (1..1), ISO 4217 */
  currencyCode: string;
  /** BT-6 VAT accounting currency code (0..1), ISO 4217 */
  vatAccountingCurrencyCode?: string;
  /** BT-7 Value added tax point date (0..1) */
  vatPointDate?: PlainDate;
  /** BT-8 Value added tax point date code (0..1), UNTDID 2005 (3, 35, 432; CII's 5, 29, 72 are mapped to these) */
  vatPointDateCode?: string;
  /** BT-9 Payment due date (0..1) */
  dueDate?: PlainDate;
  /** BT-10 Buyer reference (0..1). Chorus Pro: the service code (code service) of the public buyer. */
  buyerReference?: string;
  /** BT-11 Project reference (0..1) */
  projectReference?: string;
  /** BT-12 Contract reference (0..1). Chorus Pro: the contract (marché) number. */
  contractReference?: string;
  /** BT-13 Purchase order reference (0..1). Chorus Pro: the legal commitment (engagement juridique) or purchase order number. */
  purchaseOrderReference?: string;
  /** BT-14 Sales order reference (0..1) */
  salesOrderReference?: string;
  /** BT-15 Receiving advice reference (0..1) */
  receivingAdviceReference?: string;
  /** BT-16 Despatch advice reference (0..1) */
  despatchAdviceReference?: string;
  /** BT-17 Tender or lot reference (0..1) */
  tenderOrLotReference?: string;
  /** BT-18 Invoiced object identifier (0..1), with BT-18-1 scheme identifier (UNTDID 1153) */
  invoicedObjectIdentifier?: Identifier;
  /** BT-19 Buyer accounting reference (0..1) */
  buyerAccountingReference?: string;
  /** BT-20 Payment terms (0..1) */
  paymentTerms?: string;
  /** BG-1 INVOICE NOTE (0..n) */
  notes: InvoiceNote[];
  /** BG-2 PROCESS CONTROL (1..1) */
  processControl: ProcessControl;
  /** BG-3 PRECEDING INVOICE REFERENCE (0..n) */
  precedingInvoices: PrecedingInvoiceReference[];
  /** BG-4 SELLER (1..1) */
  seller: Seller;
  /** BG-7 BUYER (1..1) */
  buyer: Buyer;
  /** BG-10 PAYEE (0..1) */
  payee?: Payee;
  /** BG-11 SELLER TAX REPRESENTATIVE PARTY (0..1) */
  sellerTaxRepresentative?: SellerTaxRepresentative;
  /** BG-13 DELIVERY INFORMATION (0..1) */
  delivery?: DeliveryInformation;
  /**
   * BG-14 INVOICING PERIOD (0..1). EN 16931-1 nests it in BG-13; both syntaxes carry it at document
   * level, and so does this model.
   */
  invoicingPeriod?: Period;
  /** BG-16 PAYMENT INSTRUCTIONS (0..1) */
  paymentInstructions?: PaymentInstructions;
  /** BG-20 DOCUMENT LEVEL ALLOWANCES (0..n) */
  allowances: DocumentAllowance[];
  /** BG-21 DOCUMENT LEVEL CHARGES (0..n) */
  charges: DocumentCharge[];
  /** BG-22 DOCUMENT TOTALS (1..1) */
  totals: DocumentTotals;
  /** BG-23 VAT BREAKDOWN (1..n) */
  vatBreakdown: VatBreakdown[];
  /** BG-24 ADDITIONAL SUPPORTING DOCUMENTS (0..n) */
  supportingDocuments: SupportingDocument[];
  /** BG-25 INVOICE LINE (1..n) */
  lines: InvoiceLine[];
}

/** BG-1 INVOICE NOTE */
export interface InvoiceNote {
  /** BT-21 Invoice note subject code (0..1), UNTDID 4451 */
  subjectCode?: string;
  /** BT-22 Invoice note (1..1) */
  text: string;
}

/** BG-2 PROCESS CONTROL */
export interface ProcessControl {
  /**
   * BT-23 Business process type (0..1). Chorus Pro (French CIUS): the billing framework
   * (cadre de facturation), e.g. 'A1', 'A2', 'A9', 'A12'.
   */
  businessProcessType?: string;
  /** BT-24 Specification identifier (1..1), e.g. 'urn:cen.eu:en16931:2017' */
  specificationIdentifier: string;
}

/** BG-3 PRECEDING INVOICE REFERENCE */
export interface PrecedingInvoiceReference {
  /** BT-25 Preceding Invoice reference (1..1) */
  reference: string;
  /** BT-26 Preceding Invoice issue date (0..1) */
  issueDate?: PlainDate;
}

/** BG-5, BG-8, BG-12, BG-15 postal addresses (the term ids of each are listed per property). */
export interface PostalAddress {
  /** BT-35 / BT-50 / BT-64 / BT-75 Address line 1 (0..1) */
  line1?: string;
  /** BT-36 / BT-51 / BT-65 / BT-76 Address line 2 (0..1) */
  line2?: string;
  /** BT-162 / BT-163 / BT-164 / BT-165 Address line 3 (0..1) */
  line3?: string;
  /** BT-37 / BT-52 / BT-66 / BT-77 City (0..1) */
  city?: string;
  /** BT-38 / BT-53 / BT-67 / BT-78 Post code (0..1) */
  postCode?: string;
  /** BT-39 / BT-54 / BT-68 / BT-79 Country subdivision (0..1) */
  countrySubdivision?: string;
  /** BT-40 / BT-55 / BT-69 / BT-80 Country code (1..1), ISO 3166-1 alpha-2 */
  countryCode: string;
}

/** BG-6 SELLER CONTACT, BG-9 BUYER CONTACT */
export interface Contact {
  /** BT-41 / BT-56 Contact point (0..1) */
  name?: string;
  /** BT-42 / BT-57 Contact telephone number (0..1) */
  telephone?: string;
  /** BT-43 / BT-58 Contact email address (0..1) */
  email?: string;
}

/** BG-4 SELLER */
export interface Seller {
  /** BT-27 Seller name (1..1) */
  name: string;
  /** BT-28 Seller trading name (0..1) */
  tradingName?: string;
  /** BT-29 Seller identifier (0..n), with BT-29-1 scheme identifier (ISO 6523 ICD) */
  identifiers: Identifier[];
  /** BT-30 Seller legal registration identifier (0..1), with BT-30-1 scheme identifier. France: the SIREN/SIRET (scheme 0002/0009). */
  legalRegistrationId?: Identifier;
  /** BT-31 Seller VAT identifier (0..1), with country prefix */
  vatId?: string;
  /** BT-32 Seller tax registration identifier (0..1) */
  taxRegistrationId?: string;
  /** BT-33 Seller additional legal information (0..1) */
  additionalLegalInformation?: string;
  /** BT-34 Seller electronic address (0..1), with BT-34-1 scheme identifier (EAS, 1..1 when the address is given) */
  electronicAddress?: Identifier;
  /** BG-5 SELLER POSTAL ADDRESS (1..1) */
  postalAddress: PostalAddress;
  /** BG-6 SELLER CONTACT (0..1) */
  contact?: Contact;
}

/** BG-7 BUYER */
export interface Buyer {
  /** BT-44 Buyer name (1..1) */
  name: string;
  /** BT-45 Buyer trading name (0..1) */
  tradingName?: string;
  /** BT-46 Buyer identifier (0..1), with BT-46-1 scheme identifier */
  identifier?: Identifier;
  /** BT-47 Buyer legal registration identifier (0..1), with BT-47-1 scheme identifier. Chorus Pro: the public structure's SIRET. */
  legalRegistrationId?: Identifier;
  /** BT-48 Buyer VAT identifier (0..1) */
  vatId?: string;
  /** BT-49 Buyer electronic address (0..1), with BT-49-1 scheme identifier */
  electronicAddress?: Identifier;
  /** BG-8 BUYER POSTAL ADDRESS (1..1) */
  postalAddress: PostalAddress;
  /** BG-9 BUYER CONTACT (0..1) */
  contact?: Contact;
}

/** BG-10 PAYEE */
export interface Payee {
  /** BT-59 Payee name (1..1) */
  name: string;
  /** BT-60 Payee identifier (0..1), with BT-60-1 scheme identifier */
  identifier?: Identifier;
  /** BT-61 Payee legal registration identifier (0..1), with BT-61-1 scheme identifier */
  legalRegistrationId?: Identifier;
}

/** BG-11 SELLER TAX REPRESENTATIVE PARTY */
export interface SellerTaxRepresentative {
  /** BT-62 Seller tax representative name (1..1) */
  name: string;
  /** BT-63 Seller tax representative VAT identifier (1..1) */
  vatId: string;
  /** BG-12 SELLER TAX REPRESENTATIVE POSTAL ADDRESS (1..1) */
  postalAddress: PostalAddress;
}

/** BG-13 DELIVERY INFORMATION */
export interface DeliveryInformation {
  /** BT-70 Deliver to party name (0..1) */
  partyName?: string;
  /** BT-71 Deliver to location identifier (0..1), with BT-71-1 scheme identifier */
  locationId?: Identifier;
  /** BT-72 Actual delivery date (0..1) */
  actualDeliveryDate?: PlainDate;
  /** BG-15 DELIVER TO ADDRESS (0..1) */
  address?: PostalAddress;
}

/** BG-14 INVOICING PERIOD, BG-26 INVOICE LINE PERIOD */
export interface Period {
  /** BT-73 / BT-134 Start date (0..1) */
  startDate?: PlainDate;
  /** BT-74 / BT-135 End date (0..1) */
  endDate?: PlainDate;
}

/** BG-16 PAYMENT INSTRUCTIONS */
export interface PaymentInstructions {
  /** BT-81 Payment means type code (1..1), UNTDID 4461 (30 credit transfer, 58 SEPA credit transfer, 49 direct debit, ...) */
  meansCode: string;
  /** BT-82 Payment means text (0..1) */
  meansText?: string;
  /** BT-83 Remittance information (0..1) */
  remittanceInformation?: string;
  /** BG-17 CREDIT TRANSFER (0..n) */
  creditTransfers: CreditTransfer[];
  /** BG-18 PAYMENT CARD INFORMATION (0..1) */
  paymentCard?: PaymentCard;
  /** BG-19 DIRECT DEBIT (0..1) */
  directDebit?: DirectDebit;
}

/** BG-17 CREDIT TRANSFER */
export interface CreditTransfer {
  /** BT-84 Payment account identifier (1..1), e.g. an IBAN */
  accountId: string;
  /** BT-85 Payment account name (0..1) */
  accountName?: string;
  /** BT-86 Payment service provider identifier (0..1), e.g. a BIC */
  serviceProviderId?: string;
}

/** BG-18 PAYMENT CARD INFORMATION */
export interface PaymentCard {
  /** BT-87 Payment card primary account number (1..1): only the last digits, never the full number */
  primaryAccountNumber: string;
  /** BT-88 Payment card holder name (0..1) */
  holderName?: string;
}

/** BG-19 DIRECT DEBIT */
export interface DirectDebit {
  /** BT-89 Mandate reference identifier (0..1) */
  mandateReference?: string;
  /** BT-90 Bank assigned creditor identifier (0..1) */
  creditorId?: string;
  /** BT-91 Debited account identifier (0..1) */
  debitedAccountId?: string;
}

/** BG-20 DOCUMENT LEVEL ALLOWANCES and BG-21 DOCUMENT LEVEL CHARGES (same shape). */
export interface DocumentAllowanceCharge {
  /** BT-92 / BT-99 Amount (1..1), without VAT */
  amount: Decimal;
  /** BT-93 / BT-100 Base amount (0..1) */
  baseAmount?: Decimal;
  /** BT-94 / BT-101 Percentage (0..1) */
  percentage?: Decimal;
  /** BT-95 / BT-102 VAT category code (1..1), UNCL 5305 (S, Z, E, AE, K, G, O, L, M) */
  vatCategoryCode: string;
  /** BT-96 / BT-103 VAT rate (0..1), a percentage */
  vatRate?: Decimal;
  /** BT-97 / BT-104 Reason (0..1) */
  reason?: string;
  /** BT-98 / BT-105 Reason code (0..1), UNTDID 5189 for allowances, 7161 for charges */
  reasonCode?: string;
}
/** BG-20 DOCUMENT LEVEL ALLOWANCES: BT-92 ... BT-98 */
export type DocumentAllowance = DocumentAllowanceCharge;
/** BG-21 DOCUMENT LEVEL CHARGES: BT-99 ... BT-105 */
export type DocumentCharge = DocumentAllowanceCharge;

/** BG-22 DOCUMENT TOTALS */
export interface DocumentTotals {
  /** BT-106 Sum of Invoice line net amount (1..1) */
  lineNetAmount: Decimal;
  /** BT-107 Sum of allowances on document level (0..1) */
  allowanceTotal?: Decimal;
  /** BT-108 Sum of charges on document level (0..1) */
  chargeTotal?: Decimal;
  /** BT-109 Invoice total amount without VAT (1..1) */
  taxExclusiveAmount: Decimal;
  /** BT-110 Invoice total VAT amount (0..1), in the invoice currency BT-5 */
  taxAmount?: Decimal;
  /** BT-111 Invoice total VAT amount in accounting currency (0..1), its currency being BT-6 */
  taxAmountInAccountingCurrency?: CurrencyAmount;
  /** BT-112 Invoice total amount with VAT (1..1) */
  taxInclusiveAmount: Decimal;
  /** BT-113 Paid amount (0..1) */
  paidAmount?: Decimal;
  /** BT-114 Rounding amount (0..1) */
  roundingAmount?: Decimal;
  /** BT-115 Amount due for payment (1..1) */
  payableAmount: Decimal;
}

/** BG-23 VAT BREAKDOWN */
export interface VatBreakdown {
  /** BT-116 VAT category taxable amount (1..1) */
  taxableAmount: Decimal;
  /** BT-117 VAT category tax amount (1..1) */
  taxAmount: Decimal;
  /** BT-118 VAT category code (1..1), UNCL 5305 */
  categoryCode: string;
  /** BT-119 VAT category rate (0..1) */
  rate?: Decimal;
  /** BT-120 VAT exemption reason text (0..1) */
  exemptionReason?: string;
  /** BT-121 VAT exemption reason code (0..1), VATEX */
  exemptionReasonCode?: string;
}

/** BG-24 ADDITIONAL SUPPORTING DOCUMENTS */
export interface SupportingDocument {
  /** BT-122 Supporting document reference (1..1) */
  reference: string;
  /** BT-123 Supporting document description (0..1) */
  description?: string;
  /** BT-124 External document location (0..1), a URL */
  externalLocation?: string;
  /** BT-125 Attached document (0..1) */
  attachment?: AttachedDocument;
}

/** BT-125 Attached document, with BT-125-1 MIME code and BT-125-2 file name. */
export interface AttachedDocument {
  /** BT-125 The content, base64 as in the source (not decoded). */
  content: string;
  /** BT-125-1 Attached document MIME code (1..1) */
  mimeCode: string;
  /** BT-125-2 Attached document filename (1..1) */
  filename: string;
}

/** BG-25 INVOICE LINE */
export interface InvoiceLine {
  /** BT-126 Invoice line identifier (1..1) */
  id: string;
  /** BT-127 Invoice line note (0..1) */
  note?: string;
  /** BT-128 Invoice line object identifier (0..1), with BT-128-1 scheme identifier */
  objectIdentifier?: Identifier;
  /** BT-129 Invoiced quantity (1..1) */
  quantity: Decimal;
  /** BT-130 Invoiced quantity unit of measure code (1..1), UN/ECE Rec 20/21 */
  unitCode: string;
  /** BT-131 Invoice line net amount (1..1) */
  netAmount: Decimal;
  /** BT-132 Referenced purchase order line reference (0..1) */
  purchaseOrderLineReference?: string;
  /** BT-133 Invoice line Buyer accounting reference (0..1) */
  buyerAccountingReference?: string;
  /** BG-26 INVOICE LINE PERIOD (0..1): BT-134 start, BT-135 end */
  period?: Period;
  /** BG-27 INVOICE LINE ALLOWANCES (0..n) */
  allowances: LineAllowance[];
  /** BG-28 INVOICE LINE CHARGES (0..n) */
  charges: LineCharge[];
  /** BG-29 PRICE DETAILS (1..1) */
  price: PriceDetails;
  /** BG-30 LINE VAT INFORMATION (1..1) */
  vat: LineVatInformation;
  /** BG-31 ITEM INFORMATION (1..1) */
  item: ItemInformation;
}

/** BG-27 INVOICE LINE ALLOWANCES and BG-28 INVOICE LINE CHARGES (same shape). */
export interface LineAllowanceCharge {
  /** BT-136 / BT-141 Amount (1..1), without VAT */
  amount: Decimal;
  /** BT-137 / BT-142 Base amount (0..1) */
  baseAmount?: Decimal;
  /** BT-138 / BT-143 Percentage (0..1) */
  percentage?: Decimal;
  /** BT-139 / BT-144 Reason (0..1) */
  reason?: string;
  /** BT-140 / BT-145 Reason code (0..1) */
  reasonCode?: string;
}
/** BG-27 INVOICE LINE ALLOWANCES: BT-136 ... BT-140 */
export type LineAllowance = LineAllowanceCharge;
/** BG-28 INVOICE LINE CHARGES: BT-141 ... BT-145 */
export type LineCharge = LineAllowanceCharge;

/** BG-29 PRICE DETAILS */
export interface PriceDetails {
  /** BT-146 Item net price (1..1) */
  netPrice: Decimal;
  /** BT-147 Item price discount (0..1) */
  discount?: Decimal;
  /** BT-148 Item gross price (0..1) */
  grossPrice?: Decimal;
  /** BT-149 Item price base quantity (0..1) */
  baseQuantity?: Decimal;
  /** BT-150 Item price base quantity unit of measure code (0..1) */
  baseQuantityUnitCode?: string;
}

/** BG-30 LINE VAT INFORMATION */
export interface LineVatInformation {
  /** BT-151 Invoiced item VAT category code (1..1) */
  categoryCode: string;
  /** BT-152 Invoiced item VAT rate (0..1) */
  rate?: Decimal;
}

/** BG-31 ITEM INFORMATION */
export interface ItemInformation {
  /** BT-153 Item name (1..1) */
  name: string;
  /** BT-154 Item description (0..1) */
  description?: string;
  /** BT-155 Item Seller's identifier (0..1) */
  sellerId?: string;
  /** BT-156 Item Buyer's identifier (0..1) */
  buyerId?: string;
  /** BT-157 Item standard identifier (0..1), with BT-157-1 scheme identifier (1..1 when given) */
  standardId?: Identifier;
  /** BT-158 Item classification identifier (0..n) */
  classifications: ItemClassification[];
  /** BT-159 Item country of origin (0..1) */
  originCountryCode?: string;
  /** BG-32 ITEM ATTRIBUTES (0..n) */
  attributes: ItemAttribute[];
}

/** BT-158 Item classification identifier, with BT-158-1 scheme identifier and BT-158-2 scheme version. */
export interface ItemClassification {
  /** BT-158 Item classification identifier */
  value: string;
  /** BT-158-1 Scheme identifier (1..1 when given), UNTDID 7143 */
  schemeId?: string;
  /** BT-158-2 Scheme version identifier (0..1) */
  schemeVersion?: string;
}

/** BG-32 ITEM ATTRIBUTES */
export interface ItemAttribute {
  /** BT-160 Item attribute name (1..1) */
  name: string;
  /** BT-161 Item attribute value (1..1) */
  value: string;
}

/** UNTDID 1001 codes that denote a credit note (used to tell CII credit notes apart). */
export const CREDIT_NOTE_TYPE_CODES: ReadonlySet<string> = new Set([
  '81',
  '83',
  '261',
  '262',
  '296',
  '308',
  '381',
  '396',
  '420',
  '458',
  '532',
]);

/** Invoice or credit note, from a BT-3 type code. */
export function kindOfTypeCode(typeCode: string): DocumentKind {
  return CREDIT_NOTE_TYPE_CODES.has(typeCode.trim()) ? 'creditNote' : 'invoice';
}

/** An empty invoice: every required term '' and every list empty. A starting point for forms and readers. */
export function emptyInvoice(kind: DocumentKind = 'invoice'): Invoice {
  return {
    kind,
    number: '',
    issueDate: '',
    typeCode: '',
    currencyCode: '',
    notes: [],
    processControl: { specificationIdentifier: '' },
    precedingInvoices: [],
    seller: { name: '', identifiers: [], postalAddress: { countryCode: '' } },
    buyer: { name: '', postalAddress: { countryCode: '' } },
    allowances: [],
    charges: [],
    totals: {
      lineNetAmount: '',
      taxExclusiveAmount: '',
      taxInclusiveAmount: '',
      payableAmount: '',
    },
    vatBreakdown: [],
    supportingDocuments: [],
    lines: [],
  };
}
