import { useTranslation } from 'react-i18next';
import type { DashboardScope } from '../../shared/ipc/dashboard-channels';
import type { Locale } from '../../shared/locale';
import type { LocalDate } from '../../shared/shop-time';
import { DayPicker } from './DayPicker';

/** The current shift or a day: a day by its arrows, "today", or the system's date picker. */
export function PeriodPicker({ scope, today, locale, onChange }: { scope: DashboardScope; today: LocalDate; locale: Locale; onChange: (scope: DashboardScope) => void }) {
  const { t } = useTranslation();
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
      {scope.scope === 'day' && <DayPicker day={day} today={today} locale={locale} onChange={toDay} />}
    </div>
  );
}
