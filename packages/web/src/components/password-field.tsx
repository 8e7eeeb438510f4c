import PasswordInput from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { useI18n } from '../i18n/i18n';

export const PASSWORD_MIN_LENGTH = 12;

interface Props {
  label: string;
  name: string;
  autoComplete: 'current-password' | 'new-password';
  /** A message from the server or the browser's own checks. */
  error?: string | undefined;
  /** Show the rules a new password must follow. */
  showRules?: boolean;
  hintText?: string;
}

/** A password input with its show/hide toggle, the rules of a new password and its error. */
export function PasswordField({ label, name, autoComplete, error, showRules, hintText }: Props) {
  const { t } = useI18n();
  const messages = [
    ...(showRules
      ? [
          {
            severity: 'info' as const,
            message: t('password.rule.length', { min: PASSWORD_MIN_LENGTH }),
          },
          { severity: 'info' as const, message: t('password.rule.variety') },
        ]
      : []),
    ...(error ? [{ severity: 'error' as const, message: error }] : []),
  ];
  return (
    <PasswordInput
      className="fr-mb-3w"
      label={label}
      hintText={hintText}
      messagesHint={showRules ? t('password.rulesTitle') : ''}
      messages={messages}
      nativeInputProps={{
        name,
        autoComplete,
        id: `password-${name}`,
        'aria-invalid': error ? true : undefined,
      }}
    />
  );
}
