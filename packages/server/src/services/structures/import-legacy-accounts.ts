import type { AppContext } from '../../context';
import { loadActor, recordManagerAction } from '../../db/queries/habilitation';
import {
  checkIdentifier,
  IDENTIFIER_TYPES,
  type IdentifierType,
} from '../../domain/habilitation/identifiers';
import { memberSpacesFor } from '../../domain/habilitation/spaces';
import type { Localized } from '../../i18n/lang';
import type { Executor } from '../../jobs/queue';
import { queueMail } from '../../mail/mailer';
import { structureMail } from '../../mail/templates/structures';
import { authorize, inTransaction, portalUrl, type AuthUser } from './access';
import { DEFAULT_SERVICE, findStructureByIdentifier } from './create-structure';

export interface LegacyRowError {
  line: number;
  field: string;
  message: Localized;
}

export interface LegacyImportResult {
  rows: number;
  invited: number;
  alreadyInvited: number;
  structuresCreated: number;
  errors: LegacyRowError[];
}

const MAX_ROWS = 20_000;
const EMAIL = /^[^\s@;]+@[^\s@;]+\.[^\s@;]+$/;
// "Titulaire principal du compte" in the previous portal becomes gestionnaire principal.
const PRINCIPAL = new Set(['principal', 'titulaire', 'gestionnaire principal', 'primarymanager']);
const SIMPLE = new Set(['simple', 'utilisateur', 'utilisateur simple', 'user']);

function columnsOf(header: string): Record<string, number> {
  const names = header.split(';').map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/^\uFEFF/, ''),
  );
  return Object.fromEntries(names.map((n, i) => [n, i]));
}

/**
 * The operator imports the accounts of a previous portal: a `;` CSV with the columns `email`,
 * `identifiant`, `role` (principal / simple) and optionally `type_identifiant` (SIRET by default)
 * and `raison_sociale`. Each person gets one invitation mail; when they sign up with that e-mail,
 * principal holders become gestionnaire principal of their structure (created here if needed),
 * others simple users with Factures émises. Importing twice invites no one twice. Bad rows are
 * reported by line and skipped; the others are imported.
 */
export async function importLegacyAccounts(
  ctx: AppContext,
  user: AuthUser,
  csv: string,
): Promise<LegacyImportResult> {
  authorize(await loadActor(ctx.db, user), 'structure.validate');
  const lines = csv.split(/\r?\n/);
  const cols = columnsOf(lines[0] ?? '');
  const missing = ['email', 'identifiant', 'role'].filter((c) => cols[c] === undefined);
  const result: LegacyImportResult = {
    rows: 0,
    invited: 0,
    alreadyInvited: 0,
    structuresCreated: 0,
    errors: [],
  };
  if (missing.length > 0) {
    result.errors.push({
      line: 1,
      field: missing.join(', '),
      message: {
        fr: `colonnes manquantes : ${missing.join(', ')} (séparateur « ; »).`,
        en: `missing columns: ${missing.join(', ')} (separator ";").`,
      },
    });
    return result;
  }
  const rows = lines.slice(1, MAX_ROWS + 1);
  await inTransaction(ctx, async (trx) => {
    for (const [index, line] of rows.entries()) {
      if (line.trim() === '') continue;
      result.rows += 1;
      const cells = line.split(';').map((c) => c.trim());
      const at = (name: string) => cells[cols[name] ?? -1] ?? '';
      const lineNo = index + 2;
      const error = await importRow(ctx, trx, user, {
        email: at('email').toLowerCase(),
        type: (at('type_identifiant') || 'SIRET').toUpperCase(),
        identifier: at('identifiant'),
        role: at('role').toLowerCase(),
        name: at('raison_sociale'),
        result,
      });
      if (error) result.errors.push({ line: lineNo, ...error });
    }
  });
  return result;
}

async function importRow(
  ctx: AppContext,
  trx: Executor,
  user: AuthUser,
  row: {
    email: string;
    type: string;
    identifier: string;
    role: string;
    name: string;
    result: LegacyImportResult;
  },
): Promise<Omit<LegacyRowError, 'line'> | undefined> {
  if (!EMAIL.test(row.email)) {
    return { field: 'email', message: { fr: 'adresse e-mail invalide.', en: 'invalid e-mail.' } };
  }
  if (!(IDENTIFIER_TYPES as readonly string[]).includes(row.type)) {
    return {
      field: 'type_identifiant',
      message: { fr: "type d'identifiant inconnu.", en: 'unknown identifier type.' },
    };
  }
  const type = row.type as IdentifierType;
  const checked = checkIdentifier(type, row.identifier);
  if (!checked.ok) return { field: 'identifiant', message: checked.message };
  const principal = PRINCIPAL.has(row.role);
  if (!principal && !SIMPLE.has(row.role)) {
    return {
      field: 'role',
      message: {
        fr: 'rôle attendu : principal ou simple.',
        en: 'role expected: principal or simple.',
      },
    };
  }
  const now = ctx.now();
  let structure = await findStructureByIdentifier(trx, type, checked.value);
  if (!structure) {
    structure = await trx
      .insertInto('structures')
      .values({
        identifier_type: type,
        identifier: checked.value,
        name: row.name || checked.value,
        status: 'active',
        created_by: user.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('services')
      .values({
        structure_id: structure.id,
        code: DEFAULT_SERVICE.code,
        name: DEFAULT_SERVICE.name,
        is_default: true,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordManagerAction(trx, {
      structureId: structure.id,
      actorId: user.id,
      action: 'structure.imported',
      at: now,
    });
    row.result.structuresCreated += 1;
  }
  const info = await trx
    .selectFrom('structures')
    .select(['name', 'is_public'])
    .where('id', '=', structure.id)
    .executeTakeFirstOrThrow();
  const inserted = await trx
    .insertInto('structure_invitations')
    .values({
      structure_id: structure.id,
      email: row.email,
      role: principal ? 'primaryManager' : 'user',
      space_codes: JSON.stringify(memberSpacesFor(info.is_public)),
      invited_by: user.id,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['structure_id', 'email']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    row.result.alreadyInvited += 1;
    return undefined;
  }
  row.result.invited += 1;
  await queueMail(
    trx,
    structureMail(
      row.email,
      'fr',
      {
        kind: 'invited',
        structure: info.name,
        by: 'Chorale',
        signupUrl: portalUrl(ctx, `/signup?email=${encodeURIComponent(row.email)}`),
      },
      portalUrl(ctx),
    ),
  );
  return undefined;
}
