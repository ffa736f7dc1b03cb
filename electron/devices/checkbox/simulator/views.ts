import type { SimReceipt, SimReport, SimShift } from './memory';
import type { SimTax } from './tax-table';

/** The tax service's fiscal number of a transaction, as the test environment gives them: TEST-xxxxxx. */
export function fiscalCode(serial: number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let n = serial * 7919 + 104_729;
  let code = '';
  for (let i = 0; i < 6; i += 1) {
    code += alphabet[n % alphabet.length];
    n = Math.floor(n / alphabet.length);
  }
  return `TEST-${code}`;
}

/** The tax service's check page of the receipt: what the printed QR code holds. Never fetched. */
export function taxUrl(fiscalNumber: string, receipt: SimReceipt): string {
  const date = receipt.createdAt.slice(0, 10).replaceAll('-', '');
  return `https://cabinet.tax.gov.ua/cashregs/check?fn=${fiscalNumber}&id=${receipt.fiscalCode}&sm=${(receipt.math?.total ?? Math.abs(receipt.serviceValue)) / 100}&date=${date}`;
}

function transaction(type: string, serial: number, status: string, at: string, code: string | null, error: string | null) {
  return {
    id: `00000000-0000-4000-a000-${String(serial).padStart(12, '0')}`,
    type,
    serial,
    status,
    request_signed_at: status === 'DONE' ? at : null,
    request_received_at: status === 'DONE' ? at : null,
    response_status: status === 'DONE' ? 'OK' : status === 'ERROR' ? 'ERROR' : null,
    response_error_message: error,
    response_id: status === 'DONE' ? code : null,
    offline_id: null,
    created_at: at,
    updated_at: at,
    previous_hash: null,
  };
}

function taxRows(receipt: SimReceipt) {
  return (receipt.math?.taxes ?? []).map((t) => ({ ...t.tax, updated_at: null, value: t.value, extra_value: t.extraValue }));
}

/** A receipt as GET /receipts/{id} answers it (ReceiptModel, the seed's example shape). */
export function renderReceipt(receipt: SimReceipt, context: { shift: unknown; taxUrl: string }) {
  const done = receipt.status === 'DONE';
  // An offline receipt is DONE at once; its transaction stays PENDING until the register is back online.
  const transactionStatus = receipt.status === 'CREATED' || (receipt.offline && !receipt.delivered) ? 'PENDING' : receipt.status;
  const math = receipt.math;
  const total = math?.total ?? Math.abs(receipt.serviceValue);
  return {
    id: receipt.id,
    type: receipt.type,
    transaction: transaction('RECEIPT', receipt.serial + 1000, transactionStatus, receipt.createdAt, receipt.fiscalCode, receipt.status === 'ERROR' ? receipt.error : null),
    serial: receipt.serial,
    status: receipt.status,
    goods: receipt.goods.map((good, index) => ({
      good: { code: good.good.code, barcode: good.good.barcode ?? null, name: good.good.name, price: good.good.price },
      good_id: null,
      sum: math?.goods[index]?.gross ?? 0,
      quantity: good.quantity,
      is_return: good.is_return,
      taxes: (good.good.tax ?? []).map((code) => taxRows(receipt).find((t) => t.code === code)).filter((t) => t !== undefined),
      discounts: (math?.goods[index]?.discounts ?? []).map((d) => ({ ...d.payload, tax_code: d.payload.tax_code ?? null, tax_codes: d.payload.tax_codes ?? null, name: d.payload.name ?? null, sum: d.sum })),
    })),
    payments: receipt.payments,
    total_sum: total,
    total_payment: math?.paid ?? Math.abs(receipt.serviceValue),
    total_rest: math?.rest ?? 0,
    round_sum: math?.roundSum ?? 0,
    fiscal_code: done ? receipt.fiscalCode : null,
    fiscal_date: done ? receipt.createdAt : null,
    delivered_at: done ? receipt.createdAt : null,
    created_at: receipt.createdAt,
    updated_at: receipt.createdAt,
    taxes: taxRows(receipt),
    discounts: (math?.receiptDiscounts ?? []).map((d) => ({ ...d.payload, tax_code: d.payload.tax_code ?? null, tax_codes: d.payload.tax_codes ?? null, name: d.payload.name ?? null, sum: d.sum })),
    order_id: null,
    header: null,
    footer: null,
    barcode: null,
    custom: null,
    is_created_offline: receipt.offline === true,
    is_sent_dps: done,
    sent_dps_at: done ? receipt.createdAt : null,
    tax_url: done ? context.taxUrl : null,
    related_receipt_id: receipt.relatedReceiptId,
    technical_return: false,
    currency_exchange: null,
    shift: context.shift,
    control_number: null,
  };
}

/** A report as POST /reports or a shift's `z_report` gives it (ReportModel). */
export function renderReport(report: SimReport, figures: Record<string, unknown>): Record<string, unknown> {
  return { id: report.id, serial: report.serial, is_z_report: report.isZ, ...figures, created_at: report.createdAt, updated_at: null };
}

/** A shift as GET /shifts/{id} and GET /cashier/shift answer it (ShiftWithCashierAndCashRegister). */
export function renderShift(
  shift: SimShift,
  context: { zReport: Record<string, unknown> | null; balance: Record<string, unknown>; taxes: readonly SimTax[]; register: Record<string, unknown>; cashier: Record<string, unknown> },
) {
  const openStatus = shift.status === 'CREATED' ? 'PENDING' : shift.openError ? 'ERROR' : 'DONE';
  const closing = shift.closeCode === null ? null : transaction('Z_REPORT', shift.serial * 2 + 1, shift.status === 'CLOSING' ? 'PENDING' : shift.closeError ? 'ERROR' : 'DONE', shift.closedAt ?? shift.createdAt, shift.closeCode, shift.closeError);
  return {
    id: shift.id,
    serial: shift.serial,
    status: shift.status,
    z_report: context.zReport,
    opened_at: shift.openedAt,
    closed_at: shift.closedAt,
    initial_transaction: transaction('SHIFT_OPEN', shift.serial * 2, openStatus, shift.createdAt, shift.openCode, shift.openError),
    closing_transaction: closing,
    created_at: shift.createdAt,
    updated_at: shift.closedAt ?? shift.openedAt,
    balance: context.balance,
    taxes: context.taxes.map((t) => ({ ...t, updated_at: null, sales: 0, returns: 0, sales_turnover: 0, returns_turnover: 0 })),
    emergency_close: false,
    emergency_close_details: null,
    cash_register: context.register,
    cashier: context.cashier,
  };
}
