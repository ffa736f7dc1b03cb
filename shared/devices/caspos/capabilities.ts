import type { DeviceCapabilities } from '../capabilities';

/**
 * Caspos Mobile (the API document, seeds/000): every document kind and refund type, every
 * tender, a drawer and a printer of its own, all four reports, and de-duplication of our
 * documentUUID (code 1), so a lost answer is settled by sending the same bytes again.
 */
export const casposCapabilities = {
  documentKinds: ['sale', 'moneyBack', 'creditPay', 'prepayment', 'deposit', 'withdraw', 'correction', 'rollBack', 'closeShift'],
  refundTypes: ['sale', 'prepayment', 'creditPay'],
  tenders: ['cash', 'card', 'bonus', 'credit', 'prepayment'],
  cashDrawer: true,
  printsItself: true,
  reports: ['x', 'periodic', 'controlTape', 'reprint'],
  currency: 'AZN',
  minorUnit: 100,
  timeZone: 'Asia/Baku',
  taxSource: 'fixed',
  taxGroups: ['vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8'],
  excise: false,
  shiftHours: 24,
  cashRounding: 'none',
  recovery: 'resend',
  asyncCompletion: false,
} as const satisfies DeviceCapabilities;
