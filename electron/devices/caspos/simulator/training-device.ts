import { formatDeviceTime, parseDeviceTime } from '../device-time';
import { MoneyBackTypeNumber, type Operation } from '../enums';
import {
  requestSchemas,
  type CorrectionData as CorrectionWire,
  type CreditData as CreditWire,
  type MoneyBackData as MoneyBackWire,
  type PrepaymentData,
  type PrepaymentProductsData,
  type RollBackData as RollBackWire,
  type SaleData as SaleWire,
} from '../requests';
import { fromWireMoney } from '../wire-numbers';
import {
  checkCashierName,
  checkItems,
  type LineRounding,
  checkPayments,
  checkVatType,
  itemsTotal,
  tendersOf,
  vatGroups,
} from './checks';
import { advanceBalance, advanceNotGivenBack, creditOwed } from './balances';
import { barcodeNumber, newDocumentId } from './document-id';
import { trainingIdentity, type DeviceIdentity } from './identity';
import type { DeviceState, FiscalMemory, StoredDocument, StoredItem, TapeType, TenderSplit } from './memory';
import { Refusal, refuse } from './refusal';
import { controlTapeData, periodicReportData, shiftReportData } from './reports';

type PrepaymentWire = PrepaymentData & Partial<Pick<PrepaymentProductsData, 'items'>>;

export interface DeviceAnswer {
  code: string;
  message: string;
  data?: Record<string, unknown>;
}

export interface TrainingDeviceSettings {
  /** `session`: toLogin with these credentials first; `integration`: any credentials in the body. */
  auth: 'integration' | 'session';
  username: string;
  password: string;
  /** Off: every call is refused with 403, as when the integration service is not enabled. */
  integrationEnabled: boolean;
  printerConnected: boolean;
  /** On: documents are refused with 604, as when the device has been offline too long. */
  offlineTooLong: boolean;
  /**
   * What openShift's `sum` becomes, where the document is silent: `deposit`, a deposit document
   * of its own (counted in the X and Z reports and on the control tape); `notBooked`, cash in
   * the drawer only, as the document's X example (depositCount 0, a sale first) reads.
   */
  openingFloat: 'deposit' | 'notBooked';
  /**
   * How it rounds quantity × price to the qəpik, where the document is silent: `halfUp`, as
   * receipt-math.ts does; `halfEven`, as another device might. A sent line `sum` it computes
   * otherwise is refused with 614.
   */
  lineRounding: LineRounding;
  /**
   * Its answers on the other points the document leaves open: `training`, the choices the README
   * lists; `other`, as a device written independently might answer (999 for a second openShift,
   * 627 for an unknown rollback parent, a rollback's VAT groups unchecked against its parent), to
   * see the contract suite fail only on what the document states.
   */
  silentPoints: 'training' | 'other';
}

export const defaultTrainingSettings: TrainingDeviceSettings = {
  auth: 'integration',
  username: 'username',
  password: 'password',
  integrationEnabled: true,
  printerConnected: true,
  offlineTooLong: false,
  openingFloat: 'deposit',
  lineRounding: 'halfUp',
  silentPoints: 'training',
};

const shiftLimitMs = 24 * 60 * 60 * 1000;
const maxWrongPins = 3;
const documentOperations = new Set<Operation>([
  'deposit', 'withDraw', 'sale', 'credit', 'prepayment', 'prepaymentProducts', 'moneyBack', 'correction', 'rollBack', 'closeShift',
]);

const success = (data?: Record<string, unknown>, message = 'Success operation'): DeviceAnswer =>
  data ? { code: '0', message, data } : { code: '0', message };

/**
 * The Caspos Mobile training device: the document's operations over a fiscal memory, with the
 * checks a real device makes. Each call is all or nothing: a refused document leaves no trace.
 */
export class TrainingDevice {
  readonly settings: TrainingDeviceSettings;
  private raw = '';

  constructor(
    readonly memory: FiscalMemory,
    private readonly now: () => Date,
    settings: Partial<TrainingDeviceSettings> = {},
    private readonly identity: DeviceIdentity = trainingIdentity,
  ) {
    this.settings = { ...defaultTrainingSettings, ...settings };
  }

  /** `raw` is the request as received, kept with the document it makes. */
  handle(body: unknown, raw = ''): DeviceAnswer {
    this.raw = raw;
    try {
      return this.dispatch(body);
    } catch (error) {
      if (error instanceof Refusal) return { code: String(error.code), message: error.message };
      throw error;
    }
  }

  private dispatch(body: unknown): DeviceAnswer {
    const operation = (body as { operation?: unknown } | null)?.operation;
    if (typeof operation !== 'string' || !(operation in requestSchemas)) refuse(1200, 'unknown operation id or operation version');
    const op = operation as Operation;
    const parsed = requestSchemas[op].safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      refuse(304, `handler: invalid json schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    }
    const request = parsed.data as { data?: Record<string, unknown>; cashierName?: string; operation: Operation };

    if (!this.settings.integrationEnabled) refuse(403);
    if (op === 'toLogin') return this.login(body as { username: string; password: string });
    if (this.settings.auth === 'session' && !this.memory.state().loggedIn) refuse(401);

    const uuid = request.data?.documentUUID;
    if (documentOperations.has(op) && typeof uuid === 'string') {
      const earlier = this.memory.byUuid(uuid);
      if (earlier) return { code: '1', message: 'Repeated DocumentUUID value', data: earlier.answer };
    }
    const data: unknown = request.data ?? {};
    switch (op) {
      case 'toLogout':
        this.memory.saveState({ ...this.memory.state(), loggedIn: false });
        return success();
      case 'getInfo':
        return success(this.info());
      case 'getShiftStatus':
        return success(this.shiftStatus());
      case 'openShift':
        return this.openShift(data as { sum: number }, request.cashierName ?? '');
      case 'closeShift':
        return this.closeShift(data as { documentUUID: string; cashierName: string });
      case 'deposit':
      case 'withDraw':
        return this.cashMovement(op === 'deposit' ? 'deposit' : 'withdraw', data as { documentUUID: string; sum: number; cashierName: string });
      case 'sale':
        return this.sale(data as SaleWire);
      case 'credit':
        return this.creditPay(data as CreditWire);
      case 'prepayment':
      case 'prepaymentProducts':
        return this.prepayment(data as PrepaymentWire);
      case 'moneyBack':
        return this.moneyBack(data as MoneyBackWire);
      case 'correction':
        return this.correction(data as CorrectionWire, request.cashierName ?? '');
      case 'rollBack':
        return this.rollBack(data as RollBackWire, request.cashierName ?? '');
      case 'getXReport':
        return success(this.xReport());
      case 'printLastCheque':
        if (!this.memory.last()) refuse(231);
        return success();
      case 'getPeriodicZReport':
        return success(this.periodic(data as { startDate: string; endDate: string }));
      case 'getControlTape':
        return success(controlTapeData(this.currentShift(), this.memory.ofShift(this.memory.state().shiftNumber), this.now()));
      case 'isConnectedPrinter':
        // The document shows only the success answer; a missing printer is told with code 999.
        if (!this.settings.printerConnected) refuse(999, 'Error message: printer is not connected');
        return success();
      case 'openCashbox':
        return success();
    }
  }

  private login(body: { username: string; password: string }): DeviceAnswer {
    const state = this.memory.state();
    if (state.wrongPins >= maxWrongPins) refuse(405);
    if (this.settings.auth === 'session' && (body.username !== this.settings.username || body.password !== this.settings.password)) {
      this.memory.saveState({ ...state, wrongPins: state.wrongPins + 1, loggedIn: false });
      refuse(state.wrongPins + 1 >= maxWrongPins ? 405 : 404);
    }
    this.memory.saveState({ ...state, loggedIn: true, wrongPins: 0 });
    return success({ access_token: Buffer.from(`${this.identity.cashboxTaxNumber}:${this.now().getTime()}`).toString('base64') });
  }

  private info() {
    const id = this.identity;
    return {
      application_version: id.applicationVersion,
      cashregister_model: id.model,
      cashbox_tax_number: id.cashboxTaxNumber,
      cashbox_factory_number: id.cashboxFactoryNumber,
      cashregister_factory_number: id.cashRegisterFactoryNumber,
      company_name: id.companyName,
      company_tax_number: id.companyTaxNumber,
      last_doc_number: this.memory.state().lastDocumentNumber,
      last_online_time: formatDeviceTime(this.settings.offlineTooLong ? new Date(this.now().getTime() - 30 * shiftLimitMs) : this.now(), 'device'),
      object_address: id.objectAddress,
      object_name: id.objectName,
      object_tax_number: id.objectTaxNumber,
      qr_code_url: id.qrCodeUrl,
      state: 'ACTIVE',
      token_version: id.tokenVersion,
    };
  }

  /** Real devices answer this one in snake_case (field notes). */
  private shiftStatus() {
    const state = this.memory.state();
    return state.shiftOpen && state.shiftOpenedAt
      ? { shift_open: true, shift_open_time: formatDeviceTime(new Date(state.shiftOpenedAt), 'device') }
      : { shift_open: false };
  }

  private currentShift() {
    const state = this.memory.state();
    if (!state.shiftOpen || !state.shiftOpenedAt) refuse(503);
    return { shiftNumber: state.shiftNumber, openedAt: new Date(state.shiftOpenedAt) };
  }

  /** Documents need an open shift younger than 24 hours and a device that has been online lately. */
  private documentShift(): DeviceState {
    const state = this.memory.state();
    if (!state.shiftOpen || !state.shiftOpenedAt) refuse(503);
    if (this.now().getTime() - new Date(state.shiftOpenedAt).getTime() > shiftLimitMs) refuse(504);
    if (this.settings.offlineTooLong) refuse(604);
    return state;
  }

  /**
   * With the `deposit` setting the opening float is recorded as a deposit document, as the
   * document's Z example can be read (openShift sum 1.0 -> depositCount 1, depositSum 1.0). It
   * has no documentUUID of the app's.
   */
  private openShift(data: { sum: number }, cashierName: string): DeviceAnswer {
    checkCashierName(cashierName);
    const state = this.memory.state();
    // The document says only "an error message"; a real device answered this in Azerbaijani.
    if (state.shiftOpen) refuse(this.settings.silentPoints === 'training' ? 503 : 999, 'Növbə artıq açıqdır');
    const opened: DeviceState = {
      ...state,
      shiftOpen: true,
      shiftNumber: state.shiftNumber + 1,
      shiftOpenedAt: this.now().toISOString(),
      shiftDocumentNumber: 0,
    };
    const float = fromWireMoney(data.sum);
    if (float > 0 && this.settings.openingFloat === 'deposit') {
      const uuid = `openShift-${opened.shiftNumber}-${opened.shiftOpenedAt}`;
      this.store('deposit', uuid, 'openShift', { total: float, items: [], vat: [], tenders: { ...emptyTenders, cash: float } }, opened);
    } else {
      this.memory.saveState(opened);
    }
    return success();
  }

  private closeShift(data: { documentUUID: string; cashierName: string }): DeviceAnswer {
    checkCashierName(data.cashierName);
    const state = this.memory.state();
    // Allowed past 24 hours: the Z report is the way out of an expired shift.
    if (!state.shiftOpen || !state.shiftOpenedAt) refuse(503);
    const shift = { shiftNumber: state.shiftNumber, openedAt: new Date(state.shiftOpenedAt) };
    const documents = this.memory.ofShift(state.shiftNumber);
    const next: DeviceState = { ...state, shiftOpen: false, shiftOpenedAt: undefined };
    const stored = this.store('z_report', data.documentUUID, 'closeShift', { total: 0, items: [], vat: [], tenders: emptyTenders }, next, (base) =>
      shiftReportData(shift, documents, this.now(), String(base.document_id)),
    );
    return success(stored.answer, 'Successful operation');
  }

  private cashMovement(type: 'deposit' | 'withdraw', data: { documentUUID: string; sum: number; cashierName: string }): DeviceAnswer {
    checkCashierName(data.cashierName);
    const state = this.documentShift();
    const total = fromWireMoney(data.sum);
    if (total <= 0) refuse(607);
    const stored = this.store(type, data.documentUUID, type === 'deposit' ? 'deposit' : 'withDraw', {
      total,
      items: [],
      vat: [],
      tenders: { ...emptyTenders, cash: total },
    }, state);
    return success(stored.answer, 'Successoperation');
  }

  private sale(data: SaleWire): DeviceAnswer {
    checkCashierName(data.cashierName);
    const state = this.documentShift();
    const items = checkItems(data.items, this.settings.lineRounding);
    const total = itemsTotal(items);
    const paid = tendersOf(data);
    if (paid.credit > 0 && (!data.creditContract?.trim() || data.creditContract.length > 64)) refuse(630);
    if (paid.credit > 0 && (!data.creditPayer?.trim() || data.creditPayer.length > 128)) refuse(631);
    if (paid.prepayment > 0 || data.prepaymentDocumentId) this.checkAdvance(data.prepaymentDocumentId, paid.prepayment, items);
    const tenders = checkPayments(total, data);
    const stored = this.store('sale', data.documentUUID, 'sale', { total, items, vat: vatGroups(items), tenders, parentDocumentId: data.prepaymentDocumentId }, state, (base) => ({
      ...base,
      ...bankAnswer(data),
    }));
    return success(stored.answer, 'Successful operation');
  }

  /**
   * Advance pay: the parent must be an advance, what is spent of it must still be there, and it
   * pays only goods at its own VAT ("within the same VAT position", the document says).
   */
  private checkAdvance(prepaymentDocumentId: string | undefined, spent: number, items: StoredItem[]): void {
    if (!prepaymentDocumentId) refuse(632);
    const advance = this.memory.byDocumentId(prepaymentDocumentId);
    if (!advance || advance.type !== 'prepayment' || advance.rolledBack) refuse(628);
    if (spent <= 0 || spent > advanceBalance(this.memory, advance)) refuse(632);
    const sameVat = items.filter((item) => advance.vat.some((v) => v.vatType === item.vatType)).reduce((sum, item) => sum + item.total, 0);
    if (spent > sameVat) refuse(632);
  }

  private creditPay(data: CreditWire): DeviceAnswer {
    checkCashierName(data.cashierName);
    const state = this.documentShift();
    const parent = this.memory.byDocumentId(data.parentDocumentId);
    if (!parent || parent.type !== 'sale' || parent.tenders.credit === 0 || parent.rolledBack) refuse(628);
    if (!data.creditContract.trim() || data.creditContract.length > 64) refuse(630);
    if (!data.creditPayer.trim() || data.creditPayer.length > 128) refuse(631);
    const items = checkItems(data.items, this.settings.lineRounding);
    const total = itemsTotal(items);
    const owed = creditOwed(this.memory, parent);
    if (total > owed) refuse(632);
    if (fromWireMoney(data.residue) !== owed - total) refuse(634);
    const tenders = checkPayments(total, data);
    if (tenders.credit > 0 || tenders.prepayment > 0) refuse(632);
    const stored = this.store('credit', data.documentUUID, 'credit', { total, items, vat: vatGroups(items), tenders, parentDocumentId: parent.documentId }, state, (base) => ({
      ...base,
      ...bankAnswer(data),
    }));
    return success(stored.answer, 'Successful operation');
  }

  private prepayment(data: PrepaymentWire): DeviceAnswer {
    checkCashierName(data.cashierName);
    const state = this.documentShift();
    const vatType = checkVatType(data.vatType);
    const total = fromWireMoney(data.sum);
    if (total <= 0) refuse(611);
    let items: StoredItem[] = [];
    if (data.items) {
      items = checkItems(data.items, this.settings.lineRounding);
      // "All items in the request must be subject to the same type of VAT."
      if (items.some((item) => item.vatType !== vatType)) refuse(616);
      if (itemsTotal(items) !== total) refuse(611);
    }
    const tenders = checkPayments(total, data);
    if (tenders.credit > 0 || tenders.prepayment > 0) refuse(632);
    const stored = this.store('prepayment', data.documentUUID, data.items ? 'prepaymentProducts' : 'prepayment', {
      total,
      items,
      vat: [{ vatType, gross: total }],
      tenders,
    }, state, (base) => ({ ...base, ...bankAnswer(data) }));
    return success(stored.answer, 'Successful operation');
  }

  private moneyBack(data: MoneyBackWire): DeviceAnswer {
    checkCashierName(data.cashierName);
    const state = this.documentShift();
    const items = checkItems(data.items, this.settings.lineRounding);
    const total = itemsTotal(items);
    const tenders = checkPayments(total, data, true);
    if (!data.isManual) this.checkRefund(data, items, total);
    const stored = this.store('money_back', data.documentUUID, 'moneyBack', {
      total,
      items,
      vat: vatGroups(items),
      tenders,
      parentDocumentId: data.parentDocumentId,
      moneyBackType: data.moneyBackType,
    }, state, (base) => ({ ...base, ...bankAnswer(data) }));
    return success(stored.answer, 'Successful operation');
  }

  /**
   * A refund returns what the parent sold and was not yet returned: per line (by the parent's
   * itemUid, else by code) in quantity (641), and in money (638).
   */
  private checkRefund(data: MoneyBackWire, items: StoredItem[], total: number): void {
    const parent = this.memory.byDocumentId(data.parentDocumentId);
    const expected: Record<number, TapeType> = {
      [MoneyBackTypeNumber.Sale]: 'sale',
      [MoneyBackTypeNumber.Prepayment]: 'prepayment',
      [MoneyBackTypeNumber.CreditPay]: 'credit',
    };
    if (!parent || parent.rolledBack) refuse(628);
    if (expected[data.moneyBackType] !== parent.type) refuse(633);
    const earlier = this.memory.children(parent.documentId).filter((d) => d.type === 'money_back');
    const returnedMoney = earlier.reduce((sum, d) => sum + d.total, 0);
    const left = parent.type === 'prepayment' ? advanceBalance(this.memory, parent) : parent.total - returnedMoney;
    if (total > left) refuse(638);
    // Credit goes back only as far as it is still owed, the advance only as far as the sale took it.
    const paid = tendersOf(data);
    if (paid.credit > 0 && (parent.type !== 'sale' || paid.credit > creditOwed(this.memory, parent))) refuse(632);
    if (paid.prepayment > 0 && (parent.type !== 'sale' || paid.prepayment > advanceNotGivenBack(this.memory, parent))) refuse(632);
    if (parent.items.length === 0) return;
    const keyOf = (item: { itemUid?: string; code: string }, parentUid?: string) => parentUid ?? item.itemUid ?? item.code;
    const sold = new Map<string, number>();
    for (const item of parent.items) sold.set(keyOf(item), (sold.get(keyOf(item)) ?? 0) + item.quantity);
    const returned = new Map<string, number>();
    for (const doc of earlier) for (const item of doc.items) returned.set(item.code, (returned.get(item.code) ?? 0) + item.quantity);
    data.items.forEach((wire, index) => {
      const item = items[index]!;
      const key = keyOf(item, wire.parentItemUid);
      const soldQuantity = sold.get(key) ?? sold.get(item.code);
      if (soldQuantity === undefined) refuse(641);
      const already = returned.get(item.code) ?? 0;
      if (already + item.quantity > soldQuantity) refuse(641);
      returned.set(item.code, already + item.quantity);
    });
  }

  private correction(data: CorrectionWire, cashierName: string): DeviceAnswer {
    checkCashierName(cashierName);
    const state = this.documentShift();
    const vatType = checkVatType(data.vatType);
    const first = Date.parse(data.firstOperationAtUtc);
    const last = Date.parse(data.lastOperationAtUtc);
    if (!(first <= last) || last > this.now().getTime()) refuse(642);
    const cash = fromWireMoney(data.cashPayment);
    const card = fromWireMoney(data.cardPayment);
    const total = cash + card;
    if (total <= 0) refuse(607);
    const stored = this.store('correction', data.documentUUID, 'correction', {
      total,
      items: [],
      vat: [{ vatType, gross: total }],
      tenders: { ...emptyTenders, cash, cashless: card },
    }, state);
    return success(stored.answer);
  }

  /** Cancels a sale or correction of the current shift, once, for its whole amount. */
  private rollBack(data: RollBackWire, cashierName: string): DeviceAnswer {
    checkCashierName(cashierName);
    const state = this.documentShift();
    const parent = this.memory.byDocumentId(data.parentDocumentId);
    if (!parent) refuse(this.settings.silentPoints === 'training' ? 628 : 627);
    if (parent.shiftNumber !== state.shiftNumber || (parent.type !== 'sale' && parent.type !== 'correction')) refuse(627);
    if (parent.rolledBack) refuse(639);
    // Goods already refunded, or credit already paid on, cannot be cancelled: the parent's total no longer stands.
    if (this.memory.children(parent.documentId).some((d) => d.type === 'money_back' || d.type === 'credit')) refuse(638);
    const total = fromWireMoney(data.sum);
    if (total !== parent.total) refuse(638);
    const vat = data.vatAmounts.map((v) => ({ vatType: checkVatType(v.vatType), gross: fromWireMoney(v.vatSum) }));
    if (vat.reduce((sum, v) => sum + v.gross, 0) !== total) refuse(613);
    // Where the document is silent: the VAT groups must be the parent's, group by group, as a device that checks them against the parent answers.
    if (this.settings.silentPoints === 'training' && !sameVatGroups(vat, parent.vat)) refuse(613);
    const tenders = checkPayments(total, data, true);
    const stored = this.store('rollback', data.documentUUID, 'rollBack', { total, items: [], vat, tenders, parentDocumentId: parent.documentId }, state);
    this.memory.markRolledBack(parent.documentId);
    return success(stored.answer, 'Successful operation');
  }

  private xReport() {
    const shift = this.currentShift();
    return shiftReportData(shift, this.memory.ofShift(shift.shiftNumber), this.now());
  }

  private periodic(data: { startDate: string; endDate: string }) {
    const fromIso = parseDeviceTime(data.startDate, 'device');
    const toIso = parseDeviceTime(data.endDate, 'device');
    if (!fromIso || !toIso || fromIso > toIso) refuse(642);
    const from = new Date(fromIso);
    const to = new Date(toIso);
    const inRange = this.memory.between(from.toISOString(), to.toISOString()).filter((d) => d.type !== 'z_report');
    const before = this.memory.between('0000', new Date(from.getTime() - 1).toISOString());
    return periodicReportData(inRange, before, from, to, this.now());
  }

  /** Numbers the document, stores it with its answer and the new state in one transaction. */
  private store(
    type: TapeType,
    uuid: string,
    operation: string,
    figures: { total: number; items: StoredItem[]; vat: StoredDocument['vat']; tenders: TenderSplit; parentDocumentId?: string; moneyBackType?: number },
    state: DeviceState,
    answerOf: (base: Record<string, unknown>) => Record<string, unknown> = (base) => base,
  ): StoredDocument {
    const now = this.now();
    const documentId = newDocumentId();
    const number = state.lastDocumentNumber + 1;
    const shiftDocumentNumber = state.shiftDocumentNumber + 1;
    const base = {
      document_id: documentId,
      document_number: number,
      number: barcodeNumber(now, this.identity.cashboxCode, number),
      shift_document_number: shiftDocumentNumber,
      short_document_id: documentId.slice(0, 12),
      totalSum: figures.total / 100,
    };
    const document: StoredDocument = {
      documentId,
      shortDocumentId: base.short_document_id,
      number,
      shiftNumber: state.shiftNumber,
      shiftDocumentNumber,
      barcode: base.number,
      type,
      uuid,
      operation,
      createdAt: now.toISOString(),
      parentDocumentId: figures.parentDocumentId,
      moneyBackType: figures.moneyBackType,
      total: figures.total,
      tenders: figures.tenders,
      vat: figures.vat,
      items: figures.items,
      rolledBack: false,
      answer: answerOf(base),
      request: this.raw,
    };
    this.memory.commit(document, { ...state, lastDocumentNumber: number, shiftDocumentNumber });
    return document;
  }
}

const emptyTenders: TenderSplit = { cash: 0, cashless: 0, bonus: 0, credit: 0, prepayment: 0 };

function bankAnswer(data: { rrn?: string; approval_code?: string; approvalCode?: string; transaction_id?: string; transactionId?: string; transaction_number?: string; transactionNumber?: string }) {
  return {
    rrn: data.rrn ?? '',
    approval_code: data.approval_code ?? data.approvalCode ?? '',
    transaction_id: data.transaction_id ?? data.transactionId ?? 'null',
    transaction_number: data.transaction_number ?? data.transactionNumber ?? 'null',
  };
}

function sameVatGroups(a: readonly { vatType: number; gross: number }[], b: readonly { vatType: number; gross: number }[]): boolean {
  const byType = (groups: readonly { vatType: number; gross: number }[]) => {
    const sums = new Map<number, number>();
    for (const g of groups) sums.set(g.vatType, (sums.get(g.vatType) ?? 0) + g.gross);
    return sums;
  };
  const left = byType(a);
  const right = byType(b);
  return left.size === right.size && [...left].every(([type, gross]) => right.get(type) === gross);
}
