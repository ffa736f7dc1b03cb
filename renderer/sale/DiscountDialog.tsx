import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { canApprove } from '../../shared/people/people';
import { aboveDiscountCap } from '../../shared/sale/discount-cap';
import { shopSettingDefinitions } from '../../shared/settings';
import { useApproval } from '../people/approval-store';
import { useShopSettings } from '../queries/use-shop-settings';
import { useSession } from '../session-store';
import { Keypad } from '../ui/Keypad';

type DiscountMode = 'money' | 'percent';

/** A percent in hundredths (10,5 % is 1050) of `base`, rounded half up to the minor unit. */
export function percentOf(base: number, hundredths: number): number {
  return Math.floor((base * hundredths + 5_000) / 10_000);
}

/**
 * The cap on what the signed-in person gives alone, in whole percents; none for those who approve
 * their own (a manager) or where the shop set none (100 %). The main process checks it again.
 */
function useDiscountCap(): number | undefined {
  const role = useSession((s) => s.person?.role);
  const cap = useShopSettings().data?.cashierDiscountCapPercent ?? shopSettingDefinitions.cashierDiscountCapPercent.fallback;
  return role === undefined || canApprove(role) || cap >= 100 ? undefined : cap;
}

/** Minor units as the keypad shows them: 150 is "1,50". */
function keypadText(amount: number): string {
  return amount === 0 ? '' : `${Math.floor(amount / 100)},${String(amount % 100).padStart(2, '0')}`;
}

/**
 * A discount on a line or on the whole receipt, in money or in percent, chosen explicitly. It
 * starts at the discount there is now, and one above the sum it is taken from is refused with the
 * reason, never cut down silently. A cashier's discount beyond the shop's cap waits for a
 * manager's PIN (the approval covers the sale's submission, electron/people/access.ts).
 */
export function DiscountDialog({
  title,
  base,
  current,
  currency,
  locale,
  onDone,
  onClose,
}: {
  title: string;
  /** What the discount is taken from: the line's price × quantity, or the receipt's total. */
  base: number;
  current: number;
  currency: Currency;
  locale: Locale;
  onDone: (discount: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<DiscountMode>('money');
  // While a manager's PIN is asked the keypad is gone, so the PIN's digits never reach it.
  const [asking, setAsking] = useState(false);
  const cap = useDiscountCap();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const discountOf = (units: number) => (mode === 'money' ? units : percentOf(base, units));
  const done = (discount: number) => {
    if (cap === undefined || !aboveDiscountCap(discount, base, cap)) return onDone(discount);
    setAsking(true);
    void useApproval
      .getState()
      .request('discount')
      .then((approved) => {
        setAsking(false);
        if (approved) onDone(discount);
      });
  };
  if (asking) return null;
  return (
    <Keypad
      // A new mode starts a new value: 10 means 10 ₼ or 10 %, never both.
      key={mode}
      title={title}
      decimals={2}
      initial={mode === 'money' ? keypadText(current) : ''}
      unit={mode === 'money' ? formatMoney(0, currency, locale).replace(/[\d\s.,]/g, '') : '%'}
      problem={(units) => (discountOf(units) > base ? t('sale.discountAbove', { base: money(base) }) : undefined)}
      onDone={(units) => done(discountOf(units))}
      onClose={onClose}
    >
      {cap !== undefined && (
        <p className="hint" data-testid="discount-cap">
          {t('till.discount.aboveCap', { cap })}
        </p>
      )}
      <div className="choice" role="radiogroup" aria-label={title}>
        {(['money', 'percent'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            role="radio"
            aria-checked={mode === choice}
            className={mode === choice ? 'touch selected' : 'touch'}
            onClick={() => setMode(choice)}
            data-testid={`discount-${choice}`}
          >
            {choice === 'money' ? t('sale.discountInMoney') : t('sale.discountInPercent')}
          </button>
        ))}
      </div>
    </Keypad>
  );
}
