import type { DeviceCapabilities } from '../capabilities';

/**
 * iKassa SmartX in HTTP server mode (spec drivers/smartx.md): sales, cash and card refunds of a
 * sale, cash in and out, annulment of the shift's last receipt and the Z report. VAT comes from
 * the register's sections, mapped per device. It never de-duplicates our operationId, so a lost
 * answer is settled by OPERATION_ID first. Not offered, as nothing we hold names them: credit,
 * advances, corrections, a periodic report, a reprint, the control tape's contents (CONTROL_TAPE
 * only prints) and opening the drawer.
 */
export const smartxCapabilities = {
  documentKinds: ['sale', 'moneyBack', 'deposit', 'withdraw', 'rollBack', 'closeShift'],
  refundTypes: ['sale'],
  tenders: ['cash', 'card'],
  cashDrawer: false,
  printsItself: true,
  reports: ['x'],
  currency: 'BYN',
  minorUnit: 100,
  timeZone: 'Europe/Minsk',
  taxSource: 'device',
  // Belarus's groups; each needs a section in the device's table, else build() refuses the line.
  taxGroups: ['vat20', 'vat10', 'vat0', 'vatFree'],
  excise: false,
  shiftHours: 24,
  cashRounding: 'none',
  recovery: 'lookup',
  asyncCompletion: false,
} as const satisfies DeviceCapabilities;
