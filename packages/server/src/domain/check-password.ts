import { invalidField } from '../errors';
import { passwordProblem } from './password-policy';

/** Throws INVALID_REQUEST naming `field` when the password breaks the policy. */
export function checkNewPassword(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw invalidField(field, problem, 'PASSWORD_POLICY');
}
