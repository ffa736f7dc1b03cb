import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

/** Excise goods carry a marking code (DataMatrix); the scanner reads it straight into the line. */
export function MarkingCodeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('sale.markingTitle')} onClose={onClose}>
      <p>{t('sale.markingPrompt')}</p>
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={onClose} autoFocus>
          {t('keypad.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
