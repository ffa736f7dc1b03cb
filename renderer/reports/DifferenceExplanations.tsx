import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { explainDifferences, type DifferenceExplanation } from '../../shared/reports/difference-explanations';
import { sectionKey } from '../../shared/reports/labels';
import type { ReconciliationRow } from '../../shared/reports/report-rows';

const headingKey = { countedDifferently: 'reports.explanation.countedDifferently', documentsDiffer: 'reports.explanation.documentsDiffer' } as const;
const countingKey = { openingFloatAsDeposit: 'reports.explanation.openingFloatAsDeposit', openingFloatNotBooked: 'reports.explanation.openingFloatNotBooked' } as const;
const documentsKey = { deviceMore: 'reports.explanation.deviceMore', journalMore: 'reports.explanation.journalMore', sameCount: 'reports.explanation.sameCount' } as const;

/**
 * The differences of a check told in the manager's words, in two groups never mixed: what the
 * device counts its own way (nothing is missing), and what points to a missing or different document.
 */
export function DifferenceExplanations({ rows, locale, currency }: { rows: readonly ReconciliationRow[]; locale: Locale; currency: Currency }) {
  const { t } = useTranslation();
  const explanations = explainDifferences(rows);
  const money = (amount: number) => formatMoney(Math.abs(amount), currency, locale);
  const sentence = (e: DifferenceExplanation): string => {
    switch (e.kind) {
      case 'countedDifferently':
        return t(countingKey[e.way], { amount: money(e.amount) });
      case 'documentsDiffer': {
        const key = e.count > 0 ? 'deviceMore' : e.count < 0 ? 'journalMore' : 'sameCount';
        return t(documentsKey[key], { section: t(sectionKey[e.section]), count: Math.abs(e.count), amount: money(e.amount) });
      }
    }
  };
  const group = (kind: DifferenceExplanation['kind'], className: string) => {
    const list = explanations.filter((e) => e.kind === kind);
    if (list.length === 0) return null;
    return (
      <section className={className} data-testid={`explanations-${kind}`}>
        <h3>{t(headingKey[kind])}</h3>
        <ul>
          {list.map((e) => (
            <li key={e.kind === 'countedDifferently' ? e.way : e.section}>{sentence(e)}</li>
          ))}
        </ul>
      </section>
    );
  };
  return (
    <>
      {group('documentsDiffer', 'notice')}
      {group('countedDifferently', 'muted')}
    </>
  );
}
