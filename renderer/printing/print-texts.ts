import type { TFunction } from 'i18next';
import type { PrintProblem, PrintState } from '../../shared/printing/printer-settings';

/** Written out, so every key stays findable in the source. */
const problemKey = {
  offline: 'printing.problem.offline',
  paperOut: 'printing.problem.paperOut',
  timeout: 'printing.problem.timeout',
  noReceipt: 'printing.problem.noReceipt',
  failed: 'printing.problem.failed',
} as const satisfies Record<PrintProblem, string>;

/** What a print came to, in the cashier's words; nothing where there was nothing to print. */
export function printStateText(t: TFunction, state: PrintState): string | undefined {
  switch (state.state) {
    case 'off':
      return undefined;
    case 'printing':
      return t('printing.state.printing');
    case 'printed':
      return t('printing.state.printed');
    case 'pdf':
      return t('printing.state.pdf');
    case 'failed':
      return t('printing.state.failed', { problem: t(problemKey[state.problem]) });
  }
}
