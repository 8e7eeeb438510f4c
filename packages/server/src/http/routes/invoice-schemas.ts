import { Type } from 'typebox';
import { INVOICE_STATUSES } from '../../domain/invoices/invoice-status';

// Request and response schemas of « Factures émises ». Request objects refuse unknown properties
// (no status, id or totals can be slipped in); amounts are decimal strings, never numbers.
const strict = { additionalProperties: false } as const;
const NO_CONTROL = '^[^\\u0000-\\u001f\\u007f]*$';
const text = (maxLength: number) => Type.String({ maxLength, pattern: NO_CONTROL });
const optText = (maxLength: number) => Type.Optional(text(maxLength));
/** Up to 19 digits, up to 6 decimals (Chorus Pro's (19,6)); never negative: use a credit note. */
const Amount = Type.String({ pattern: '^\\d{1,13}(\\.\\d{1,6})?$', maxLength: 20 });
const Rate = Type.String({ pattern: '^\\d{1,3}(\\.\\d{1,2})?$', maxLength: 6 });
const DateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' });
const Uuid = Type.String({ format: 'uuid' });
const VatCategory = Type.Union(
  ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'].map((c) => Type.Literal(c)),
);

const Party = Type.Object(
  {
    identifier: Type.String({ maxLength: 20, pattern: '^[A-Za-z0-9 ]*$' }),
    serviceCode: optText(100),
  },
  strict,
);

const Line = Type.Object(
  {
    reference: optText(100),
    description: Type.String({ minLength: 1, maxLength: 500, pattern: NO_CONTROL }),
    quantity: Type.String({ pattern: '^\\d{1,13}(\\.\\d{1,4})?$', maxLength: 18 }),
    unitCode: Type.String({ pattern: '^[A-Z0-9]{2,3}$' }),
    unitPrice: Amount,
    allowance: Type.Optional(Amount),
    vatCategory: VatCategory,
    vatRate: Type.Optional(Rate),
  },
  strict,
);

const AllowanceCharge = Type.Object(
  { amount: Amount, reason: text(200), vatCategory: VatCategory, vatRate: Type.Optional(Rate) },
  strict,
);

export const InvoiceInputSchema = Type.Object(
  {
    supplierServiceId: Type.Optional(Uuid),
    recipient: Party,
    billingFramework: Type.String({ maxLength: 40 }),
    validator: Type.Optional(Party),
    kind: Type.Union([Type.Literal('invoice'), Type.Literal('creditNote')]),
    number: text(20),
    precedingInvoiceNumber: optText(20),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    vatRegime: Type.Union(['DEBIT', 'RECEIPT', 'EXEMPT', 'NONE'].map((c) => Type.Literal(c))),
    exemptionReason: optText(200),
    issueDate: Type.Union([DateString, Type.Literal('')]),
    dueDate: Type.Optional(Type.Union([DateString, Type.Literal('')])),
    paymentTerms: optText(200),
    paymentMeans: Type.Optional(
      Type.Union(
        ['VIREMENT', 'CHEQUE', 'PRELEVEMENT', 'ESPECE', 'AUTRE', 'REPORT'].map((c) =>
          Type.Literal(c),
        ),
      ),
    ),
    iban: optText(42),
    bic: optText(11),
    purchaseOrder: optText(50),
    contractReference: optText(50),
    comment: optText(1000),
    lines: Type.Array(Line, { maxItems: 1000 }),
    allowances: Type.Array(AllowanceCharge, { maxItems: 50 }),
    charges: Type.Array(AllowanceCharge, { maxItems: 50 }),
    attachments: Type.Array(Type.Object({ attachmentId: Uuid, designation: text(100) }, strict), {
      maxItems: 50,
    }),
  },
  strict,
);

export const CreateInvoiceBody = Type.Object(
  { structureId: Uuid, invoice: InvoiceInputSchema },
  strict,
);
export const CheckInvoiceBody = Type.Object(
  { structureId: Uuid, invoiceId: Type.Optional(Uuid), invoice: InvoiceInputSchema },
  strict,
);
export const InvoiceParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, strict);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._:-]{8,200}$' })),
});

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);
const Localized = Type.Object({ fr: Type.String(), en: Type.String() });

export const FindingsSchema = Type.Array(
  Type.Object({
    rule: Type.String(),
    code: Type.String(),
    field: Nullable(Type.String()),
    message: Localized,
  }),
);

const SignatureReason = Type.Object({ code: Type.String(), message: Localized });

/** A signed PDF's verification (PAdES or detached XAdES), as stored with the deposit and invoice. */
export const SignatureReportSchema = Type.Object({
  format: Type.Union([Type.Literal('pades'), Type.Literal('xades')]),
  status: Type.Union([
    Type.Literal('valid'),
    Type.Literal('intact-untrusted'),
    Type.Literal('invalid'),
    Type.Literal('absent'),
  ]),
  reasons: Type.Array(SignatureReason),
  signer: Nullable(
    Type.Object({
      subject: Type.String(),
      issuer: Type.String(),
      serialNumber: Type.String(),
      notBefore: Type.String(),
      notAfter: Type.String(),
    }),
  ),
  signingTime: Nullable(Type.String()),
  coversWholeDocument: Type.Boolean(),
  chainTrusted: Type.Boolean(),
});

export const InvoiceSummarySchema = Type.Object({
  id: Type.String(),
  choraleId: Nullable(Type.String()),
  structureId: Type.String(),
  number: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  billingFramework: Type.String(),
  recipient: Type.Object({
    identifier: Type.String(),
    name: Type.String(),
    serviceCode: Nullable(Type.String()),
  }),
  issueDate: Nullable(Type.String()),
  depositedAt: Nullable(Type.String()),
  currency: Type.String(),
  totalExclVat: Type.String(),
  totalInclVat: Type.String(),
  lastEventAt: Type.String(),
});

export const InvoiceDetailSchema = Type.Intersect([
  InvoiceSummarySchema,
  Type.Object({
    supplierServiceId: Nullable(Type.String()),
    validator: Nullable(
      Type.Object({
        identifier: Type.String(),
        name: Nullable(Type.String()),
        serviceCode: Nullable(Type.String()),
      }),
    ),
    precedingInvoiceNumber: Nullable(Type.String()),
    dueDate: Nullable(Type.String()),
    totalVat: Type.String(),
    amountDue: Type.String(),
    input: Type.Unknown(),
    lines: Type.Array(
      Type.Object({
        id: Type.String(),
        reference: Nullable(Type.String()),
        description: Type.String(),
        quantity: Type.String(),
        unitCode: Type.String(),
        unitPrice: Type.String(),
        allowance: Nullable(Type.String()),
        netAmount: Type.String(),
        vatCategory: Type.String(),
        vatRate: Nullable(Type.String()),
      }),
    ),
    vatBreakdown: Type.Array(
      Type.Object({
        category: Type.String(),
        rate: Nullable(Type.String()),
        taxableAmount: Type.String(),
        taxAmount: Type.String(),
        exemptionReason: Nullable(Type.String()),
      }),
    ),
    attachments: Type.Array(
      Type.Object({
        position: Type.Integer(),
        designation: Type.String(),
        fileName: Type.String(),
        mediaType: Type.String(),
        sizeBytes: Type.Integer(),
        sha256: Type.String(),
      }),
    ),
    documents: Type.Object({
      facturxSha256: Nullable(Type.String()),
      receiptSha256: Nullable(Type.String()),
    }),
    history: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        at: Type.String(),
        actor: Nullable(Type.String()),
        from: Nullable(Type.String()),
        to: Type.String(),
        reason: Nullable(Type.String()),
        hash: Type.String(),
      }),
    ),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    findings: Type.Array(
      Type.Object({
        rule: Type.String(),
        code: Type.String(),
        field: Nullable(Type.String()),
        message: Localized,
      }),
    ),
    depositMode: Type.String(),
    source: Nullable(
      Type.Object({
        fileName: Type.String(),
        mediaType: Type.String(),
        sizeBytes: Nullable(Type.Integer()),
        sha256: Type.String(),
      }),
    ),
    signature: Nullable(SignatureReportSchema),
    pdfDepositId: Nullable(Type.String()),
  }),
]);

const Status = Type.Union(INVOICE_STATUSES.map((s) => Type.Literal(s)));

export const SearchQuery = Type.Object(
  {
    structureId: Type.Optional(Uuid),
    number: optText(20),
    recipient: optText(100),
    status: Type.Optional(Type.Array(Status, { maxItems: 20 })),
    billingFramework: Type.Optional(Type.String({ maxLength: 40 })),
    kind: Type.Optional(Type.Union([Type.Literal('invoice'), Type.Literal('creditNote')])),
    depositedFrom: Type.Optional(DateString),
    depositedTo: Type.Optional(DateString),
    issueDateFrom: Type.Optional(DateString),
    issueDateTo: Type.Optional(DateString),
    amountMin: Type.Optional(Amount),
    amountMax: Type.Optional(Amount),
    sort: Type.Optional(
      Type.Union([
        Type.Literal('depositedAt'),
        Type.Literal('issueDate'),
        Type.Literal('number'),
        Type.Literal('amount'),
      ]),
    ),
    direction: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
    lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
  },
  strict,
);

export const SearchResultSchema = Type.Object({
  items: Type.Array(InvoiceSummarySchema),
  total: Type.Integer(),
  nextCursor: Nullable(Type.String()),
});

export const AttachmentSchema = Type.Object({
  id: Type.String(),
  designation: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  inLibrary: Type.Boolean(),
  createdAt: Type.String(),
});
