import Input from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useInvoiceI18n } from '../../invoices/messages';

export interface DirectoryStructure {
  id: string;
  identifier: string;
  name: string;
  address: { postalCode: string | null; city: string | null };
  requirements: {
    serviceCode: boolean;
    legalCommitment: boolean;
    serviceCodeOrLegalCommitment: boolean;
  };
  services: Array<{ code: string; name: string }>;
}

/** Search-as-you-type in the public directory; choosing a result fills the identifier. */
export function RecipientPicker({
  label,
  onPick,
}: {
  label: string;
  onPick: (structure: DirectoryStructure) => void;
}) {
  const { it } = useInvoiceI18n();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<DirectoryStructure[]>([]);
  useEffect(() => {
    if (q.trim().length < 3) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    // A short pause so a fast typist sends one request, not one per key.
    const timer = setTimeout(() => {
      api
        .get<{ items: DirectoryStructure[] }>(
          `/directory/structures?q=${encodeURIComponent(q)}&pageSize=8`,
          {
            signal: controller.signal,
          },
        )
        .then((r) => setResults(r.items))
        .catch(() => setResults([]));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  return (
    <div>
      <Input
        label={label}
        hintText={it('form.recipientSearch')}
        nativeInputProps={{
          name: 'directory-search',
          value: q,
          onChange: (e) => setQ(e.target.value),
          autoComplete: 'off',
        }}
      />
      {results.length > 0 && (
        <ul className="fr-raw-list recipient-results" aria-live="polite">
          {results.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
                onClick={() => {
                  onPick(s);
                  setResults([]);
                  setQ(s.name);
                }}
              >
                {s.name} — {s.identifier} {s.address.city ? `(${s.address.city})` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
