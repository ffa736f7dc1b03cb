import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../shared/date';
import type { Locale } from '../../shared/locale';
import { Dialog } from './Dialog';
import { useKeypadKeys } from './use-keypad-keys';
import { at, dayFrom, dayOffset, digitsOf, localDateOf, showDigits, timeOfDigits } from './moment';

const digitKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/**
 * A day and a time by touch, shown as the app shows dates in every language (the browser's own
 * date field would show its own locale's format): the day stepped from today, never later; the
 * time typed on large keys or the keyboard.
 */
export function MomentPicker({ title, value, locale, onDone, onClose }: { title: string; value: Date | undefined; locale: Locale; onDone: (moment: Date) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [today] = useState(() => new Date());
  const [offset, setOffset] = useState(value ? dayOffset(today, value) : 0);
  const [digits, setDigits] = useState(value ? digitsOf(value) : '');
  // The time shown when the picker opens is replaced by the first key typed, not appended to.
  const fresh = useRef(Boolean(value));
  const time = timeOfDigits(digits);
  const type = (key: string) => {
    const replace = fresh.current;
    fresh.current = false;
    setDigits((current) => (replace ? key : current.length < 4 ? current + key : current));
  };
  const erase = () => {
    fresh.current = false;
    setDigits((current) => current.slice(0, -1));
  };
  const confirm = () => time && onDone(at(dayFrom(today, offset), time));
  useKeypadKeys({ digit: type, erase, enter: confirm });
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="moment-day">
        <button type="button" className="touch key" onClick={() => setOffset(offset - 1)} aria-label={t('flows.earlierDay')} data-testid="moment-earlier">
          ◀
        </button>
        <output data-testid="moment-day">{formatLocalDate(localDateOf(dayFrom(today, offset)), locale)}</output>
        <button type="button" className="touch key" onClick={() => setOffset(offset + 1)} disabled={offset >= 0} aria-label={t('flows.laterDay')}>
          ▶
        </button>
      </div>
      <output className="keypad-display" aria-invalid={digits !== '' && !time} data-testid="moment-time">
        {showDigits(digits)}
      </output>
      <div className="keypad">
        {digitKeys.slice(0, 9).map((key) => (
          <button key={key} type="button" className="touch key" onClick={() => type(key)}>
            {key}
          </button>
        ))}
        <button type="button" className="touch key" onClick={() => setDigits('')}>
          C
        </button>
        <button type="button" className="touch key" onClick={() => type('0')}>
          0
        </button>
        <button type="button" className="touch key" onClick={erase} aria-label={t('keypad.erase')}>
          ⌫
        </button>
        <button type="button" className="touch" onClick={onClose}>
          {t('keypad.cancel')}
        </button>
        <button type="button" className="touch primary" disabled={!time} onClick={confirm} data-testid="moment-ok">
          {t('keypad.ok')}
        </button>
      </div>
    </Dialog>
  );
}
