import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../shared/date';
import type { Locale } from '../../shared/locale';
import { addDays, type LocalDate } from '../../shared/shop-time';

/** A day up to `today`: by its arrows, "today", or the system's date picker (the till's dashboard and the office's page). */
export function DayPicker({ day, today, locale, onChange }: { day: LocalDate; today: LocalDate; locale: Locale; onChange: (day: LocalDate) => void }) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const toDay = (date: LocalDate) => onChange(date > today ? today : date);
  return (
    <div className="day-picker">
      <button type="button" className="touch" onClick={() => toDay(addDays(day, -1))} aria-label={t('dashboard.previousDay')} data-testid="previous-day">
        ‹
      </button>
      <span className="day-pick">
        <button type="button" className="touch" onClick={() => picker.current?.showPicker()} aria-label={t('dashboard.chooseDay')} data-testid="chosen-day">
          {formatLocalDate(day, locale)}
        </button>
        <input
          ref={picker}
          type="date"
          tabIndex={-1}
          aria-label={t('dashboard.chooseDay')}
          value={day}
          max={today}
          onChange={(event) => event.target.value && toDay(event.target.value)}
          data-testid="day-input"
        />
      </span>
      <button type="button" className="touch" onClick={() => toDay(addDays(day, 1))} disabled={day >= today} aria-label={t('dashboard.nextDay')} data-testid="next-day">
        ›
      </button>
      <button type="button" className="touch" onClick={() => toDay(today)} disabled={day === today}>
        {t('dashboard.today')}
      </button>
    </div>
  );
}
