import { normalizeSecretAnswer } from '../auth/crypto';
import { invalidField } from '../errors';

/**
 * A secret question must be a real question and its answer more than a letter or two: it is the
 * second proof, with the e-mailed link, for resetting a password (never enough on its own).
 */
export function checkSecretQuestion(question: string, answer: string): void {
  if (question.trim().length < 5) {
    throw invalidField('secretQuestion', {
      fr: 'doit contenir au moins 5 caractères',
      en: 'must be at least 5 characters long',
    });
  }
  if (normalizeSecretAnswer(answer).length < 3) {
    throw invalidField('secretAnswer', {
      fr: 'doit contenir au moins 3 caractères',
      en: 'must be at least 3 characters long',
    });
  }
  if (normalizeSecretAnswer(question).includes(normalizeSecretAnswer(answer))) {
    throw invalidField('secretAnswer', {
      fr: 'ne doit pas figurer dans la question',
      en: 'must not appear in the question',
    });
  }
}
