import type { CashierExplanation } from '../../devices/refusal';

/**
 * The SmartX result codes a cashier meets at the counter; each has an explanation and an action
 * in locales/errors.*.ts. Other codes go to the manager or support with the register's own text.
 * Keys are written out so every one of them can be found in the source.
 */
export const smartxErrorKeys = {
  399: { explanation: 'smartx.errors.c399.explanation', action: 'smartx.errors.c399.action' },
  400: { explanation: 'smartx.errors.c400.explanation', action: 'smartx.errors.c400.action' },
  401: { explanation: 'smartx.errors.c401.explanation', action: 'smartx.errors.c401.action' },
  402: { explanation: 'smartx.errors.c402.explanation', action: 'smartx.errors.c402.action' },
  403: { explanation: 'smartx.errors.c403.explanation', action: 'smartx.errors.c403.action' },
  404: { explanation: 'smartx.errors.c404.explanation', action: 'smartx.errors.c404.action' },
  405: { explanation: 'smartx.errors.c405.explanation', action: 'smartx.errors.c405.action' },
  406: { explanation: 'smartx.errors.c406.explanation', action: 'smartx.errors.c406.action' },
  407: { explanation: 'smartx.errors.c407.explanation', action: 'smartx.errors.c407.action' },
  408: { explanation: 'smartx.errors.c408.explanation', action: 'smartx.errors.c408.action' },
  409: { explanation: 'smartx.errors.c409.explanation', action: 'smartx.errors.c409.action' },
  410: { explanation: 'smartx.errors.c410.explanation', action: 'smartx.errors.c410.action' },
  411: { explanation: 'smartx.errors.c411.explanation', action: 'smartx.errors.c411.action' },
  412: { explanation: 'smartx.errors.c412.explanation', action: 'smartx.errors.c412.action' },
  414: { explanation: 'smartx.errors.c414.explanation', action: 'smartx.errors.c414.action' },
  415: { explanation: 'smartx.errors.c415.explanation', action: 'smartx.errors.c415.action' },
  416: { explanation: 'smartx.errors.c416.explanation', action: 'smartx.errors.c416.action' },
  418: { explanation: 'smartx.errors.c418.explanation', action: 'smartx.errors.c418.action' },
  435: { explanation: 'smartx.errors.c435.explanation', action: 'smartx.errors.c435.action' },
} as const;

type CashierFacingCode = keyof typeof smartxErrorKeys;

function isCashierFacing(code: number): code is CashierFacingCode {
  return code in smartxErrorKeys;
}

/** The cashier's explanation of a SmartX result code given as text, or null when it is for the manager or support. */
export function smartxCashierExplanation(code: string): CashierExplanation | null {
  const number = Number(code);
  return Number.isInteger(number) && isCashierFacing(number) ? smartxErrorKeys[number] : null;
}
