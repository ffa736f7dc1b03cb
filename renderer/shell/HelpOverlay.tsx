import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

/** Every shortcut in one place; each key's name is the label the screen already shows. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rows = [
    ['F1', t('nav.sale')],
    ['F2', t('nav.receipts')],
    ['F3', t('nav.cash')],
    ['F7', t('nav.catalogue')],
    ['F9', t('nav.reports')],
    ['F4', t('sale.quantity')],
    ['F5', t('sale.lineDiscount')],
    ['F6', t('sale.receiptDiscount')],
    ['Del', t('sale.remove')],
    ['F8', t('sale.clear')],
    ['F12', t('sale.pay')],
    ['Enter', t('result.next')],
    ['Esc', t('keypad.cancel')],
  ];
  return (
    <Dialog title={t('help.title')} onClose={onClose}>
      <dl className="help-keys" data-testid="help">
        {rows.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
      <p>{t('help.scan')}</p>
    </Dialog>
  );
}
