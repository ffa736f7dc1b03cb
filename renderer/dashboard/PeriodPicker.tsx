import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../shared/date';
import type { DashboardScope } from '../../shared/ipc/dashboard-channels';
import type { Locale } from '../../shared/locale';
import { addDays, type LocalDate } from '../../shared/shop-time';

/** The current shift or a day: a day by its arrows, "today", or the system's date picker. */
export function PeriodPicker({ scope, today, locale, onChange }: { scope: DashboardScope; today: LocalDate; locale: Locale; onChange: (scope: DashboardScope) => void }) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const day = scope.scope === 'day' ? scope.date : today;
  const toDay = (date: LocalDate) => onChange({ scope: 'day', date: date > today ? today : date });
  return (
    <div className="period-picker">
      <div className="segmented" role="group" aria-label={t('dashboard.period')}>
        <button type="button" className={scope.scope === 'shift' ? 'touch selected' : 'touch'} aria-pressed={scope.scope === 'shift'} onClick={() => onChange({ scope: 'shift' })} data-testid="scope-shift">
          {t('dashboard.scope.shift')}
        </button>
        <button type="button" className={scope.scope === 'day' ? 'touch selected' : 'touch'} aria-pressed={scope.scope === 'day'} onClick={() => toDay(day)} data-testid="scope-day">
          {t('dashboard.scope.day')}
        </button>
      </div>
      {scope.scope === 'day' && (
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
      )}
    </div>
  );
}
