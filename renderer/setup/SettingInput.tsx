import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsField } from '../../shared/devices/settings-form';

/** One field of a driver's settings form; its texts are the driver's (shared/devices/<kind>/locales). */
export function SettingInput({ field, value, onChange }: { field: SettingsField; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  // The keys come from the driver's descriptor, so the compiler cannot check them: the locale test does.
  const text = (key: string) => t(key as never);
  const testId = `device-${field.name}`;
  const hintId = useId();
  const described = field.hint ? { 'aria-describedby': hintId } : {};
  return (
    <div className="setting-field">
      <label>
        {text(field.label)}
        {input()}
      </label>
      {field.hint && (
        <p className="hint" id={hintId}>
          {text(field.hint)}
        </p>
      )}
    </div>
  );

  function input() {
    switch (field.kind) {
      case 'choice':
        return (
          <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} {...described}>
            {field.choices?.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {text(choice.label)}
              </option>
            ))}
          </select>
        );
      case 'secret':
        return <input type="password" value={value} onChange={(e) => onChange(e.target.value)} maxLength={200} autoComplete="off" data-testid={testId} {...described} />;
      case 'url':
        return <input type="url" inputMode="url" value={value} onChange={(e) => onChange(e.target.value)} maxLength={200} placeholder={field.placeholder} data-testid={testId} {...described} />;
      case 'text':
        return <input value={value} onChange={(e) => onChange(e.target.value)} maxLength={200} placeholder={field.placeholder} data-testid={testId} {...described} />;
    }
  }
}
