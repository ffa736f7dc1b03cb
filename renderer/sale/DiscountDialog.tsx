import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { Keypad } from '../ui/Keypad';

type DiscountMode = 'money' | 'percent';

/** A percent in hundredths (10,5 % is 1050) of `base`, rounded half up to the minor unit. */
export function percentOf(base: number, hundredths: number): number {
  return Math.floor((base * hundredths + 5_000) / 10_000);
}

/** Minor units as the keypad shows them: 150 is "1,50". */
function keypadText(amount: number): string {
  return amount === 0 ? '' : `${Math.floor(amount / 100)},${String(amount % 100).padStart(2, '0')}`;
}

/**
 * A discount on a line or on the whole receipt, in money or in percent, chosen explicitly. It
 * starts at the discount there is now, and one above the sum it is taken from is refused with the
 * reason, never cut down silently.
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
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const discountOf = (units: number) => (mode === 'money' ? units : percentOf(base, units));
  return (
    <Keypad
      // A new mode starts a new value: 10 means 10 ₼ or 10 %, never both.
      key={mode}
      title={title}
      decimals={2}
      initial={mode === 'money' ? keypadText(current) : ''}
      unit={mode === 'money' ? formatMoney(0, currency, locale).replace(/[\d\s.,]/g, '') : '%'}
      problem={(units) => (discountOf(units) > base ? t('sale.discountAbove', { base: money(base) }) : undefined)}
      onDone={(units) => onDone(discountOf(units))}
      onClose={onClose}
    >
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
