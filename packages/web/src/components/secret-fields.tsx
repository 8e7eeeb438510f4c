import Input from '@codegouvfr/react-dsfr/Input';
import { useI18n, type MessageKey } from '../i18n/i18n';
import type { FieldState } from './api-form';

const SUGGESTIONS: MessageKey[] = [
  'secret.suggestion.1',
  'secret.suggestion.2',
  'secret.suggestion.3',
  'secret.suggestion.4',
];

/** The secret question (free text, with suggestions) and its answer, asked again at recovery. */
export function SecretFields({
  field,
  defaultQuestion,
}: {
  field: (name: string) => FieldState;
  defaultQuestion?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <Input
        label={t('secret.question')}
        hintText={t('secret.questionHint')}
        {...field('secretQuestion')}
        nativeInputProps={{
          name: 'secretQuestion',
          list: 'secret-question-suggestions',
          autoComplete: 'off',
          defaultValue: defaultQuestion,
        }}
      />
      <datalist id="secret-question-suggestions">
        {SUGGESTIONS.map((key) => (
          <option key={key} value={t(key)} />
        ))}
      </datalist>
      <Input
        label={t('secret.answer')}
        hintText={t('secret.answerHint')}
        {...field('secretAnswer')}
        nativeInputProps={{ name: 'secretAnswer', autoComplete: 'off' }}
      />
    </>
  );
}
