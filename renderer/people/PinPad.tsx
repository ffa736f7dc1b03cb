import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keypadDigits } from '../ui/keypad-digits';

const maxDigits = 8;

/**
 * PIN entry for the thumb or the keyboard: dots, never digits, on screen. Typing goes here from
 * anywhere while it is shown, as with the keypad, so a scan or a stray focus cannot swallow it.
 */
export function PinPad({ onSubmit, busy, label }: { onSubmit: (pin: string) => void; busy: boolean; label: string }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const submit = () => {
    if (pin.length >= 4 && !busy) {
      onSubmit(pin);
      setPin('');
    }
  };
  const latest = useRef(submit);
  useLayoutEffect(() => {
    latest.current = submit;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement) return;
      if (/^\d$/.test(event.key)) setPin((p) => (p.length < maxDigits ? p + event.key : p));
      else if (event.key === 'Backspace') setPin((p) => p.slice(0, -1));
      else if (event.key === 'Enter') latest.current();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const type = (digit: string) => setPin((p) => (p.length < maxDigits ? p + digit : p));
  return (
    <div className="pin-pad">
      <output className={pin.length === 0 ? 'keypad-display pin-dots empty' : 'keypad-display pin-dots'} aria-label={label} data-testid="pin-dots">
        {pin.length === 0 ? label : '●'.repeat(pin.length)}
      </output>
      <div className="keypad">
        {keypadDigits.map((digit) => (
          <button key={digit} type="button" className="touch key" onClick={() => type(digit)}>
            {digit}
          </button>
        ))}
        <button type="button" className="touch key" onClick={() => setPin((p) => p.slice(0, -1))} aria-label={t('people.erase')}>
          ⌫
        </button>
        <button type="button" className="touch key" onClick={() => type('0')}>
          0
        </button>
        <button type="button" className="touch key primary" disabled={pin.length < 4 || busy} onClick={submit} data-testid="pin-submit">
          {t('people.ok')}
        </button>
      </div>
    </div>
  );
}
