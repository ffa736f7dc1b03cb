import type { FlowProblem } from '../../shared/flows/problems';

/** Written out so each translation key can be found in the source. */
export const flowProblemKey = {
  creditTermsMissing: 'flows.problems.creditTermsMissing',
  creditUnknown: 'flows.problems.creditUnknown',
  creditOverpaid: 'flows.problems.creditOverpaid',
  creditResidue: 'flows.problems.creditResidue',
  advanceMissing: 'flows.problems.advanceMissing',
  advanceUnknown: 'flows.problems.advanceUnknown',
  advanceExceeded: 'flows.problems.advanceExceeded',
  advanceVat: 'flows.problems.advanceVat',
  prepaymentLines: 'flows.problems.prepaymentLines',
  refundType: 'flows.problems.refundType',
  refundExceeded: 'flows.problems.refundExceeded',
  refundTenders: 'flows.problems.refundTenders',
  correctionPeriod: 'flows.problems.correctionPeriod',
  correctionEmpty: 'flows.problems.correctionEmpty',
  parentUnknown: 'flows.problems.parentUnknown',
  parentNotDone: 'flows.problems.parentNotDone',
} as const satisfies Record<FlowProblem, `flows.problems.${FlowProblem}`>;
