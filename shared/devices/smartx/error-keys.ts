import type { CashierExplanation } from '../../devices/refusal';

/**
 * The SmartX result codes a cashier meets at the counter; each has an explanation and an action
 * under `smartx.errors.c<code>` in locales/errors.*.ts. Other codes go to the manager or support
 * with the register's own text.
 */
export const cashierFacingCodes = [399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 414, 415, 416, 418, 435] as const;

export type CashierFacingCode = (typeof cashierFacingCodes)[number];

/** The i18n keys of a cashier-facing code's explanation and action. */
export function smartxErrorKeys<Code extends CashierFacingCode>(code: Code) {
  return { explanation: `smartx.errors.c${code}.explanation`, action: `smartx.errors.c${code}.action` } as const;
}

function isCashierFacing(code: number): code is CashierFacingCode {
  return (cashierFacingCodes as readonly number[]).includes(code);
}

/** The cashier's explanation of a SmartX result code given as text, or null when it is for the manager or support. */
export function smartxCashierExplanation(code: string): CashierExplanation | null {
  const number = Number(code);
  return isCashierFacing(number) ? smartxErrorKeys(number) : null;
}
