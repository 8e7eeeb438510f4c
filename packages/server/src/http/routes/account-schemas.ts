import { Type } from 'typebox';

/** Shared request fields of the account routes. */
export const Email = Type.String({ format: 'email', maxLength: 254 });
/** The policy (12+ characters, not common, not the e-mail) is checked by the service. */
export const Password = Type.String({ minLength: 1, maxLength: 1024 });
export const Token = Type.String({ minLength: 1, maxLength: 200 });
export const Lang = Type.Union([Type.Literal('fr'), Type.Literal('en')]);
export const Message = Type.Object({ message: Type.String() });
/** A person's name or an address line: no control characters, not blank. */
export const Text = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^[^\\u0000-\\u001f\\u007f]*\\S[^\\u0000-\\u001f\\u007f]*$',
  });
export const NullableText = (maxLength: number) =>
  Type.Union([Type.String({ maxLength, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]);
export const SecretQuestion = Text(200);
export const SecretAnswer = Type.String({ minLength: 1, maxLength: 200 });
export const NoContent = { 204: Type.Null() };
