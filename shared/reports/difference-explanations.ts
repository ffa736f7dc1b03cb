import { operationSections, isUnexplained, type CountingDifference, type ReconciliationRow, type ReportSection } from './report-rows';

/**
 * What the manager is told about the differences between the journal and the device, in two
 * kinds that must never be confused: the device counts something its own way (a known, named
 * difference: nothing is missing), or a document is missing or different (look for it).
 * `count` and `amount` are the device's figure minus the journal's.
 */
export type DifferenceExplanation =
  | { kind: 'countedDifferently'; way: CountingDifference; count: number; amount: number }
  | { kind: 'documentsDiffer'; section: ReportSection; count: number; amount: number };

/** Sections made of documents; the turnover and the document numbers follow from them. */
const documentSections: readonly ReportSection[] = [...operationSections, 'deposit', 'withdraw'];

const deviceMinusJournal = (row: ReconciliationRow | undefined) => (row ? (row.device ?? 0) - (row.journal ?? 0) : 0);

export function explainDifferences(rows: readonly ReconciliationRow[]): DifferenceExplanation[] {
  const explanations: DifferenceExplanation[] = [];
  const ways = new Set(rows.flatMap((row) => (row.differs && row.countedDifferently ? [row.countedDifferently] : [])));
  for (const way of ways) {
    const of = (figure: ReconciliationRow['figure']) => rows.find((row) => row.countedDifferently === way && row.figure === figure && row.section === 'deposit');
    explanations.push({ kind: 'countedDifferently', way, count: Math.abs(deviceMinusJournal(of('count'))), amount: Math.abs(deviceMinusJournal(of('total'))) });
  }
  const unexplained = rows.filter(isUnexplained);
  const sections = [...new Set(unexplained.map((row) => row.section))];
  const byDocuments = sections.filter((section) => documentSections.includes(section));
  // Turnover or numbers differing alone still mean a document differs; beside a section that differs they say nothing more.
  for (const section of byDocuments.length > 0 ? byDocuments : sections) {
    const of = (figure: ReconciliationRow['figure']) => unexplained.find((row) => row.section === section && row.figure === figure);
    explanations.push({ kind: 'documentsDiffer', section, count: deviceMinusJournal(of('count')), amount: deviceMinusJournal(of('total')) });
  }
  return explanations;
}
