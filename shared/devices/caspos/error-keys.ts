/**
 * The Caspos codes a cashier can understand and act on at the counter; each has an explanation
 * and an action in locales/errors.*.ts. The others go to the manager or support with the
 * device's own text. Keys are written out so every one of them can be found in the source.
 */
export const casposErrorKeys = {
  401: { explanation: 'caspos.errors.c401.explanation', action: 'caspos.errors.c401.action' },
  403: { explanation: 'caspos.errors.c403.explanation', action: 'caspos.errors.c403.action' },
  404: { explanation: 'caspos.errors.c404.explanation', action: 'caspos.errors.c404.action' },
  405: { explanation: 'caspos.errors.c405.explanation', action: 'caspos.errors.c405.action' },
  503: { explanation: 'caspos.errors.c503.explanation', action: 'caspos.errors.c503.action' },
  504: { explanation: 'caspos.errors.c504.explanation', action: 'caspos.errors.c504.action' },
  604: { explanation: 'caspos.errors.c604.explanation', action: 'caspos.errors.c604.action' },
  607: { explanation: 'caspos.errors.c607.explanation', action: 'caspos.errors.c607.action' },
  610: { explanation: 'caspos.errors.c610.explanation', action: 'caspos.errors.c610.action' },
  611: { explanation: 'caspos.errors.c611.explanation', action: 'caspos.errors.c611.action' },
  613: { explanation: 'caspos.errors.c613.explanation', action: 'caspos.errors.c613.action' },
  614: { explanation: 'caspos.errors.c614.explanation', action: 'caspos.errors.c614.action' },
  616: { explanation: 'caspos.errors.c616.explanation', action: 'caspos.errors.c616.action' },
  622: { explanation: 'caspos.errors.c622.explanation', action: 'caspos.errors.c622.action' },
  627: { explanation: 'caspos.errors.c627.explanation', action: 'caspos.errors.c627.action' },
  628: { explanation: 'caspos.errors.c628.explanation', action: 'caspos.errors.c628.action' },
  629: { explanation: 'caspos.errors.c629.explanation', action: 'caspos.errors.c629.action' },
  638: { explanation: 'caspos.errors.c638.explanation', action: 'caspos.errors.c638.action' },
  639: { explanation: 'caspos.errors.c639.explanation', action: 'caspos.errors.c639.action' },
  646: { explanation: 'caspos.errors.c646.explanation', action: 'caspos.errors.c646.action' },
  648: { explanation: 'caspos.errors.c648.explanation', action: 'caspos.errors.c648.action' },
} as const;

export type CashierFacingCode = keyof typeof casposErrorKeys;

/**
 * Refusals real devices word without a code the document names (field notes): matched by their
 * text, lower case, whatever code comes with it (a second openShift: 503 on one device, 999 on another).
 */
export const casposTextExplanations = [
  { text: 'növbə artıq açıqdır', explanation: { explanation: 'caspos.errors.shiftAlreadyOpen.explanation', action: 'caspos.errors.shiftAlreadyOpen.action' } },
] as const;

export function isCashierFacing(code: number): code is CashierFacingCode {
  return code in casposErrorKeys;
}

/** The cashier's explanation of a Caspos refusal code given as text, or null when it is for the manager or support. */
export function casposCashierExplanation(code: string): { explanation: string; action: string } | null {
  const number = Number(code);
  return Number.isInteger(number) && isCashierFacing(number) ? casposErrorKeys[number] : null;
}
