import type { CapabilityNeed } from '../devices/capability-need';
import { documentKindKey } from './document-keys';

/** Written out so each translation key can be found in the source: what a refusal names. */
export const capabilityNeedKey = {
  'document.sale': documentKindKey.sale,
  'document.moneyBack': documentKindKey.moneyBack,
  'document.creditPay': documentKindKey.creditPay,
  'document.prepayment': documentKindKey.prepayment,
  'document.deposit': documentKindKey.deposit,
  'document.withdraw': documentKindKey.withdraw,
  'document.correction': documentKindKey.correction,
  'document.rollBack': documentKindKey.rollBack,
  'document.closeShift': documentKindKey.closeShift,
  'tender.cash': 'payment.tender.cash',
  'tender.card': 'payment.tender.card',
  'tender.bonus': 'payment.tender.bonus',
  'tender.credit': 'payment.tender.credit',
  'tender.prepayment': 'payment.tender.prepayment',
  'refund.sale': 'capabilities.refund.sale',
  'refund.prepayment': 'capabilities.refund.prepayment',
  'refund.creditPay': 'capabilities.refund.creditPay',
  'report.x': 'capabilities.report.x',
  'report.periodic': 'capabilities.report.periodic',
  'report.controlTape': 'capabilities.report.controlTape',
  'report.reprint': 'capabilities.report.reprint',
  cashDrawer: 'capabilities.cashDrawer',
} as const satisfies Record<CapabilityNeed, string>;
