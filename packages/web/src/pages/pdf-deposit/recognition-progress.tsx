import { useDepositI18n } from '../../pdf-deposit/messages';

/**
 * A scan being read by OCR. The bar follows every poll; the announced text moves by tenths past the first ones so a
 * screen reader is told the progress without being flooded.
 */
export function RecognitionProgress({ progress }: { progress: number }) {
  const { dt } = useDepositI18n();
  const pct = Math.round(progress * 100);
  const announced = pct < 10 ? pct : Math.floor(pct / 10) * 10;
  return (
    <div className="fr-mb-3w">
      <p role="status" aria-live="polite" data-testid="ocr-progress">
        {pct > 0 ? dt('dep.recognizing', { pct: announced }) : dt('dep.recognizingStart')}
      </p>
      <progress
        max={100}
        value={pct}
        aria-label={dt('dep.recognizing', { pct })}
        className="chorale-progress"
      />
    </div>
  );
}
