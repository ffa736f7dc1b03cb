import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerScreen } from '../../shared/sale/customer-view';
import { formatMoney } from '../../shared/money';
import { formatQuantity } from '../format-quantity';
import { useKassaApi } from '../kassa-api';

/**
 * The customer-facing display: a second window (Electron) or page (web host, `#customer`) that
 * follows the cashier's cart through the main process's `display.view` event, in the language the
 * shop chose for its customers. It only listens: it has no buttons and sends nothing.
 */
export function CustomerDisplay() {
  const api = useKassaApi();
  const { i18n } = useTranslation();
  const [screen, setScreen] = useState<CustomerScreen>();
  useEffect(() => api.subscribe('display.view', setScreen), [api]);
  useEffect(() => {
    if (screen) document.documentElement.lang = screen.locale;
  }, [screen]);
  if (!screen) return <main className="customer-display" data-testid="customer-display" />;
  const { view, locale } = screen;
  const t = i18n.getFixedT(locale);
  const money = (amount: number) => formatMoney(amount, view.currency, locale);
  switch (view.state) {
    case 'idle':
      return (
        <main className="customer-display customer-idle" data-testid="customer-display" lang={locale}>
          <p className="customer-welcome">{t('customer.welcome')}</p>
        </main>
      );
    case 'cart':
      return (
        <main className="customer-display" data-testid="customer-display" lang={locale}>
          <ol className="customer-lines" data-testid="customer-lines">
            {view.lines.map((line, i) => (
              <li key={i}>
                <span className="line-name">{line.name}</span>
                <span className="line-quantity">
                  {formatQuantity(line.quantity, line.unit, locale)} × {money(line.price)}
                </span>
                <span className="line-total">{money(line.total)}</span>
              </li>
            ))}
          </ol>
          {view.discount > 0 && (
            <p className="customer-discount">
              {t('customer.discount')}: −{money(view.discount)}
            </p>
          )}
          <p className="customer-total">
            <span>{t('customer.total')}</span> <output data-testid="customer-total">{money(view.total)}</output>
          </p>
        </main>
      );
    case 'paid':
      return (
        <main className="customer-display customer-paid" data-testid="customer-display" lang={locale}>
          <dl className="customer-paid-sums">
            <dt>{t('customer.total')}</dt>
            <dd data-testid="customer-total">{money(view.total)}</dd>
            <dt>{t('customer.paid')}</dt>
            <dd data-testid="customer-paid">{money(view.paid)}</dd>
          </dl>
          {view.change > 0 && (
            <p className="customer-change">
              {t('customer.change')}: <strong data-testid="customer-change">{money(view.change)}</strong>
            </p>
          )}
          <p className="customer-welcome">{t('customer.thanks')}</p>
        </main>
      );
  }
}
