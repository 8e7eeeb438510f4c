import Button from '@codegouvfr/react-dsfr/Button';
import { useInvoiceI18n } from '../../invoices/messages';

/** « Envoyer la facture »: the supplier confirms, knowing a sent invoice can no longer change. */
export function SendConfirmation({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { it } = useInvoiceI18n();
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="confirm-title"
      className="fr-alert fr-alert--info fr-mb-2w"
    >
      <h2 id="confirm-title" className="fr-alert__title">
        {it('page.confirmTitle')}
      </h2>
      <p>{it('page.confirmText')}</p>
      <div className="fr-btns-group fr-btns-group--inline fr-mt-2w">
        <Button type="button" onClick={onConfirm} disabled={pending}>
          {it('page.confirm')}
        </Button>
        <Button type="button" priority="secondary" onClick={onCancel}>
          {it('page.cancel')}
        </Button>
      </div>
    </div>
  );
}
