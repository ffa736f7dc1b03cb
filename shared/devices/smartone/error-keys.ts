/**
 * The SmartOne refusals a cashier can act on, each with an explanation and an action in
 * locales/errors.*.ts. A code whose meaning depends on the route is written `<route>.<code>`
 * (electron/devices/smartone/errors.ts). Keys are written out so each can be found in the source.
 */
export const smartOneErrorKeys = {
  '1': { explanation: 'smartone.errors.c1.explanation', action: 'smartone.errors.c1.action' },
  '6': { explanation: 'smartone.errors.c6.explanation', action: 'smartone.errors.c6.action' },
  '7': { explanation: 'smartone.errors.c7.explanation', action: 'smartone.errors.c7.action' },
  '8': { explanation: 'smartone.errors.c8.explanation', action: 'smartone.errors.c8.action' },
  'withdraw.9': { explanation: 'smartone.errors.withdraw9.explanation', action: 'smartone.errors.withdraw9.action' },
  '11': { explanation: 'smartone.errors.c11.explanation', action: 'smartone.errors.c11.action' },
  '12': { explanation: 'smartone.errors.c12.explanation', action: 'smartone.errors.c12.action' },
  '13': { explanation: 'smartone.errors.c13.explanation', action: 'smartone.errors.c13.action' },
  '16': { explanation: 'smartone.errors.c12.explanation', action: 'smartone.errors.c12.action' },
  '18': { explanation: 'smartone.errors.c18.explanation', action: 'smartone.errors.c18.action' },
  '19': { explanation: 'smartone.errors.c19.explanation', action: 'smartone.errors.c19.action' },
  '22': { explanation: 'smartone.errors.c22.explanation', action: 'smartone.errors.c22.action' },
  '24': { explanation: 'smartone.errors.c24.explanation', action: 'smartone.errors.c24.action' },
  '26': { explanation: 'smartone.errors.c26.explanation', action: 'smartone.errors.c26.action' },
  '27': { explanation: 'smartone.errors.c27.explanation', action: 'smartone.errors.c27.action' },
  '36': { explanation: 'smartone.errors.c36.explanation', action: 'smartone.errors.c36.action' },
} as const;

/** The cashier's explanation of a SmartOne refusal code, or null when it is for the manager or support. */
export function smartOneCashierExplanation(code: string): { explanation: string; action: string } | null {
  return Object.hasOwn(smartOneErrorKeys, code) ? smartOneErrorKeys[code as keyof typeof smartOneErrorKeys] : null;
}
