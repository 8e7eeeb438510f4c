import { Type } from 'typebox';

/** Shared request fields of the account routes. */
export const Email = Type.String({ format: 'email', maxLength: 254 });
/** The policy (12+ characters, not common, not the e-mail) is checked by the service. */
export const Password = Type.String({ minLength: 1, maxLength: 1024 });
export const Token = Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' });
export const Lang = Type.Union([Type.Literal('fr'), Type.Literal('en')]);
export const Message = Type.Object({ message: Type.String() });
