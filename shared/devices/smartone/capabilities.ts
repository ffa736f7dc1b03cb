import type { DeviceCapabilities } from '../capabilities';

/**
 * SmartOne Cashbox on an AzSmart device (drivers/smartone.md). Only routes whose request bodies
 * the documents show are on: no advance receipt (/prepay) nor its spending, no correction, no
 * refund of an advance or a credit payment, no manual refund, no drawer (no route), no control
 * tape (/control_tape's body is unknown). The periodic report's body is INTEK's; its answer is
 * read as figures by the device's names. A lost answer is settled by /check_status on our
 * documentExtID before any re-send.
 */
export const smartOneCapabilities = {
  documentKinds: ['sale', 'moneyBack', 'creditPay', 'deposit', 'withdraw', 'rollBack', 'closeShift'],
  refundTypes: ['sale'],
  tenders: ['cash', 'card', 'bonus', 'credit'],
  cashDrawer: false,
  printsItself: true,
  reports: ['x', 'periodic', 'reprint'],
  currency: 'AZN',
  minorUnit: 100,
  timeZone: 'Asia/Baku',
  taxSource: 'fixed',
  taxGroups: ['vat18', 'tradeVat18', 'vatFree', 'vat0', 'simplified2', 'simplified8'],
  excise: false,
  shiftHours: 24,
  cashRounding: 'none',
  recovery: 'lookup',
  asyncCompletion: false,
} as const satisfies DeviceCapabilities;
