import { useQuery } from '@tanstack/react-query';
import Papa from 'papaparse';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import type { AuditEntry } from '../../shared/people/audit';
import { auditWords } from './audit-words';
import { currencyOf } from '../../shared/device';
import { useDeviceStatus } from '../queries/use-device-status';
import type { Locale } from '../../shared/locale';
import { call, useKassaApi } from '../kassa-api';
import { auditActionKey } from '../people/labels';
import { downloadFile } from '../ui/download';
import { ErrorText } from '../ui/ErrorText';

const outcomeKey = { done: 'settings.outcome.done', refused: 'settings.outcome.refused', failed: 'settings.outcome.failed' } as const;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Who did what and who approved it, for a range of days; exported to CSV for the owner. */
export function AuditPanel({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [from, setFrom] = useState(day(-7));
  const [to, setTo] = useState(day(0));
  const range = { from: new Date(`${from}T00:00:00`).toISOString(), to: new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString() };
  const audit = useQuery({ queryKey: ['audit.list', range], queryFn: () => call(api, 'audit.list', range), staleTime: 0 });
  // As the counter does: manat until the device's status says otherwise.
  const format = { t, locale, currency: currencyOf(useDeviceStatus().data?.kind ?? 'caspos') };
  const details = (entry: AuditEntry) => auditWords(entry.details, format);
  const exportCsv = (entries: readonly AuditEntry[]) => {
    const rows = entries.map((e) => ({
      at: e.at,
      action: t(auditActionKey[e.action]),
      outcome: e.outcome,
      actor: e.actor ?? '',
      approver: e.approver ?? '',
      details: details(e),
    }));
    downloadFile(`kassa-audit-${from}-${to}.csv`, Papa.unparse(rows), 'text/csv;charset=utf-8');
  };
  return (
    <section className="settings-panel" aria-label={t('settings.audit')}>
      <div className="form-row">
        <label>
          {t('settings.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('settings.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" className="touch" disabled={!audit.data?.length} onClick={() => audit.data && exportCsv(audit.data)} data-testid="audit-export">
          {t('settings.exportCsv')}
        </button>
      </div>
      <ErrorText error={audit.error} />
      <table className="settings-table" data-testid="audit-table">
        <thead>
          <tr>
            <th>{t('settings.when')}</th>
            <th>{t('settings.action')}</th>
            <th>{t('settings.outcomeTitle')}</th>
            <th>{t('settings.who')}</th>
            <th>{t('settings.approvedBy')}</th>
            <th>{t('settings.details')}</th>
          </tr>
        </thead>
        <tbody>
          {audit.data?.map((entry) => (
            <tr key={entry.id} data-testid={`audit-row-${entry.id}`}>
              <td>{formatDateTime(new Date(entry.at), locale)}</td>
              <td>{t(auditActionKey[entry.action])}</td>
              <td>{t(outcomeKey[entry.outcome])}</td>
              <td>{entry.actor ?? '—'}</td>
              <td>{entry.approver ?? '—'}</td>
              <td className="details">{details(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
