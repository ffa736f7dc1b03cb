import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import type { TapeFilters } from '../../shared/reports/control-tape';
import type { CapabilityNeed } from '../../shared/devices/capability-need';
import { useCan } from '../queries/use-can';
import { useReportsFollowJournal } from '../queries/use-reports';
import { ControlTapeView } from './ControlTapeView';
import { PeriodicView } from './PeriodicView';
import { ReconcileView, XReportView } from './XReportView';
import { ZReportsView } from './ZReportsView';

export type ReportTab = 'x' | 'reconcile' | 'z' | 'periodic' | 'tape';

const tabKey = {
  x: 'reports.tabs.x',
  reconcile: 'reports.tabs.reconcile',
  z: 'reports.tabs.z',
  periodic: 'reports.tabs.periodic',
  tape: 'reports.tabs.tape',
} as const satisfies Record<ReportTab, `reports.tabs.${ReportTab}`>;

/** The tabs that ask the device itself: shown only where the device makes that report. */
const tabNeed: Partial<Record<ReportTab, CapabilityNeed>> = { x: 'report.x', periodic: 'report.periodic', tape: 'report.controlTape' };

interface Props {
  locale: Locale;
  currency: Currency;
  tab: ReportTab;
  onTab: (tab: ReportTab) => void;
  openZ: number | undefined;
  onOpenZ: (id: number | undefined) => void;
  justTakenZ: number | undefined;
  onCloseShift: () => void;
}

/** The manager's reports: X, the journal check, past Z reports, the periodic report and the control tape. */
export function ReportsScreen({ locale, currency, tab, onTab, openZ, onOpenZ, justTakenZ, onCloseShift }: Props) {
  const { t } = useTranslation();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [filters, setFilters] = useState<TapeFilters>({});
  useReportsFollowJournal();
  const able = useCan();
  const shown = (key: ReportTab) => {
    const need = tabNeed[key];
    return need === undefined || able(need);
  };
  return (
    <section className="reports-screen" data-testid="reports-screen">
      <div className="report-tabs no-print" role="tablist">
        {(Object.keys(tabKey) as ReportTab[]).filter(shown).map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'touch selected' : 'touch'} onClick={() => onTab(key)} data-testid={`report-tab-${key}`}>
            {t(tabKey[key])}
          </button>
        ))}
      </div>
      <div className="report-body">
        {tab === 'x' && shown('x') && <XReportView locale={locale} currency={currency} onCloseShift={onCloseShift} />}
        {tab === 'reconcile' && <ReconcileView locale={locale} currency={currency} onlyDifferences={onlyDifferences} onOnlyDifferences={setOnlyDifferences} />}
        {tab === 'z' && <ZReportsView locale={locale} currency={currency} openId={openZ} onOpen={onOpenZ} justTaken={justTakenZ} />}
        {tab === 'periodic' && shown('periodic') && <PeriodicView locale={locale} currency={currency} />}
        {tab === 'tape' && shown('tape') && <ControlTapeView locale={locale} currency={currency} filters={filters} onFilters={setFilters} />}
      </div>
    </section>
  );
}
