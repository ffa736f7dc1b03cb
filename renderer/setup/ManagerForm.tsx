import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pin, PersonName } from '../../shared/people/people';

export interface PersonForm {
  name: string;
  pin: string;
}

/** A name and a PIN typed twice; the PIN is checked here first so a typo is caught before saving. */
export function ManagerForm({ busy, onSubmit, submitLabel }: { busy: boolean; onSubmit: (form: PersonForm) => void; submitLabel: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const pinProblem = pin && !Pin.safeParse(pin).success ? t('setup.pinRule') : pin && repeat && pin !== repeat ? t('setup.pinMismatch') : undefined;
  const ready = PersonName.safeParse(name).success && Pin.safeParse(pin).success && pin === repeat;
  return (
    <form
      className="fields"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) onSubmit({ name: name.trim(), pin });
      }}
    >
      <label>
        {t('setup.managerName')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={128} data-testid="person-name" />
      </label>
      <label>
        {t('setup.pinNew')}
        <input type="password" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} maxLength={8} autoComplete="off" data-testid="person-pin" />
      </label>
      <label>
        {t('setup.pinRepeat')}
        <input type="password" inputMode="numeric" value={repeat} onChange={(e) => setRepeat(e.target.value)} maxLength={8} autoComplete="off" data-testid="person-pin-repeat" />
      </label>
      {pinProblem && (
        <p className="device-error" role="alert">
          {pinProblem}
        </p>
      )}
      <button type="submit" className="touch primary" disabled={!ready || busy} data-testid="person-save">
        {submitLabel}
      </button>
    </form>
  );
}
