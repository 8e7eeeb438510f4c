import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { selectFlux } from '../../db/queries/fluxes';
import { findPartyByIdentifier, findServiceByCode } from '../../db/queries/invoices';
import type { FluxChannel, StoredRefusal } from '../../db/tables/fluxes';
import { AppError, invalidField, notFound } from '../../errors';
import { enqueueJob } from '../../jobs/queue';
import { checkEntrySyntax, FLUX_SYNTAXES, inspectFlux, type FluxSyntax } from '../../flux/unpack';
import { FLUX_INTEGRATION_JOB, FLUX_JOB_MAX_ATTEMPTS } from '../../jobs/flux-integration';
import { createBlobStore, sha256Hex } from '../../storage/blob-store';
import { claimIdempotencyKey, storeIdempotentResponse } from '../idempotency';
import { authorizeIssue, loadIssuedScope, type AuthUser } from '../invoices/invoice-scope';
import { fluxLimits } from './integrate-flux';
import { fluxNotFound, presentFluxSummary, type FluxSummary } from './present-flux';

export interface DepositFluxRequest {
  structureId: string;
  syntax: string;
  fileName: string;
  bytes: Uint8Array;
  channel: FluxChannel;
  idempotencyKey?: string;
  /**
   * The valideur of the flux's A9 / A12 invoices (Chorus Pro `codeStructureValideur`, a SIRET, and
   * `codeServiceValideur`): a file carries none.
   */
  validator?: { identifier: string; serviceCode?: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A client's path is never trusted: only the last segment is kept, without control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return (
    base
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(0, 200)
  );
}

function tooLarge(max: number): AppError {
  const mb = Math.floor(max / (1024 * 1024));
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    { fr: `Un flux ne dépasse pas ${mb} Mo.`, en: `A flux may not exceed ${mb} MB.` },
    { reason: 'FLUX_TOO_LARGE', field: 'fichierFlux' },
  );
}

/** The flux's valideur is checked as the typed form checks one: an active structure, an active service. */
async function checkValidator(
  ctx: AppContext,
  validator: NonNullable<DepositFluxRequest['validator']>,
): Promise<{ identifier: string; serviceCode: string | null }> {
  const identifier = validator.identifier.replace(/\s/g, '');
  const serviceCode = validator.serviceCode?.trim() || null;
  if (!/^\d{14}$/.test(identifier)) {
    throw invalidField('codeStructureValideur', {
      fr: 'le SIRET du valideur compte 14 chiffres.',
      en: 'the validator SIRET has 14 digits.',
    });
  }
  const structure = await findPartyByIdentifier(ctx.db, identifier);
  if (!structure || structure.status !== 'active') {
    throw invalidField(
      'codeStructureValideur',
      {
        fr: 'aucune structure active ne porte cet identifiant de valideur.',
        en: 'no active structure has this validator identifier.',
      },
      'VALIDATOR_UNKNOWN',
    );
  }
  if (serviceCode) {
    const service = await findServiceByCode(ctx.db, structure.id, serviceCode);
    if (!service?.is_active) {
      throw invalidField(
        'codeServiceValideur',
        {
          fr: 'la structure valideur n’a pas de service actif portant ce code.',
          en: 'the validator structure has no active service with this code.',
        },
        'VALIDATOR_SERVICE_UNKNOWN',
      );
    }
  }
  return { identifier, serviceCode };
}

/**
 * « Déposer un lot »: checks the flux at once (container, archive safety, entry count, syntax of a
 * single file), keeps the file in the blob store and queues its integration in the same
 * transaction as the flux row. A flux refused at intake is still recorded (IN_REJETE, with its
 * reason) so the supplier finds it in the list; only a malformed request answers 400.
 */
export async function depositFlux(
  ctx: AppContext,
  user: AuthUser,
  request: DepositFluxRequest,
): Promise<FluxSummary> {
  if (!UUID.test(request.structureId)) throw notFound();
  if (!(FLUX_SYNTAXES as readonly string[]).includes(request.syntax)) {
    throw invalidField(
      'syntaxeFlux',
      {
        fr: `syntaxe inconnue ; valeurs acceptées : ${FLUX_SYNTAXES.join(', ')}.`,
        en: `unknown syntax; accepted values: ${FLUX_SYNTAXES.join(', ')}.`,
      },
      'FLUX_SYNTAX_UNKNOWN',
    );
  }
  const syntax = request.syntax as FluxSyntax;
  const fileName = cleanFileName(request.fileName);
  if (!fileName) {
    throw invalidField('nomFichier', {
      fr: 'le nom du fichier est obligatoire.',
      en: 'the file name is required.',
    });
  }
  const limits = fluxLimits(ctx);
  if (request.bytes.length > limits.maxFluxBytes) throw tooLarge(limits.maxFluxBytes);
  // Rights first: nothing of an unauthorised caller touches the disk.
  authorizeIssue(await loadIssuedScope(ctx.db, user), request.structureId, null);
  const validator = request.validator ? await checkValidator(ctx, request.validator) : undefined;

  const sha256 = sha256Hex(request.bytes);
  const inspection = inspectFlux(request.bytes, limits);
  let refusal: StoredRefusal | undefined = inspection.ok ? undefined : inspection.refusal;
  if (inspection.ok && (inspection.container === 'xml' || inspection.container === 'pdf')) {
    refusal = checkEntrySyntax(syntax, { name: fileName, bytes: request.bytes });
  }
  await createBlobStore(ctx.config.dataDir).put(request.bytes);

  const summary = await ctx.db.transaction().execute(async (trx) => {
    const idem = request.idempotencyKey
      ? { scope: `user:${user.id}:POST /api/v1/fluxes`, key: request.idempotencyKey }
      : undefined;
    if (idem) {
      const replay = await claimIdempotencyKey(trx, {
        ...idem,
        content: {
          structureId: request.structureId,
          syntax,
          fileName,
          sha256,
          ...(validator ? { validator } : {}),
        },
      });
      if (replay) {
        const fluxId = (replay.response as { fluxId?: string } | null)?.fluxId;
        const row = fluxId
          ? await selectFlux(trx).where('fluxes.id', '=', fluxId).executeTakeFirst()
          : undefined;
        if (!row) throw fluxNotFound();
        return presentFluxSummary(row, user.language);
      }
    }
    authorizeIssue(await loadIssuedScope(trx, user), request.structureId, null);
    const now = ctx.now();
    const seq = await sql<{ n: number }>`select nextval('flux_number_seq')::int as n`.execute(trx);
    const number = `FLX${now.getUTCFullYear()}${String(seq.rows[0]!.n).padStart(9, '0')}`;
    const original = await trx
      .selectFrom('fluxes')
      .select('id')
      .where('supplier_structure_id', '=', request.structureId)
      .where('sha256', '=', sha256)
      .orderBy('received_at')
      .limit(1)
      .executeTakeFirst();
    const inserted = await trx
      .insertInto('fluxes')
      .values({
        number,
        supplier_structure_id: request.structureId,
        deposited_by: user.id,
        channel: request.channel,
        syntax,
        file_name: fileName,
        size_bytes: request.bytes.length,
        sha256,
        container: inspection.ok ? inspection.container : null,
        status: refusal ? 'IN_REJETE' : 'IN_EN_ATTENTE_TRAITEMENT',
        duplicate_of_flux_id: original?.id ?? null,
        idempotency_key: request.idempotencyKey ?? null,
        validator_identifier: validator?.identifier ?? null,
        validator_service_code: validator?.serviceCode ?? null,
        total_count: inspection.ok ? inspection.entryCount : 0,
        refusal: refusal ? JSON.stringify(refusal) : null,
        received_at: now,
        finished_at: refusal ? now : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (!refusal) {
      await enqueueJob(
        trx,
        FLUX_INTEGRATION_JOB,
        { fluxId: inserted.id },
        { dedupeKey: `flux-integration:${inserted.id}`, maxAttempts: FLUX_JOB_MAX_ATTEMPTS },
      );
    }
    if (idem) await storeIdempotentResponse(trx, idem, 202, { fluxId: inserted.id });
    const row = await selectFlux(trx)
      .where('fluxes.id', '=', inserted.id)
      .executeTakeFirstOrThrow();
    return presentFluxSummary(row, user.language);
  });
  ctx.worker.kick();
  return summary;
}
