import type { AppContext } from '../../context';
import { loadActor, recordManagerAction } from '../../db/queries/habilitation';
import { memberSpacesFor } from '../../domain/habilitation/spaces';
import { AppError } from '../../errors';
import { queueMail } from '../../mail/mailer';
import { structureMail } from '../../mail/templates/structures';
import { authorize, inTransaction, portalUrl, type AuthUser } from './access';
import { attachMembership } from './accept-invitations';

/**
 * A manager attaches a user directly by e-mail as a simple user with the default espaces. Without
 * an account, the person is invited: an invitation waits for their sign-up with that e-mail.
 */
export async function attachUser(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; email: string },
): Promise<{ result: 'attached' | 'invited' }> {
  const email = input.email.trim().toLowerCase();
  return inTransaction(ctx, async (trx) => {
    const actor = await loadActor(trx, user);
    authorize(actor, 'membership.attach', { structureId: input.structureId });
    const structure = await trx
      .selectFrom('structures')
      .select(['id', 'name', 'is_public'])
      .where('id', '=', input.structureId)
      .executeTakeFirstOrThrow();
    const by = await trx
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const byName = `${by.first_name} ${by.last_name}`;
    const now = ctx.now();
    const target = await trx
      .selectFrom('users')
      .select(['id', 'contact_email', 'language', 'status'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (target && target.status !== 'pending') {
      const existing = await trx
        .selectFrom('memberships')
        .select('status')
        .where('structure_id', '=', structure.id)
        .where('user_id', '=', target.id)
        .executeTakeFirst();
      if (existing?.status === 'active') {
        throw new AppError(
          'CONFLICT',
          { fr: 'Cet utilisateur est déjà rattaché.', en: 'This user is already attached.' },
          { reason: 'ALREADY_MEMBER', field: 'email' },
        );
      }
      await attachMembership(trx, {
        structureId: structure.id,
        userId: target.id,
        role: 'user',
        spaces: memberSpacesFor(structure.is_public),
        grantedBy: user.id,
        now,
      });
      // A pending attachment request of the same person is answered by this attachment.
      await trx
        .updateTable('structure_requests')
        .set({ status: 'accepted', decided_by: user.id, decided_at: now })
        .where('structure_id', '=', structure.id)
        .where('user_id', '=', target.id)
        .where('kind', '=', 'attachment')
        .where('status', '=', 'pending')
        .execute();
      await recordManagerAction(trx, {
        structureId: structure.id,
        actorId: user.id,
        action: 'member.attached',
        targetUserId: target.id,
        at: now,
      });
      await queueMail(
        trx,
        structureMail(
          target.contact_email,
          target.language,
          { kind: 'attached', structure: structure.name, by: byName },
          portalUrl(ctx),
        ),
      );
      return { result: 'attached' as const };
    }
    await trx
      .insertInto('structure_invitations')
      .values({
        structure_id: structure.id,
        email,
        role: 'user',
        space_codes: JSON.stringify(memberSpacesFor(structure.is_public)),
        invited_by: user.id,
        created_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['structure_id', 'email'])
          .doUpdateSet({ accepted_at: null, invited_by: user.id }),
      )
      .execute();
    await recordManagerAction(trx, {
      structureId: structure.id,
      actorId: user.id,
      action: 'member.invited',
      detail: { email },
      at: now,
    });
    await queueMail(
      trx,
      structureMail(
        email,
        user.language,
        {
          kind: 'invited',
          structure: structure.name,
          by: byName,
          signupUrl: portalUrl(ctx, `/signup?email=${encodeURIComponent(email)}`),
        },
        portalUrl(ctx),
      ),
    );
    return { result: 'invited' as const };
  });
}
