import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import { documentKindKey } from '../../shared/i18n/document-keys';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import type { AnswerMismatch } from '../../shared/reports/answer-mismatch';

/**
 * Documents the device did, but whose answer does not fit them: the manager compares them with
 * the device's own records (its control tape) before trusting the shift's figures.
 */
export function AnswerMismatches({ mismatches, locale, currency }: { mismatches: readonly AnswerMismatch[]; locale: Locale; currency: Currency }) {
  const { t } = useTranslation();
  if (mismatches.length === 0) return null;
  const money = (amount: number | null) => (amount === null ? '—' : formatMoney(amount, currency, locale));
  return (
    <section className="answer-mismatches" data-testid="answer-mismatches">
      <h3 className="notice" role="alert">
        {t('health.mismatch.title', { count: mismatches.length })}
      </h3>
      <p className="muted">{t('health.mismatch.explain')}</p>
      <table className="problems">
        <tbody>
          {mismatches.map((m) => (
            <tr key={m.uuid} data-testid="answer-mismatch">
              <td>{formatDateTime(new Date(m.createdAt), locale)}</td>
              <td>{t(documentKindKey[m.kind])}</td>
              <td>
                {m.totalDiffers && <div>{t('health.mismatch.total', { document: money(m.documentTotal), device: money(m.deviceTotal) })}</div>}
                {m.earlierUuid !== null && <div>{t('health.mismatch.reusedId', { id: m.deviceDocumentId ?? '—', earlier: m.earlierUuid })}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
