import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { formatDeviceTime } from '../device-time';
import type { BookedDocument, BookedRoute, FiscalMemory } from './memory';
import { bookedTenders, checkReceipt } from './receipt-checks';
import { Refusal, refuse } from './refusal';
import { drawerCash, shiftFigures } from './reports';
import {
  CashRequest,
  CloseShiftRequest,
  CopyRequest,
  CreditPayRequest,
  DatesReportRequest,
  ReportDate,
  RefundRequest,
  RollbackRequest,
  SaleRequest,
  StatusRequest,
  XReportRequest,
} from './requests';
import { checkItemTaxes, taxesOf } from './taxes';

export type DeviceAnswer = Record<string, unknown> & { status: 'success' | 'error'; code: number };

export interface TrainingSettings {
  /** The real device refuses a Z with cash in the drawer (code 27) until it is withdrawn. */
  collectCashBeforeZ: boolean;
  shiftHours: number;
}

export const defaultTrainingSettings: TrainingSettings = { collectCashBeforeZ: true, shiftHours: 24 };

/**
 * Faults of the document's lifecycle staged by tests: "still processing" (44) for N lookups, a
 * committed key the index loses, and N documents answered while still open (docStatus 0).
 */
export interface LookupFaults {
  processing: number;
  loseNextKey: boolean;
  openAnswers: number;
}

const ok = (fields: Record<string, unknown> = {}): DeviceAnswer => ({ status: 'success', code: 0, ...fields });

function parse<S extends z.ZodType>(schema: S, json: unknown): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    refuse(3, `required parameters missing or invalid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}

/**
 * The SmartOne Cashbox training device: the routes of the spec over a fiscal memory, with the
 * checks a real device makes (spec §7). Each call is all or nothing: a refused document leaves
 * no trace. `json` is the request's decoded `data`, already signature-checked by the server.
 */
export class SmartOneDevice {
  readonly settings: TrainingSettings;
  readonly lookupFaults: LookupFaults = { processing: 0, loseNextKey: false, openAnswers: 0 };

  constructor(
    readonly memory: FiscalMemory,
    private readonly now: () => Date,
    settings: Partial<TrainingSettings> = {},
  ) {
    this.settings = { ...defaultTrainingSettings, ...settings };
  }

  handle(route: string, json: unknown, text: string): DeviceAnswer {
    try {
      return this.dispatch(route, json, text);
    } catch (error) {
      if (error instanceof Refusal) return { status: 'error', code: error.code, message: error.message };
      throw error;
    }
  }

  private dispatch(route: string, json: unknown, text: string): DeviceAnswer {
    switch (route) {
      case 'sale':
        return this.sale(parse(SaleRequest, json), text);
      case 'refund':
        return this.refund(parse(RefundRequest, json), text);
      case 'rollback':
        return this.rollback(parse(RollbackRequest, json), text);
      case 'creditpay':
        return this.creditPay(parse(CreditPayRequest, json), text);
      case 'deposit':
      case 'withdraw':
        return this.cash(route, parse(CashRequest, json), text);
      case 'open_shift':
        return this.openShift();
      case 'close_shift':
        // No open orders are ever left on the training device, so check, delete and renew all close.
        parse(CloseShiftRequest, json);
        return this.closeShift();
      case 'check_shift':
        return this.checkShift();
      case 'x_report':
        return this.xReport(parse(XReportRequest, json).shiftID);
      case 'dates_report':
        return this.datesReport(parse(DatesReportRequest, json));
      case 'check_status':
        return this.checkStatus(parse(StatusRequest, json));
      case 'check_copy':
        return this.checkCopy(parse(CopyRequest, json).documentID);
      case 'get_info':
        return ok({ model: 'AzSmart (training)', version: 'training-1', serialNumber: 'TR000001', tin: '1400000001', shopName: 'Təlim mağazası', shopAddress: 'Bakı, Nizami küç. 1', token: 'training-token' });
      default:
        return refuse(3, `unknown route ${route}`);
    }
  }

  /** Code 6 without an open shift; 22 once it is older than the law allows. */
  private openShiftID(): number {
    const { shift } = this.memory;
    if (!shift.open) refuse(6, 'shift is not opened');
    if (this.now().getTime() - Date.parse(shift.openedAt!) > this.settings.shiftHours * 3_600_000) refuse(22, 'Shift has exceeded 24 hours');
    return shift.shiftID;
  }

  /**
   * Our key seen before: the same route and amount answer the earlier document again (de-dup);
   * anything else under the same key is a conflict (code 3).
   */
  private earlier(route: BookedRoute, extId: string | number | undefined, amount: number): DeviceAnswer | undefined {
    if (extId === undefined) return undefined;
    const earlier = this.memory.byExt(extId);
    if (!earlier) return undefined;
    if (earlier.route !== route || earlier.amount !== amount) refuse(3, `documentExtID ${String(extId)} belongs to another document`);
    return this.documentAnswer(earlier);
  }

  private book(route: BookedRoute, fields: Omit<BookedDocument, 'documentID' | 'fiscalID' | 'fiscalNum' | 'route' | 'shiftID' | 'at'>): DeviceAnswer {
    const shiftID = this.memory.shift.shiftID;
    const documentID = this.memory.nextDocumentID;
    const at = this.now().toISOString();
    const document: BookedDocument = {
      documentID,
      fiscalID: createHash('sha1').update(`${documentID}:${at}`).digest('hex').slice(0, 12).toUpperCase(),
      fiscalNum: String(this.memory.ofShift(shiftID).length + 1),
      route,
      shiftID,
      at,
      ...fields,
    };
    this.memory.book(document);
    if (this.lookupFaults.loseNextKey && document.documentExtID !== undefined) {
      this.lookupFaults.loseNextKey = false;
      this.memory.forget(document.documentExtID);
    }
    const answer = this.documentAnswer(document);
    if (this.lookupFaults.openAnswers === 0) return answer;
    this.lookupFaults.openAnswers -= 1;
    return { ...answer, docStatus: 0 };
  }

  private documentAnswer(document: BookedDocument): DeviceAnswer {
    return ok({
      documentID: document.documentID,
      fiscalID: document.fiscalID,
      fiscalNum: document.fiscalNum,
      fiscalUrl: `https://monitoring.e-kassa.gov.az/#/index?doc=${document.fiscalID}`,
      docTime: formatDeviceTime(new Date(document.at)),
      docStatus: 1,
      printError: 0,
      documentExtID: document.documentExtID,
      shiftOrdersCnt: this.memory.ofShift(document.shiftID).length,
      totalPayments: [
        { type: 'cash', amount: document.tenders.cash },
        { type: 'cashless', amount: document.tenders.cashless },
      ].filter((p) => p.amount > 0),
    });
  }

  private sale(request: z.infer<typeof SaleRequest>, json: string): DeviceAnswer {
    this.openShiftID();
    const again = this.earlier('sale', request.documentExtID, request.amount);
    if (again) return again;
    if (request.payments.prepaymentAmount + request.payments.prepaymentCashlessAmount > 0 && request.prepayDocID === undefined) refuse(20, 'advance payment document number is missing');
    if (request.prepayDocID !== undefined) refuse(21, 'item is not in the advance payment receipt');
    const booked = checkReceipt(request);
    if (booked.tenders.credit > 0 && !request.creditContract) refuse(3, 'creditContract is required for a credit sale');
    return this.book('sale', { ...booked, documentExtID: request.documentExtID, creditContract: request.creditContract, json });
  }

  /** Code 9: no such sale; 18: an item it did not have; 19: more than sold minus earlier returns. */
  private refund(request: RefundRequestData, json: string): DeviceAnswer {
    this.openShiftID();
    const again = this.earlier('refund', request.documentExtID, request.amount);
    if (again) return again;
    const sale = this.memory.byFiscalID(request.parentDocID);
    if (sale?.route !== 'sale') refuse(9, `document ${request.parentDocID} not found`);
    if (this.memory.rolledBack.has(sale.fiscalID)) refuse(10, 'the document was cancelled');
    const returned = this.memory.documents.filter((d) => d.route === 'refund' && d.parentFiscalID === sale.fiscalID).flatMap((d) => d.items);
    for (const item of request.items) {
      const sold = sale.items.filter((i) => i.itemId === item.itemId).reduce((sum, i) => sum + i.itemQty, 0);
      if (sold === 0) refuse(18, `returned item ${item.itemId} is not in the sale receipt`);
      const before = returned.filter((i) => i.itemId === item.itemId).reduce((sum, i) => sum + i.itemQty, 0);
      const now = request.items.filter((i) => i.itemId === item.itemId).reduce((sum, i) => sum + i.itemQty, 0);
      if (before + now > sold) refuse(19, `returned quantity of ${item.itemId} exceeds sold minus returned`);
    }
    return this.book('refund', { ...checkReceipt(request), documentExtID: request.documentExtID, parentFiscalID: sale.fiscalID, json });
  }

  /** Code 9: not found; 10: not a fiscalised sale (or cancelled already); 36: refunded in part or full. */
  private rollback(request: z.infer<typeof RollbackRequest>, json: string): DeviceAnswer {
    this.openShiftID();
    const sale = this.memory.byDocumentID(request.documentID);
    if (!sale) refuse(9, `document ${String(request.documentID)} not found`);
    const again = this.earlier('rollback', request.documentExtID, sale.amount);
    if (again) return again;
    if (sale.route !== 'sale' || this.memory.rolledBack.has(sale.fiscalID)) refuse(10, 'document was not fiscalised');
    if (this.memory.documents.some((d) => d.route === 'refund' && d.parentFiscalID === sale.fiscalID)) refuse(36, 'document already refunded, cannot cancel');
    const answer = this.book('rollback', { amount: sale.amount, tenders: sale.tenders, taxes: sale.taxes, items: sale.items, documentExtID: request.documentExtID, parentFiscalID: sale.fiscalID, json });
    this.memory.rollBack(sale.fiscalID);
    return answer;
  }

  /** Code 9: no credit sale; 13: one payment type only; 4: items ≠ amount; 3: more than owed or another contract. */
  private creditPay(request: CreditPayRequestData, json: string): DeviceAnswer {
    this.openShiftID();
    const again = this.earlier('creditpay', request.documentExtID, request.amount);
    if (again) return again;
    const sale = this.memory.byDocumentID(request.documentID);
    if (sale?.route !== 'sale' || sale.tenders.credit === 0) refuse(9, `credit document ${request.documentID} not found`);
    if (sale.creditContract !== request.creditContract) refuse(3, 'creditContract does not match the credit sale');
    const { payments } = request;
    if ([payments.cashAmount, payments.cashlessAmount, payments.bonusesAmount].filter((amount) => amount > 0).length > 1) refuse(13, 'a loan repayment takes one payment type at a time');
    const paid = this.memory.documents.filter((d) => d.route === 'creditpay' && d.parentFiscalID === sale.fiscalID).reduce((sum, d) => sum + d.amount, 0);
    if (request.amount > sale.tenders.credit - paid) refuse(3, 'amount above what is owed');
    const items = request.items ?? [];
    items.forEach(checkItemTaxes);
    if (items.length && items.reduce((sum, i) => sum + i.itemAmount - i.discount, 0) !== request.amount) refuse(4, 'amount is not the sum of positions');
    const tenders = bookedTenders(request.amount, { ...payments, creditAmount: 0 });
    return this.book('creditpay', { amount: request.amount, tenders, taxes: taxesOf(items), items: [], documentExtID: request.documentExtID, parentFiscalID: sale.fiscalID, creditContract: request.creditContract, json });
  }

  /** Withdraw: code 9 when the drawer holds less. */
  private cash(route: 'deposit' | 'withdraw', request: z.infer<typeof CashRequest>, json: string): DeviceAnswer {
    const shiftID = this.openShiftID();
    const again = this.earlier(route, request.documentExtID, request.amount);
    if (again) return again;
    const inDrawer = drawerCash(this.memory.ofShift(shiftID));
    if (route === 'withdraw' && request.amount > inDrawer) refuse(9, `not enough cash: ${inDrawer}`);
    const answer = this.book(route, { amount: request.amount, tenders: { cash: request.amount, cashless: 0, bonus: 0, credit: 0, prepayment: 0 }, taxes: [], items: [], documentExtID: request.documentExtID, json });
    const cash = drawerCash(this.memory.ofShift(shiftID));
    return { ...answer, cash, cashIn: route === 'deposit' ? request.amount : 0, cashOut: route === 'withdraw' ? request.amount : 0 };
  }

  private openShift(): DeviceAnswer {
    if (this.memory.shift.open) refuse(6, 'shift is already opened');
    const shiftID = this.memory.shift.shiftID + 1;
    this.memory.openShift(shiftID, this.now().toISOString());
    return ok({ shiftID, fiscalShiftID: shiftID });
  }

  /** Code 6: no shift; 26: nothing in it; 27: cash left in the drawer (when the device enforces collection). */
  private closeShift(): DeviceAnswer {
    const { shift } = this.memory;
    if (!shift.open) refuse(6, 'shift is not opened');
    const documents = this.memory.ofShift(shift.shiftID);
    if (documents.length === 0) refuse(26, 'no transactions during the shift');
    const cash = drawerCash(documents);
    if (this.settings.collectCashBeforeZ && cash > 0) refuse(27, `cash ${cash} is left in the register, collect it first`);
    const fiscalShiftNum = this.memory.closed.length + 1;
    const answer = ok({
      shiftID: shift.shiftID,
      fiscalShiftID: String(shift.shiftID),
      fiscalShiftNum,
      shiftOpenAt: formatDeviceTime(new Date(shift.openedAt!)).slice(0, 16),
      ...shiftFigures(documents),
      reportNumber: String(fiscalShiftNum),
      currency_name: 'AZN',
    });
    this.memory.closeShift({ shiftID: shift.shiftID, fiscalShiftNum, openedAt: shift.openedAt!, closedAt: this.now().toISOString(), answer });
    return answer;
  }

  private checkShift(): DeviceAnswer {
    const { shift } = this.memory;
    return ok({
      shiftID: shift.shiftID,
      isShiftOpen: String(shift.open),
      shiftStatus: shift.open ? 1 : 2,
      shiftOpenAt: shift.open ? formatDeviceTime(new Date(shift.openedAt!)) : '',
      cash: shift.open ? drawerCash(this.memory.ofShift(shift.shiftID)) : 0,
    });
  }

  /** Code 6: no shift by that id, or none open when no id is given. */
  private xReport(shiftID: number | undefined): DeviceAnswer {
    const closed = this.memory.closed.find((s) => s.shiftID === shiftID);
    if (closed) return closed.answer as DeviceAnswer;
    const { shift } = this.memory;
    if (!shift.open || (shiftID !== undefined && shiftID !== shift.shiftID)) refuse(6, 'shift not found');
    const openedAt = formatDeviceTime(new Date(shift.openedAt!)).slice(0, 16);
    return ok({ shiftID: shift.shiftID, shiftOpenAt: openedAt, ...shiftFigures(this.memory.ofShift(shift.shiftID)), reportNumber: '' });
  }

  /** The figures of the documents of the days from dateFrom to dateFor (Baku days), in the X report's names; 14 for a bad date. */
  private datesReport(request: z.infer<typeof DatesReportRequest>): DeviceAnswer {
    if (!ReportDate.safeParse(request.dateFrom).success || !ReportDate.safeParse(request.dateFor).success) refuse(14, 'invalid date format, expected yyyy-MM-dd');
    const documents = this.memory.documents.filter((d) => {
      const day = formatDeviceTime(new Date(d.at)).slice(0, 10);
      return day >= request.dateFrom && day <= request.dateFor;
    });
    return ok({ dateFrom: request.dateFrom, dateFor: request.dateFor, ...shiftFigures(documents) });
  }

  /** Code 44 while staged as still processing; 9 when the key is not (or no longer) in the index. */
  private checkStatus(request: z.infer<typeof StatusRequest>): DeviceAnswer {
    if (this.lookupFaults.processing > 0) {
      this.lookupFaults.processing -= 1;
      return { status: 'error', code: 44, message: 'document is still processing' };
    }
    const document = request.documentExtID !== undefined ? this.memory.byExt(request.documentExtID) : this.memory.byDocumentID(request.documentID!);
    if (!document) refuse(9, 'document not found');
    const answer = this.documentAnswer(document);
    return { ...answer, printTime: answer.docTime };
  }

  private checkCopy(documentID: string | number): DeviceAnswer {
    const document = this.memory.byDocumentID(documentID);
    if (!document) refuse(9, 'document not found');
    return { ...this.documentAnswer(document), items: document.items, printTime: formatDeviceTime(this.now()) };
  }
}

type RefundRequestData = z.infer<typeof RefundRequest>;
type CreditPayRequestData = z.infer<typeof CreditPayRequest>;
