import { useState } from 'react';
import { formatDateTime } from '../../shared/date';
import type { Locale } from '../../shared/locale';
import { MomentPicker } from './MomentPicker';

/** A day and time the thumb enters: a large button showing it as the app writes dates, the picker on a tap. */
export function MomentField(props: { label: string; value: Date | undefined; onChange: (value: Date) => void; locale: Locale; invalid?: boolean; testId?: string }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <button type="button" className="touch tender" aria-invalid={props.invalid ?? false} onClick={() => setEditing(true)} data-testid={props.testId}>
        <span>{props.label}</span>
        <strong>{props.value ? formatDateTime(props.value, props.locale) : '—'}</strong>
      </button>
      {editing && (
        <MomentPicker
          title={props.label}
          value={props.value}
          locale={props.locale}
          onClose={() => setEditing(false)}
          onDone={(moment) => {
            props.onChange(moment);
            setEditing(false);
          }}
        />
      )}
    </>
  );
}
