import { Type, type Static } from 'typebox';
import type { UserRow } from '../../db/queries/users';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const AddressSchema = Type.Object({
  line1: Nullable(Type.String()),
  line2: Nullable(Type.String()),
  postalCode: Nullable(Type.String()),
  city: Nullable(Type.String()),
  country: Nullable(Type.String()),
});

/** The account as its owner sees it (GET /me, and the `user` of login and activation). */
export const UserSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  contactEmail: Type.String(),
  pendingContactEmail: Nullable(Type.String()),
  address: AddressSchema,
  language: Type.Union([Type.Literal('fr'), Type.Literal('en')]),
  notificationsEnabled: Type.Boolean(),
  totpEnabled: Type.Boolean(),
  isOperator: Type.Boolean(),
  secretQuestion: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});
export type UserDto = Static<typeof UserSchema>;

export function presentUser(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    contactEmail: row.contact_email,
    pendingContactEmail: row.pending_contact_email,
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      postalCode: row.address_postal_code,
      city: row.address_city,
      country: row.address_country,
    },
    language: row.language,
    notificationsEnabled: row.notifications_enabled,
    totpEnabled: row.totp_enabled_at !== null,
    isOperator: row.is_operator,
    secretQuestion: row.secret_question,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
