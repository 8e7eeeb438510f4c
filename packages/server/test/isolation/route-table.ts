/**
 * The route table of the isolation test (security cases B1 and B5). EVERY route under /api/v1 must
 * have an entry, or `isolation.test.ts` fails: a new route cannot escape the check. Kinds:
 * - `scoped`: path parameters (and `body` references) name objects. Called by structure B's user
 *   with A's ids, then with random ids: the answers must be identical (`expect`, 404 by default),
 *   and A's data unchanged. `mixed` also calls it with B's own structure and A's other objects.
 * - `list`: a GET without parameters; B's answer must contain nothing of A.
 * - `call`: a state-changing route without parameters, called by B with `body`; same checks.
 * - `own`: acts only on the caller's own account or on a secret token (not an object id); says why.
 * Path parameters are filled from the fixtures by name (`params` maps a parameter to a fixture
 * when the name is ambiguous, `literals` gives fixed values such as a document kind). A new kind
 * of object needs a fixture of A in `isolation.test.ts`.
 */
export interface Fixtures {
  structureId: string;
  serviceId: string;
  membershipId: string;
  requestId: string;
  sessionId: string;
  invoiceId: string;
  attachmentId: string;
  importId: string;
  pdfDepositId: string;
  fluxId: string;
}

export type Entry =
  | {
      kind: 'scoped';
      body?: (f: Fixtures) => Record<string, unknown>;
      query?: string;
      expect?: number;
      mixed?: boolean;
      /** Valid body to send with extra forbidden fields (B5 mass assignment), as A's manager. */
      massAssignment?: boolean;
      params?: Record<string, keyof Fixtures>;
      literals?: Record<string, string>;
    }
  | { kind: 'list'; query?: string }
  | { kind: 'call'; body: Record<string, unknown>; expect: number }
  | {
      kind: 'own';
      why: string;
    };

export const ROUTES: Record<string, Entry> = {
  // Accounts: the caller's own account and session.
  'POST /api/v1/auth/login': { kind: 'own', why: 'logs in with credentials' },
  'POST /api/v1/auth/logout': { kind: 'own', why: "ends the caller's session" },
  'POST /api/v1/auth/signup': { kind: 'own', why: 'creates a new account' },
  'POST /api/v1/auth/activation': { kind: 'own', why: 'secret token from a mail' },
  'POST /api/v1/auth/activation/resend': { kind: 'own', why: 'by e-mail, same answer for all' },
  'GET /api/v1/auth/activation/:token': { kind: 'own', why: 'secret token, not an object id' },
  'POST /api/v1/auth/recovery': { kind: 'own', why: 'by e-mail, same answer for all' },
  'POST /api/v1/auth/recovery/complete': { kind: 'own', why: 'secret token from a mail' },
  'GET /api/v1/auth/recovery/:token': { kind: 'own', why: 'secret token, not an object id' },
  'POST /api/v1/auth/email-change/confirm': { kind: 'own', why: 'secret token from a mail' },
  'GET /api/v1/me': { kind: 'list' },
  'PATCH /api/v1/me': { kind: 'own', why: "changes the caller's profile" },
  'POST /api/v1/me/contact-email': { kind: 'own', why: "changes the caller's e-mail" },
  'POST /api/v1/me/password': { kind: 'own', why: "changes the caller's password" },
  'PUT /api/v1/me/secret': { kind: 'own', why: "changes the caller's secret question" },
  'GET /api/v1/me/security-events': { kind: 'list' },
  'GET /api/v1/me/sessions': { kind: 'list' },
  'DELETE /api/v1/me/sessions': { kind: 'own', why: "ends the caller's other sessions" },
  'DELETE /api/v1/me/sessions/:id': { kind: 'scoped', params: { id: 'sessionId' } },
  'POST /api/v1/me/totp/setup': { kind: 'own', why: "the caller's second factor" },
  'POST /api/v1/me/totp/enable': { kind: 'own', why: "the caller's second factor" },
  'POST /api/v1/me/totp/disable': { kind: 'own', why: "the caller's second factor" },

  // Structures, habilitations, services.
  'GET /api/v1/spaces': { kind: 'list' },
  'GET /api/v1/me/structures': { kind: 'list' },
  'GET /api/v1/me/structure-requests': { kind: 'list' },
  'POST /api/v1/structures': {
    kind: 'call',
    body: { identifierType: 'HORS_UE', identifier: 'ISOLATION-B-2', name: 'Autre de B' },
    expect: 201,
  },
  // Only the exact name or ≥ 3 characters of the identifier find a structure; a fragment of A's
  // name finds nothing.
  'GET /api/v1/structures/search': { kind: 'list', query: 'q=Secret%20Industries' },
  'GET /api/v1/structures/:structureId': { kind: 'scoped' },
  'PATCH /api/v1/structures/:structureId': {
    kind: 'scoped',
    body: () => ({ name: 'Renamed by B' }),
    massAssignment: true,
  },
  'POST /api/v1/structures/:structureId/attachment-requests': {
    kind: 'own',
    why: 'anyone may ask to be attached to an active structure found by search; it creates only the caller’s request (decided by A’s managers)',
  },
  'POST /api/v1/structures/:structureId/space-requests': {
    kind: 'scoped',
    body: () => ({ space: 'FACTURES_A_VALIDER' }),
  },
  'POST /api/v1/structures/:structureId/extension-requests': {
    kind: 'scoped',
    body: () => ({ serviceIds: null }),
  },
  'GET /api/v1/structures/:structureId/services': { kind: 'scoped' },
  'POST /api/v1/structures/:structureId/services': {
    kind: 'scoped',
    body: () => ({ code: 'FROM-B', name: 'From B' }),
    massAssignment: true,
  },
  'PATCH /api/v1/structures/:structureId/services/:serviceId': {
    kind: 'scoped',
    body: () => ({ name: 'Renamed by B' }),
    mixed: true,
    massAssignment: true,
  },
  'GET /api/v1/structures/:structureId/requests': { kind: 'scoped' },
  'POST /api/v1/structures/:structureId/requests/decisions': {
    kind: 'scoped',
    body: (f) => ({ requestIds: [f.requestId], accept: true }),
    mixed: true,
    massAssignment: true,
  },
  'GET /api/v1/structures/:structureId/members': { kind: 'scoped' },
  'GET /api/v1/structures/:structureId/members.csv': { kind: 'scoped' },
  'POST /api/v1/structures/:structureId/members': {
    kind: 'scoped',
    body: () => ({ email: 'someone-from-b@example.fr' }),
    massAssignment: true,
  },
  'DELETE /api/v1/structures/:structureId/members/:membershipId': { kind: 'scoped', mixed: true },
  'PUT /api/v1/structures/:structureId/members/:membershipId/role': {
    kind: 'scoped',
    body: () => ({ role: 'secondaryManager' }),
    mixed: true,
    massAssignment: true,
  },
  'PUT /api/v1/structures/:structureId/members/:membershipId/habilitations': {
    kind: 'scoped',
    body: () => ({ spaces: ['FACTURES_EMISES'], serviceIds: null }),
    mixed: true,
    massAssignment: true,
  },
  'POST /api/v1/structures/:structureId/members/:membershipId/transfer-primary': {
    kind: 'scoped',
    mixed: true,
  },
  'GET /api/v1/structures/:structureId/history': { kind: 'scoped' },
  // Operator only: another user gets 403 whether the structure exists or not.
  'GET /api/v1/operator/structures': { kind: 'list' },
  'POST /api/v1/operator/structures/:structureId/decision': {
    kind: 'scoped',
    body: () => ({ accept: true }),
    expect: 403,
  },
  'POST /api/v1/operator/legacy-imports': {
    kind: 'call',
    body: { csv: 'email;identifiant;role' },
    expect: 403,
  },
  'GET /api/v1/news': { kind: 'list' },
  'POST /api/v1/operator/news': {
    kind: 'call',
    body: { title: { fr: 'T', en: 'T' }, body: { fr: 'B', en: 'B' } },
    expect: 403,
  },
  'DELETE /api/v1/operator/news/:newsId': {
    kind: 'own',
    why: 'operator only (403 for anyone else, tested in news.test.ts); news are public, no structure’s object',
  },
  'GET /api/v1/operator/settings/structure-validation': { kind: 'list' },
  'PUT /api/v1/operator/settings/structure-validation': {
    kind: 'call',
    body: { requireValidation: false },
    expect: 403,
  },

  // Maintenance: a platform-wide switch, no structure's object.
  'GET /api/v1/maintenance': { kind: 'list' },
  'PUT /api/v1/admin/maintenance': { kind: 'call', body: {}, expect: 403 },
  'DELETE /api/v1/admin/maintenance': {
    kind: 'own',
    why: 'operator only (403 for anyone else, tested in maintenance.test.ts); names no object',
  },

  // Directory: public structures only; a private structure (A) is not part of it.
  'GET /api/v1/directory/structures': { kind: 'list', query: 'q=Secret%20Industries' },
  'GET /api/v1/directory/structures/:structureId': { kind: 'scoped' },
  'GET /api/v1/directory/check': { kind: 'list', query: 'recipient=12345678901234' },
  'POST /api/v1/admin/directory/imports': { kind: 'call', body: {}, expect: 403 },
  'GET /api/v1/admin/directory/imports/:importId': {
    kind: 'own',
    why: 'operator only (403 for anyone else, tested in the directory tests); an import is no structure’s object',
  },

  // Invoices (« Factures émises ») and attachments.
  'POST /api/v1/invoices': {
    kind: 'scoped',
    body: (f) => ({ structureId: f.structureId, invoice: DRAFT }),
  },
  'POST /api/v1/invoices/check': {
    kind: 'scoped',
    body: (f) => ({ structureId: f.structureId, invoice: DRAFT }),
  },
  'GET /api/v1/invoices': { kind: 'list' },
  'GET /api/v1/invoices/export.csv': { kind: 'list' },
  'GET /api/v1/invoices/to-process': { kind: 'list' },
  'GET /api/v1/invoices/recent-events': { kind: 'list' },
  'GET /api/v1/invoices/:id': { kind: 'scoped', params: { id: 'invoiceId' } },
  'PUT /api/v1/invoices/:id': {
    kind: 'scoped',
    params: { id: 'invoiceId' },
    body: () => DRAFT,
  },
  'DELETE /api/v1/invoices/:id': { kind: 'scoped', params: { id: 'invoiceId' } },
  'POST /api/v1/invoices/:id/send': { kind: 'scoped', params: { id: 'invoiceId' } },
  'GET /api/v1/invoices/:id/documents/:kind': {
    kind: 'scoped',
    params: { id: 'invoiceId' },
    literals: { kind: 'ubl' },
  },
  'GET /api/v1/invoices/:id/attachments/:position': {
    kind: 'scoped',
    params: { id: 'invoiceId' },
    literals: { position: '0' },
  },
  'POST /api/v1/attachments': {
    kind: 'own',
    why: "uploads a file into the caller's own library (multipart); names no object",
  },
  'GET /api/v1/me/attachments': { kind: 'list' },
  'GET /api/v1/me/notifications': { kind: 'list' },
  'POST /api/v1/me/notifications/read': {
    kind: 'own',
    why: "marks the caller's own notifications read",
  },
  'DELETE /api/v1/me/attachments/:id': { kind: 'scoped', params: { id: 'attachmentId' } },

  // « Dépôt d'une facture » (PDF): a deposit is its depositor's only.
  'POST /api/v1/pdf-deposits': {
    kind: 'scoped',
    body: (f) => ({
      structureId: f.structureId,
      format: 'PDF_NON_SIGNE',
      nomFichier: 'facture.pdf',
      fichierFacture: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64'),
    }),
  },
  'GET /api/v1/pdf-deposits/:id': { kind: 'scoped', params: { id: 'pdfDepositId' } },
  'GET /api/v1/pdf-deposits/:id/pdf': { kind: 'scoped', params: { id: 'pdfDepositId' } },
  'POST /api/v1/pdf-deposits/:id/invoice': {
    kind: 'scoped',
    params: { id: 'pdfDepositId' },
    body: () => DRAFT,
  },

  // « Dépôt d'un lot de factures » (flux).
  'POST /api/v1/fluxes': {
    kind: 'scoped',
    body: (f) => ({
      structureId: f.structureId,
      syntaxeFlux: 'IN_DP_E1_UBL_INVOICE',
      nomFichier: 'lot.xml',
      fichierFlux: Buffer.from(ISOLATION_UBL).toString('base64'),
    }),
  },
  'GET /api/v1/fluxes': { kind: 'list' },
  'GET /api/v1/fluxes/:id': { kind: 'scoped', params: { id: 'fluxId' } },
  'GET /api/v1/fluxes/:id/report.json': { kind: 'scoped', params: { id: 'fluxId' } },
  'GET /api/v1/fluxes/:id/report.csv': { kind: 'scoped', params: { id: 'fluxId' } },
  'GET /api/v1/fluxes/:id/report.pdf': { kind: 'scoped', params: { id: 'fluxId' } },
};

/** The smallest file a flux of UBL syntax accepts at intake (its integration refuses it). */
export const ISOLATION_UBL =
  '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>ISOLATION-1</ID></Invoice>';

/** A minimal draft invoice (the recipient need not exist for a draft). */
export const DRAFT = {
  recipient: { identifier: '11000201100044' },
  billingFramework: 'A1_FACTURE_FOURNISSEUR',
  kind: 'invoice',
  number: 'ISOLATION-1',
  currency: 'EUR',
  vatRegime: 'DEBIT',
  issueDate: '2026-01-15',
  lines: [
    {
      description: 'Prestation',
      quantity: '1',
      unitCode: 'C62',
      unitPrice: '100.00',
      vatCategory: 'S',
      vatRate: '20',
    },
  ],
  allowances: [],
  charges: [],
  attachments: [],
};
