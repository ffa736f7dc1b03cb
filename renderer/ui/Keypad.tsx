import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { keypadDigits } from './keypad-digits';
import { useKeypadKeys } from './use-keypad-keys';

export interface KeypadProps {
  title: string;
  /** Decimal places the value takes: 3 for weight and quantity, 2 for money, 0 for whole pieces. */
  decimals: number;
  initial?: string;
  /** What the value is in (₼, %), shown beside it. */
  unit?: string;
  /** Above the display: a choice that changes what the value means. */
  children?: ReactNode;
  /** Why the value cannot be taken, if it cannot: shown, and OK stays off (never a silent cap). */
  problem?: (units: number) => string | undefined;
  onDone: (units: number) => void;
  onClose: () => void;
}

/**
 * A large numeric keypad for the thumb. The value is kept as typed text and turned into integer
 * units (thousandths, qəpik) only when confirmed, so no float ever holds money or weight.
 */
export function Keypad({ title, decimals, initial = '', unit, children, problem, onDone, onClose }: KeypadProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const type = (key: string) =>
    setText((current) => {
      const next = key === ',' ? (decimals === 0 || current.includes(',') ? current : `${current || '0'},`) : current + key;
      const fraction = next.split(',')[1];
      return fraction !== undefined && fraction.length > decimals ? current : next.replace(/^0+(?=\d)/, '');
    });
  const units = toUnits(text, decimals);
  const refusal = units === undefined ? undefined : problem?.(units);
  const confirm = () => {
    if (units !== undefined && refusal === undefined) onDone(units);
  };
  useKeypadKeys({ digit: type, separator: () => type(','), erase: () => setText((c) => c.slice(0, -1)), enter: confirm });
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <output className="keypad-display" data-testid="keypad-display">
        {text || '0'}
        {unit && <span className="keypad-unit"> {unit}</span>}
      </output>
      {refusal && (
        <p className="warning" role="alert" data-testid="keypad-problem">
          {refusal}
        </p>
      )}
      <div className="keypad">
        {keypadDigits.map((key) => (
          <button key={key} type="button" className="touch key" onClick={() => type(key)}>
            {key}
          </button>
        ))}
        <button type="button" className="touch key" onClick={() => type(',')} disabled={decimals === 0}>
          ,
        </button>
        <button type="button" className="touch key" onClick={() => type('0')}>
          0
        </button>
        <button type="button" className="touch key" onClick={() => setText((c) => c.slice(0, -1))} aria-label={t('keypad.erase')}>
          ⌫
        </button>
        <button type="button" className="touch" onClick={onClose}>
          {t('keypad.cancel')}
        </button>
        <button type="button" className="touch primary" disabled={units === undefined || refusal !== undefined} onClick={confirm} data-testid="keypad-ok">
          {t('keypad.ok')}
        </button>
      </div>
    </Dialog>
  );
}

/** "1,25" with 3 decimals -> 1250. Undefined for nothing typed. */
export function toUnits(text: string, decimals: number): number | undefined {
  if (!/^\d+(,\d*)?$/.test(text)) return undefined;
  const [whole = '0', fraction = ''] = text.split(',');
  return Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}
