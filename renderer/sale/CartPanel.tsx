import { memo, useCallback, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { vatPercent } from '../../shared/fiscal/catalogue-types';
import { lineTotal } from '../../shared/fiscal/receipt-math';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { formatQuantity } from '../format-quantity';
import { useCan } from '../queries/use-can';
import { useCart, type CartLine } from './cart-store';
import { receiptTotals } from './receipt';

export type CartAction = 'quantity' | 'discount' | 'receiptDiscount' | 'remove' | 'clear' | 'park' | 'parked' | 'advance' | 'pay';

/**
 * The receipt being built: its lines and the selected one's actions. The totals and Pay are
 * CartTotals, placed by the sale screen under the quick keys, so the lines get the full height.
 */
export function CartPanel({ currency, locale, onAction }: { currency: Currency; locale: Locale; onAction: (action: CartAction) => void }) {
  const { t } = useTranslation();
  const lines = useCart((s) => s.lines);
  const receiptDiscount = useCart((s) => s.receiptDiscount);
  const selectedKey = useCart((s) => s.selectedKey);
  const parked = useCart((s) => s.parked.length);
  const select = useCart((s) => s.select);
  const totals = receiptTotals(lines, receiptDiscount);
  // Stable, so the memoised rows repaint only when their own line changes.
  const money = useCallback((amount: number) => formatMoney(amount, currency, locale), [currency, locale]);
  useLayoutEffect(() => {
    performance.mark('cart-committed');
  }, [lines]);
  const selected = lines.some((l) => l.key === selectedKey);
  const unmarked = lines.some((l) => l.product.markingRequired && l.markingCodes.length === 0);
  const able = useCan();
  return (
    <section className="receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t('shell.cart.title')}</h2>
      {lines.length === 0 ? (
        <p className="receipt-empty">{t('shell.cart.empty')}</p>
      ) : (
        <ol className="cart-lines" data-testid="cart-lines">
          {lines.map((line) => (
            <CartRow key={line.key} line={line} selected={line.key === selectedKey} onSelect={select} money={money} locale={locale} />
          ))}
        </ol>
      )}
      <div className="cart-actions">
        <button type="button" className="touch" disabled={!selected} onClick={() => onAction('quantity')}>
          {t('sale.quantity')} <kbd>F4</kbd>
        </button>
        <button type="button" className="touch" disabled={!selected} onClick={() => onAction('discount')}>
          {t('sale.lineDiscount')} <kbd>F5</kbd>
        </button>
        <button type="button" className="touch" disabled={lines.length === 0} onClick={() => onAction('receiptDiscount')}>
          {t('sale.receiptDiscount')} <kbd>F6</kbd>
        </button>
        <button type="button" className="touch" disabled={!selected} onClick={() => onAction('remove')}>
          {t('sale.remove')} <kbd>Del</kbd>
        </button>
        <button type="button" className="touch" disabled={lines.length === 0} onClick={() => onAction('clear')}>
          {t('sale.clear')} <kbd>F8</kbd>
        </button>
        <button type="button" className="touch" disabled={lines.length === 0} onClick={() => onAction('park')} data-testid="cart-park">
          {t('sale.parked.park')}
        </button>
        {parked > 0 && (
          <button type="button" className="touch" onClick={() => onAction('parked')} data-testid="cart-parked">
            {t('sale.parked.open', { count: parked })}
          </button>
        )}
        {able('document.prepayment') && (
          <button type="button" className="touch" disabled={totals.total <= 0 || unmarked} onClick={() => onAction('advance')} data-testid="cart-advance">
            {t('flows.advance.forGoods')}
          </button>
        )}
      </div>
    </section>
  );
}

/** The receipt's discount, VAT and total, large, with Pay under them. */
export function CartTotals({ currency, locale, onAction }: { currency: Currency; locale: Locale; onAction: (action: CartAction) => void }) {
  const { t } = useTranslation();
  const lines = useCart((s) => s.lines);
  const receiptDiscount = useCart((s) => s.receiptDiscount);
  const totals = receiptTotals(lines, receiptDiscount);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const unmarked = lines.some((l) => l.product.markingRequired && l.markingCodes.length === 0);
  return (
    <section className="receipt-totals" aria-label={t('shell.cart.total')}>
      <dl className="receipt-sums">
        {totals.discount > 0 && (
          <>
            <dt>{t('sale.discount')}</dt>
            <dd data-testid="receipt-discount">−{money(totals.discount)}</dd>
          </>
        )}
        {totals.vat.filter((group) => group.tax > 0 || vatPercent[group.vatRate] === 0).map((group) => {
          const percent = vatPercent[group.vatRate];
          return (
            <div key={group.vatRate} className="vat-row">
              <dt>{percent === null ? t('sale.vatFree') : t('sale.vat', { percent })}</dt>
              <dd>{money(group.tax)}</dd>
            </div>
          );
        })}
      </dl>
      <div className="receipt-total">
        <span>{t('shell.cart.total')}</span>
        <output data-testid="receipt-total">{money(totals.total)}</output>
      </div>
      {unmarked && <p className="notice">{t('sale.markingMissing')}</p>}
      <button type="button" className="touch pay" disabled={totals.total <= 0 || unmarked} onClick={() => onAction('pay')} data-testid="pay">
        {t('sale.pay')} <kbd>F12</kbd>
      </button>
    </section>
  );
}

interface RowProps {
  line: CartLine;
  selected: boolean;
  onSelect: (key: string) => void;
  money: (amount: number) => string;
  locale: Locale;
}

/** Memoised so adding a line to a long cart repaints one row, not three hundred. */
const CartRow = memo(function CartRow({ line, selected, onSelect, money, locale }: RowProps) {
  return (
    <li>
      <button type="button" className={selected ? 'cart-line selected' : 'cart-line'} onClick={() => onSelect(line.key)} aria-pressed={selected}>
        <span className="line-name">{line.product.name}</span>
        <span className="line-quantity">
          {formatQuantity(line.quantity, line.product.unit, locale)} × {money(line.price)}
        </span>
        {line.discount > 0 && <span className="line-discount">−{money(line.discount)}</span>}
        <span className="line-total">{money(lineTotal(line))}</span>
      </button>
    </li>
  );
});
