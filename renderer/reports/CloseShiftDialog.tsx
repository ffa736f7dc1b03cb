import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import { documentKindKey, journalStateKey } from '../../shared/i18n/document-keys';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { isUnexplained } from '../../shared/reports/report-rows';
import { comparisonTable } from '../../shared/reports/report-tables';
import { call, useKassaApi } from '../kassa-api';
import { useReconciliation, useReportsFollowJournal, useUnsettled } from '../queries/use-reports';
import { Dialog } from '../ui/Dialog';
import { MoneyField } from '../ui/MoneyField';
import { DifferenceExplanations } from './DifferenceExplanations';
import { QueryError } from './QueryError';
import { ReportTableView } from './ReportTableView';

interface Props {
  locale: Locale;
  currency: Currency;
  onClose: () => void;
  /** After the Z report: show it among the past ones. */
  onDone: (id: number) => void;
}

/**
 * The shift's close. First the documents still waiting for the device, and the dialog waits
 * while there are any (their fate decides the totals); then the journal's check against the
 * device, differences listed; then the Z report, which cannot be undone.
 */
export function CloseShiftDialog({ locale, currency, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  useReportsFollowJournal();
  const unsettled = useUnsettled(true);
  const waiting = unsettled.data ?? [];
  const settled = unsettled.isSuccess && waiting.length === 0;
  const reconciliation = useReconciliation();
  // The blind count: the manager counts the drawer without seeing what is expected there.
  const [counted, setCounted] = useState<number>();
  const close = useMutation({
    mutationFn: (countedCash: number) => call(api, 'report.z', { countedCash }),
    onSuccess: (record) => {
      void client.invalidateQueries({ queryKey: ['report.zList'] });
      onDone(record.id);
    },
    onSettled: () => {
      for (const key of ['shift.status', 'report.reconcile', 'report.controlTape', 'journal.unsettled']) void client.invalidateQueries({ queryKey: [key] });
    },
  });
  const money = (amount: number | null) => (amount === null ? '' : formatMoney(amount, currency, locale));
  const differences = reconciliation.data?.rows.filter(isUnexplained) ?? [];
  return (
    <Dialog title={t('reports.close.title')} onClose={onClose} wide>
      <div data-testid="close-shift-dialog">
        {!settled && (
          <div className="waiting" role="status" data-testid="close-waiting">
            <p>{t('reports.close.waiting')}</p>
            <ul className="detail-lines">
              {waiting.map((d) => (
                <li key={d.uuid}>
                  {t(documentKindKey[d.document.kind])} · {formatDateTime(new Date(d.createdAt), locale)} · {t(journalStateKey[d.state])} · {money(d.total)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {settled && (
          <>
            <p>{t('reports.close.ready')}</p>
            <QueryError error={reconciliation.error} />
            {reconciliation.data && (
              <p className={differences.length === 0 ? 'done-note' : 'notice'} data-testid="close-check">
                {differences.length === 0 ? t('reports.close.agree') : t('reports.close.differences', { count: differences.length })}
              </p>
            )}
            {reconciliation.data && <DifferenceExplanations rows={reconciliation.data.rows} locale={locale} currency={currency} />}
            {differences.length > 0 && <ReportTableView table={comparisonTable({ t, locale, currency }, 'close-differences', t('reports.table.reconciliation'), differences)} locale={locale} currency={currency} />}
            <div className="blind-count" data-testid="blind-count">
              <p className="hint">{t('till.count.hint')}</p>
              <MoneyField label={t('till.count.title')} value={counted ?? 0} onChange={setCounted} currency={currency} locale={locale} invalid={counted === undefined} testId="counted-cash" />
              {counted === undefined && <p className="hint">{t('till.count.needed')}</p>}
            </div>
          </>
        )}
        <QueryError error={close.error} />
        <div className="dialog-actions">
          <button type="button" className="touch" onClick={onClose}>
            {t('keypad.cancel')}
          </button>
          <button
            type="button"
            className="touch primary"
            disabled={!settled || !reconciliation.data || counted === undefined || close.isPending}
            onClick={() => counted !== undefined && close.mutate(counted)}
            data-testid="confirm-z"
          >
            {close.isPending ? t('reports.close.taking') : t('reports.close.confirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
