import { useState } from 'react';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { Keypad } from './Keypad';

/** An amount of money the thumb enters on the keypad: a large button showing it, the keypad on a tap. */
export function MoneyField(props: { label: string; value: number; onChange: (value: number) => void; currency: Currency; locale: Locale; invalid?: boolean; testId?: string }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button type="button" className="touch tender" aria-invalid={props.invalid ?? false} onClick={() => setEditing(true)} data-testid={props.testId}>
        <span>{props.label}</span>
        <strong>{formatMoney(props.value, props.currency, props.locale)}</strong>
      </button>
      {editing && (
        <Keypad
          title={props.label}
          decimals={2}
          onClose={() => setEditing(false)}
          onDone={(value) => {
            props.onChange(value);
            setEditing(false);
          }}
        />
      )}
    </>
  );
}
