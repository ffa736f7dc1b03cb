import { vatPercent, type VatRate } from '../../../shared/fiscal/catalogue-types';
import type { OperationTotals, ShiftReport } from '../../../shared/fiscal/shift-report';
import type { ShiftTotalsAnswer, Turnover } from './answers';
import type { SectionTable } from './config';
import { parseMoney } from './wire-numbers';

const none: OperationTotals = { count: 0, total: 0, cash: 0, cashless: 0, bonus: 0, credit: 0, prepayment: 0, vat: [] };

/**
 * The register's shift totals (G) as our report. It splits turnover by section only: each
 * section's VAT is the rate of our tax group the installer mapped to it. A section no group maps to
 * keeps its turnover with no rate, so the comparison with the journal shows it. The tax is the
 * register's own sum per section. Null when a figure is unreadable.
 */
export function shiftReportOf(answer: ShiftTotalsAnswer, sections: SectionTable): ShiftReport | null {
  const groupOf = new Map<number, VatRate>();
  for (const [group, section] of Object.entries(sections) as [VatRate, { code: number }][]) groupOf.set(section.code, group);
  const turnover = (t: Turnover): { totals: OperationTotals; groups: Map<VatRate | null, number>; tax: number } | null => {
    const [total, cash, cashless] = [parseMoney(t.total), parseMoney(t.cash), parseMoney(t.cashless)];
    if (total === null || cash === null || cashless === null) return null;
    const groups = new Map<VatRate | null, number>();
    let tax = 0;
    for (const section of t.sections) {
      const gross = parseMoney(section.total);
      const vat = parseMoney(section.vat);
      if (gross === null || vat === null) return null;
      tax += vat;
      const group = groupOf.get(section.code) ?? null;
      groups.set(group, (groups.get(group) ?? 0) + gross);
    }
    const vat = [...groups].map(([group, gross]) => ({ percent: group ? vatPercent[group] : null, gross }));
    return { totals: { ...none, count: t.count, total, cash, cashless, vat }, groups, tax };
  };
  const sale = turnover(answer.sale);
  const moneyBack = turnover(answer.moneyBack);
  const rollback = turnover(answer.annul);
  const deposit = parseMoney(answer.deposit.sum);
  const withdraw = parseMoney(answer.withdrawal.sum);
  if (!sale || !moneyBack || !rollback || deposit === null || withdraw === null) return null;
  const period = { total: 0, vatable: 0, vatZero: 0, vatFree: 0 };
  let vatTotal = 0;
  for (const [sign, side] of [[1, sale], [-1, moneyBack], [-1, rollback]] as const) {
    for (const [group, gross] of side.groups) {
      period.total += sign * gross;
      if (group === null || group === 'vatFree') period.vatFree += sign * gross;
      else if (group === 'vat0') period.vatZero += sign * gross;
      else period.vatable += sign * gross;
    }
    vatTotal += sign * side.tax;
  }
  return {
    currency: 'BYN',
    ...(answer.shiftNumber === null || answer.shiftNumber === undefined ? {} : { reportNumber: String(answer.shiftNumber) }),
    ...(answer.shiftOpenedAt ? { shiftOpenedAt: answer.shiftOpenedAt } : {}),
    ...(answer.dateTime ? { createdAt: answer.dateTime } : {}),
    ...(answer.firstCheck ? { firstDocumentNumber: answer.firstCheck } : {}),
    ...(answer.lastCheck ? { lastDocumentNumber: answer.lastCheck } : {}),
    sale: sale.totals,
    moneyBack: moneyBack.totals,
    rollback: rollback.totals,
    correction: none,
    creditPay: none,
    prepayment: none,
    deposit: { count: answer.deposit.count, total: deposit },
    withdraw: { count: answer.withdrawal.count, total: withdraw },
    period,
    vatTotal,
  };
}
