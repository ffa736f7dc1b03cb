import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { Dialog } from '../ui/Dialog';
import { useCart } from './cart-store';
import { receiptTotals } from './receipt';

/** The parked tickets, oldest first: each with its time, goods and total, recalled with one tap. */
export function ParkedDialog({ currency, locale, onClose }: { currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const parked = useCart((s) => s.parked);
  const recall = useCart((s) => s.recall);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <Dialog title={t('sale.parked.title')} onClose={onClose}>
      <ul className="parked-tickets" data-testid="parked-tickets">
        {parked.map((ticket) => (
          <li key={ticket.id}>
            <button
              type="button"
              className="touch"
              onClick={() => {
                recall(ticket.id);
                onClose();
              }}
              data-testid="recall-ticket"
            >
              <span>{time.format(new Date(ticket.parkedAt))}</span>
              <span className="parked-goods">{ticket.lines.map((line) => line.product.name).join(', ')}</span>
              <strong>{formatMoney(receiptTotals(ticket.lines, ticket.receiptDiscount).total, currency, locale)}</strong>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
