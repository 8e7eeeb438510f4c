import { sql, type Kysely } from 'kysely';

// « Dépôt d'un lot »: a file carries no valideur (Chorus Pro's cadreDeFacturation gives it beside
// the invoice, not in it), so the A9 / A12 invoices of a flux take the one given at deposit.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table fluxes add column validator_identifier text,
    add column validator_service_code text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table fluxes drop column validator_identifier,
    drop column validator_service_code`.execute(db);
}
