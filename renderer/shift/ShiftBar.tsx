import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import type { Locale } from '../../shared/locale';
import { useJournalProgress } from '../queries/use-journal';
import { useShiftStatus } from '../queries/use-shift';
import { shiftClock } from './shift-time';

/**
 * The shift at a glance: open since when and how long is left before the 24-hour limit (a
 * warning in the last hour; past it, the Z report is the way out), and documents still unsent.
 */
export function ShiftBar({ locale, onOpenShift, onCloseShift }: { locale: Locale; onOpenShift: () => void; onCloseShift: () => void }) {
  const { t } = useTranslation();
  const shift = useShiftStatus();
  const journal = useJournalProgress();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const status = shift.data;
  const clock = status?.open && status.openedAt ? shiftClock(status.openedAt, now) : undefined;
  return (
    <div className="shift-bar" data-testid="shift-bar">
      {status && !status.open && (
        <>
          <span className="shift-closed">{t('shift.closed')}</span>
          <button type="button" className="touch primary" onClick={onOpenShift} data-testid="open-shift">
            {t('shift.open')}
          </button>
        </>
      )}
      {status?.open && status.openedAt && clock && (
        <>
          <span>{t('shift.since', { time: formatDateTime(new Date(status.openedAt), locale) })}</span>
          <span className={`shift-left ${clock.state}`} data-testid="shift-left">
            {clock.state === 'expired'
              ? t('shift.expired')
              : t('shift.left', { hours: Math.floor(clock.leftMs / 3_600_000), minutes: Math.floor((clock.leftMs % 3_600_000) / 60_000) })}
          </span>
          {clock.state !== 'ok' && (
            <button type="button" className="touch" onClick={onCloseShift}>
              {t('shift.zReport')}
            </button>
          )}
        </>
      )}
      {journal?.quarantined && (
        <span className="journal-quarantined device-error" role="alert" data-testid="journal-quarantined">
          {t('quarantine.blocked')}
        </span>
      )}
      {journal && journal.unsettled > 0 && !journal.quarantined && (
        <span className="journal-unsettled" role="status" data-testid="journal-unsettled">
          {journal.retryInMs === undefined ? t('journal.unsettled', { count: journal.unsettled }) : t('journal.retrying', { count: journal.unsettled })}
        </span>
      )}
    </div>
  );
}
