import type { SimReceipt } from './memory';
import type { SimTax } from './tax-table';

/** The drawer as the service keeps it per shift (BalanceModel); kopecks. */
export interface Balance {
  initial: number;
  balance: number;
  cash_sales: number;
  card_sales: number;
  cash_returns: number;
  card_returns: number;
  service_in: number;
  service_out: number;
}

/** A receipt counts once the service has it, unless its fiscalisation failed (ERROR). */
function counted(receipts: readonly SimReceipt[]): SimReceipt[] {
  return receipts.filter((receipt) => receipt.status !== 'ERROR');
}

function paidBy(receipt: SimReceipt, type: 'CASH' | 'CASHLESS'): number {
  const paid = receipt.payments.filter((p) => p.type === type).reduce((s, p) => s + p.value, 0);
  // Change comes out of the cash only.
  return type === 'CASH' ? paid - (receipt.math?.rest ?? 0) : paid;
}

export function balanceOf(receipts: readonly SimReceipt[]): Balance {
  const b: Balance = { initial: 0, balance: 0, cash_sales: 0, card_sales: 0, cash_returns: 0, card_returns: 0, service_in: 0, service_out: 0 };
  for (const receipt of counted(receipts)) {
    switch (receipt.type) {
      case 'SELL':
        b.cash_sales += paidBy(receipt, 'CASH');
        b.card_sales += paidBy(receipt, 'CASHLESS');
        break;
      case 'RETURN':
        b.cash_returns += paidBy(receipt, 'CASH');
        b.card_returns += paidBy(receipt, 'CASHLESS');
        break;
      case 'SERVICE_IN':
        b.service_in += receipt.serviceValue;
        break;
      case 'SERVICE_OUT':
        b.service_out += -receipt.serviceValue;
        break;
    }
  }
  b.balance = b.initial + b.cash_sales - b.cash_returns + b.service_in - b.service_out;
  return b;
}

/** The X or Z report's figures (ReportModel without its id, serial and dates), from the shift's receipts. */
export function reportFigures(receipts: readonly SimReceipt[], table: readonly SimTax[]): Record<string, unknown> {
  const list = counted(receipts);
  const payments = (['CASH', 'CASHLESS'] as const).map((type, index) => {
    const sum = (kind: SimReceipt['type']) => list.filter((r) => r.type === kind).reduce((s, r) => s + paidBy(r, type), 0);
    const service = (kind: 'SERVICE_IN' | 'SERVICE_OUT') => (type === 'CASH' ? list.filter((r) => r.type === kind).reduce((s, r) => s + Math.abs(r.serviceValue), 0) : 0);
    return {
      id: `00000000-0000-4000-9000-00000000000${index}`,
      code: index,
      type,
      label: type === 'CASH' ? 'Готівка' : 'Картка',
      sell_sum: sum('SELL'),
      return_sum: sum('RETURN'),
      service_in: service('SERVICE_IN'),
      service_out: service('SERVICE_OUT'),
      cash_withdrawal: 0,
      cash_withdrawal_commission: 0,
    };
  });
  const taxes = table.map((tax) => {
    const totals = { sell_sum: 0, return_sum: 0, sales_turnover: 0, returns_turnover: 0 };
    for (const receipt of list) {
      const row = receipt.math?.taxes.find((t) => t.tax.code === tax.code);
      if (!row) continue;
      if (receipt.type === 'SELL') {
        totals.sell_sum += row.value;
        totals.sales_turnover += row.turnover;
      } else if (receipt.type === 'RETURN') {
        totals.return_sum += row.value;
        totals.returns_turnover += row.turnover;
      }
    }
    return { id: tax.id, code: tax.code, label: tax.label, symbol: tax.symbol, rate: tax.rate, ...totals, no_vat: tax.no_vat, created_at: tax.created_at, setup_date: tax.created_at };
  });
  const discountTotals = { discounts_sum: 0, extra_charge_sum: 0 };
  for (const receipt of list) {
    const all = [...(receipt.math?.goods.flatMap((g) => g.discounts) ?? []), ...(receipt.math?.receiptDiscounts ?? [])];
    for (const d of all) {
      if (d.sum < 0) discountTotals.discounts_sum += -d.sum;
      else discountTotals.extra_charge_sum += d.sum;
    }
  }
  const balance = balanceOf(receipts);
  return {
    payments,
    taxes,
    sell_receipts_count: list.filter((r) => r.type === 'SELL').length,
    return_receipts_count: list.filter((r) => r.type === 'RETURN').length,
    cash_withdrawal_receipts_count: 0,
    transfers_count: 0,
    transfers_sum: 0,
    balance: balance.balance,
    initial: balance.initial,
    ...discountTotals,
  };
}
