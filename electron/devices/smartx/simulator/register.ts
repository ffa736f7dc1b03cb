import { randomBytes, randomUUID } from 'node:crypto';
import { formatMoney } from '../wire-numbers';
import { bodyObject, cashierOf, money, receipt, Refused, type CheckedReceipt } from './checks';
import type { FiscalMemory, FiscalRecord, RecordType, SectionTurnover } from './memory';
import type { RegisterSettings } from './settings';

export type Answer = Record<string, unknown> & { resultCode: number };

/** The register's own operations, named in our words; the wire names come from its settings. */
export type RegisterOperation = 'AUTH' | 'SALE' | 'MONEY_BACK' | 'DEPOSIT' | 'OPERATION_ID' | 'OTHER_INFO' | 'CONTROL_TAPE' | 'withdraw' | 'openShift' | 'closeShift' | 'xReport' | 'annul';

const shiftLimitMs = 24 * 3_600_000;

/** The tax inside a gross amount at `percent`, half up to the kopeck, per receipt and section as a register prints it. */
function taxInside(gross: number, percent: number | null): number {
  if (!percent) return 0;
  return Math.floor((gross * percent * 2 + (100 + percent)) / ((100 + percent) * 2));
}

/**
 * The training SmartX register: every check of the codes page, exact kopecks, a shift with the
 * 24-hour rule, the drawer's cash, marking codes, the card path, and no de-duplication at all: a
 * repeated operationId is fiscalised again and listed among the doubles (spec §3, §7).
 */
export class Register {
  private readonly tokens = new Set<string>();
  private sessionOpen = false;
  /** Marking codes sold twice, or returned without having been sold: flagged, as an inspector would. */
  readonly markingFlags: string[] = [];

  constructor(
    private readonly memory: FiscalMemory,
    readonly settings: RegisterSettings,
    private readonly now: () => Date,
  ) {}

  /** Every token given so far stops working, as when the register's session expires. */
  expireTokens(): void {
    this.tokens.clear();
    this.sessionOpen = false;
  }

  /** The cashier finishes the unfinished card sale on the register itself: it is fiscalised. */
  finishOnRegister(): boolean {
    if (!this.memory.state.unfinished) return false;
    this.memory.record({ event: 'finished' });
    return true;
  }

  /** Answers one request; `token` is the Auth-token header. Async only where the card terminal waits. */
  async handle(operation: RegisterOperation, raw: string, token: string | undefined): Promise<Answer> {
    try {
      if (operation === 'AUTH') return this.auth(raw);
      this.authorize(token);
      return await this.operate(operation, raw);
    } catch (error) {
      if (error instanceof Refused) return this.refusal(error.code, error.message, operation);
      throw error;
    }
  }

  refusal(code: number, message: string, type: string): Answer {
    return { resultCode: code, messageTitle: 'Ошибка', messageDetail: message, type };
  }

  private auth(raw: string): Answer {
    const body = bodyObject(raw);
    if (this.settings.auth === 'off') return this.success('AUTH', 'Авторизация не требуется', {});
    if (body.pin !== this.settings.pin) throw new Refused(401, 'Неверный PIN');
    const token = randomBytes(16).toString('hex');
    this.tokens.add(token);
    this.sessionOpen = true;
    return this.success('AUTH', 'Успешная авторизация', body.returnToken === false ? {} : { token });
  }

  private authorize(token: string | undefined): void {
    switch (this.settings.auth) {
      case 'off':
        return;
      case 'remembered':
        if (this.sessionOpen || (token !== undefined && this.tokens.has(token))) return;
        throw new Refused(401, 'Требуется авторизация');
      case 'required':
        if (token === undefined || token === '') throw new Refused(401, 'Требуется авторизация');
        if (!this.tokens.has(token)) throw new Refused(405, 'Ошибка токена');
    }
  }

  private async operate(operation: Exclude<RegisterOperation, 'AUTH'>, raw: string): Promise<Answer> {
    switch (operation) {
      case 'OPERATION_ID':
        return this.lookup(raw);
      case 'OTHER_INFO':
        return this.info();
      case 'CONTROL_TAPE':
        return this.success('CONTROL_TAPE', 'Контрольная лента напечатана', {});
      case 'SALE':
        return this.receiptOperation('Sale', raw);
      case 'MONEY_BACK':
        return this.receiptOperation('MoneyBack', raw);
      case 'DEPOSIT':
        return this.cashMovement('Deposit', raw);
      case 'withdraw':
        return this.cashMovement('Withdrawal', raw);
      case 'openShift':
        return this.openShift(raw);
      case 'closeShift':
        return this.closeShift(raw);
      case 'xReport':
        this.ready(false);
        cashierOf(bodyObject(raw));
        return this.success('X_REPORT', 'X-отчёт', this.totals());
      case 'annul':
        return this.annul(raw);
    }
  }

  /** 409, 407, then the shift: 400 closed, 412 older than 24 h (only closing is allowed then), 410 unfinished. */
  private ready(document: boolean, closing = false): void {
    if (this.settings.blocked) throw new Refused(409, 'Касса заблокирована или не инициализирована');
    const until = this.settings.certificateValidUntil;
    if (until && this.now().getTime() > Date.parse(until)) throw new Refused(407, 'Истёк срок действия сертификата');
    if (!this.memory.state.shift.open) throw new Refused(400, 'Необходимо открыть смену');
    if (closing) return;
    if (this.now().getTime() - Date.parse(this.memory.state.shift.openedAt!) > shiftLimitMs) throw new Refused(412, 'Смена открыта более 24 часов');
    if (document && this.memory.state.unfinished) throw new Refused(410, 'Есть незавершённая продажа: завершите её на кассе');
  }

  private async receiptOperation(type: 'Sale' | 'MoneyBack', raw: string): Promise<Answer> {
    const body = bodyObject(raw);
    const checked = receipt(body, this.settings.sections);
    this.ready(true);
    const rrn = typeof body.rrn === 'string' ? body.rrn : '';
    if (type === 'MoneyBack') {
      if (checked.cashless > 0 && rrn === '') throw new Refused(418, 'Для операции требуется RRN');
      if (checked.cash - checked.change > this.drawerCash()) throw new Refused(399, 'Недостаточно наличных в кассе для возврата');
    }
    const record = this.newRecord(type, body, raw, checked, rrn);
    if (checked.cashless > 0) {
      if (this.settings.cardDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.settings.cardDelayMs));
      if (this.settings.card === 'decline') throw new Refused(399, 'Оплата картой отклонена');
      if (this.settings.card === 'chargeThenFail' && type === 'Sale') {
        this.memory.record({ event: 'unfinished', record });
        throw new Refused(399, 'Ошибка фискализации после оплаты картой: завершите продажу на кассе');
      }
    }
    this.flagMarkings(type, record);
    this.memory.record({ event: 'document', record });
    return this.documentAnswer(record, type === 'Sale' ? 'SALE' : 'MONEY_BACK', type === 'Sale' ? 'Успешная оплата' : 'Успешный возврат');
  }

  private cashMovement(type: 'Deposit' | 'Withdrawal', raw: string): Answer {
    const body = bodyObject(raw);
    const cashier = cashierOf(body);
    const sum = money(body, 'sum');
    if (sum < 1) throw new Refused(402, 'Сумма должна быть не меньше 0.01');
    this.ready(true);
    if (type === 'Withdrawal' && sum > this.drawerCash()) throw new Refused(399, 'Недостаточно наличных в кассе');
    const record = this.newRecord(type, body, raw, { cashier, items: [], total: sum, cash: sum, cashless: 0, change: 0 }, '');
    this.memory.record({ event: 'document', record });
    return { ...this.documentAnswer(record, type === 'Deposit' ? 'DEPOSIT' : 'WITHDRAWAL', type === 'Deposit' ? 'Успешное внесение' : 'Успешное изъятие'), sum: this.figure(sum) };
  }

  /** Only the shift's last document, a sale not annulled yet, with nothing after it (TSRV). */
  private annul(raw: string): Answer {
    const body = bodyObject(raw);
    const cashier = cashierOf(body);
    this.ready(true);
    const last = this.memory.state.documents.at(-1);
    if (!last || last.shiftNumber !== this.memory.state.shift.number || last.type !== 'Sale' || last.annulled) throw new Refused(411, 'Нет чека для аннулирования');
    const record: FiscalRecord = { ...this.newRecord('Annul', body, raw, { cashier, items: [], total: last.total, cash: last.cash, cashless: last.cashless, change: 0 }, last.rrn), sections: last.sections };
    this.memory.record({ event: 'annulled', uid: last.uid });
    this.memory.record({ event: 'document', record });
    return this.documentAnswer(record, 'ANNUL', 'Чек аннулирован');
  }

  private openShift(raw: string): Answer {
    cashierOf(bodyObject(raw));
    if (this.settings.blocked) throw new Refused(409, 'Касса заблокирована или не инициализирована');
    if (this.memory.state.shift.open) throw new Refused(406, 'Смена уже открыта');
    const at = this.now().toISOString();
    this.memory.record({ event: 'shiftOpened', shiftNumber: this.memory.state.shift.number + 1, at });
    return this.success('OPEN_SHIFT', 'Смена открыта', { dateTime: at, shiftNumber: this.memory.state.shift.number });
  }

  private closeShift(raw: string): Answer {
    const body = bodyObject(raw);
    const cashier = cashierOf(body);
    if (!this.memory.state.shift.open) throw new Refused(408, 'Смена уже закрыта');
    this.ready(false, true);
    const totals = this.totals();
    const record = this.newRecord('ZReport', body, raw, { cashier, items: [], total: 0, cash: 0, cashless: 0, change: 0 }, '');
    this.memory.record({ event: 'document', record });
    this.memory.record({ event: 'shiftClosed', shiftNumber: this.memory.state.shift.number, at: record.dateTime });
    return { ...this.documentAnswer(record, 'CLOSE_SHIFT', 'Смена закрыта'), ...totals };
  }

  /** OPERATION_ID (OP-OPID shape): any succeeded record of the id wins; an unfinished card sale is not succeeded. */
  private lookup(raw: string): Answer {
    const operationId = bodyObject(raw).operationId;
    if (typeof operationId !== 'string' || operationId === '') throw new Refused(413, 'Не указан operationId');
    const done = this.memory.state.documents.find((record) => record.operationId === operationId);
    const unfinished = this.memory.state.unfinished?.operationId === operationId ? this.memory.state.unfinished : null;
    const record = done ?? unfinished;
    if (!record) {
      if (this.settings.lookupNotFound === 'error') throw new Refused(399, 'Операция не найдена');
      return { operationId, uid: '', uuid: '', isSucceed: false } as unknown as Answer;
    }
    return {
      operationId,
      uid: record.uid,
      uuid: record.uuid,
      header: { cashier: record.cashier, chequeNumber: record.numberCheck, date: record.dateTime, currency: 'BYN' },
      total: this.figure(record.total),
      payments: [record.cashless > 0 ? 'Card' : 'Cash'],
      operationType: record.type,
      isSucceed: record === done,
    } as unknown as Answer;
  }

  private info(): Answer {
    const { shift } = this.memory.state;
    return this.success('OTHER_INFO', 'Информация о кассе', {
      dateTime: this.minskTime(this.now()),
      registerNumberSKO: this.settings.registerNumberSKO,
      serialNumber: this.settings.serialNumber,
      softwareVersion: 'training',
      isShiftOpen: shift.open,
      ...(shift.openedAt ? { shiftOpenedAt: shift.openedAt } : {}),
    });
  }

  /** The shift's totals (G: the shape the driver reads), the annulled receipts counted again under `annul`. */
  private totals(): Record<string, unknown> {
    const { shift, documents } = this.memory.state;
    const ofShift = documents.filter((record) => record.shiftNumber === shift.number && record.type !== 'ZReport');
    const turnover = (type: RecordType) => {
      const records = ofShift.filter((record) => record.type === type);
      const sections = new Map<number, { total: number; vat: number }>();
      for (const record of records)
        for (const section of record.sections) {
          const entry = sections.get(section.code) ?? { total: 0, vat: 0 };
          sections.set(section.code, { total: entry.total + section.total, vat: entry.vat + section.vat });
        }
      const sum = (pick: (record: FiscalRecord) => number) => this.figure(records.reduce((total, record) => total + pick(record), 0));
      return {
        count: records.length,
        total: sum((record) => record.total),
        cash: sum((record) => record.total - record.cashless),
        cashless: sum((record) => record.cashless),
        sections: [...sections].map(([code, entry]) => ({ code, total: this.figure(entry.total), vat: this.figure(entry.vat) })),
      };
    };
    const movements = (type: RecordType) => {
      const records = ofShift.filter((record) => record.type === type);
      return { count: records.length, sum: this.figure(records.reduce((total, record) => total + record.total, 0)) };
    };
    const numbers = ofShift.map((record) => record.numberCheck);
    return {
      shiftNumber: shift.number,
      shiftOpenedAt: shift.openedAt,
      dateTime: this.minskTime(this.now()),
      firstCheck: numbers.length ? Math.min(...numbers) : 0,
      lastCheck: numbers.length ? Math.max(...numbers) : 0,
      sale: turnover('Sale'),
      moneyBack: turnover('MoneyBack'),
      annul: turnover('Annul'),
      deposit: movements('Deposit'),
      withdrawal: movements('Withdrawal'),
    };
  }

  /** Cash in the drawer this shift: deposits and sales in; withdrawals, cash refunds and annulled sales out. */
  drawerCash(): number {
    const { shift, documents } = this.memory.state;
    let cash = 0;
    for (const record of documents) {
      if (record.shiftNumber !== shift.number) continue;
      const kept = record.total - record.cashless;
      switch (record.type) {
        case 'Sale':
        case 'Deposit':
          cash += kept;
          break;
        case 'MoneyBack':
        case 'Withdrawal':
        case 'Annul':
          cash -= kept;
          break;
        case 'ZReport':
          break;
      }
    }
    return cash;
  }

  private flagMarkings(type: 'Sale' | 'MoneyBack', record: FiscalRecord): void {
    const net = new Map<string, number>();
    for (const other of this.memory.state.documents)
      for (const marking of other.markings) net.set(marking.code, (net.get(marking.code) ?? 0) + (other.type === 'Sale' ? 1 : other.type === 'MoneyBack' ? -1 : 0));
    for (const marking of record.markings) {
      const sold = net.get(marking.code) ?? 0;
      if (type === 'Sale' && sold > 0) this.markingFlags.push(`sold twice: ${marking.code}`);
      if (type === 'MoneyBack' && sold <= 0) this.markingFlags.push(`returned unsold: ${marking.code}`);
    }
  }

  private newRecord(type: RecordType, body: Record<string, unknown>, raw: string, checked: CheckedReceipt, rrn: string): FiscalRecord {
    const sections = new Map<number, number>();
    for (const item of checked.items) sections.set(item.sectionCode, (sections.get(item.sectionCode) ?? 0) + item.total);
    const turnover: SectionTurnover[] = [...sections].map(([code, total]) => ({ code, total, vat: taxInside(total, this.settings.sections.get(code) ?? null) }));
    return {
      type,
      operationId: typeof body.operationId === 'string' && body.operationId !== '' ? body.operationId : null,
      uid: randomBytes(12).toString('hex').toUpperCase(),
      uuid: randomUUID(),
      numberCheck: this.memory.state.lastCheck + 1,
      shiftNumber: this.memory.state.shift.number,
      dateTime: this.minskTime(this.now()),
      cashier: checked.cashier,
      total: checked.total,
      cash: checked.cash - checked.change,
      cashless: checked.cashless,
      change: checked.change,
      rrn,
      sections: turnover,
      markings: checked.items.flatMap((item) => item.markings),
      body: raw,
    };
  }

  private documentAnswer(record: FiscalRecord, type: string, message: string): Answer {
    return this.success(type, message, {
      dateTime: record.dateTime,
      numberCheck: String(record.numberCheck),
      registerNumberSKO: this.settings.registerNumberSKO,
      uid: record.uid,
      uuid: record.uuid,
      rrn: record.rrn,
      total: this.figure(record.total),
      change: this.figure(record.change),
      isPrintSuccess: !this.settings.printFails,
      payments: [
        ...(record.cash + record.change > 0 ? [{ type: 'Cash', sum: this.figure(record.cash + record.change) }] : []),
        ...(record.cashless > 0 ? [{ type: 'Card', sum: this.figure(record.cashless), ref: record.rrn }] : []),
      ],
    });
  }

  private success(type: string, message: string, fields: Record<string, unknown>): Answer {
    return { resultCode: 200, messageTitle: 'Успех', messageDetail: message, type, ...fields };
  }

  private figure(kopecks: number): string | number {
    const text = formatMoney(kopecks);
    return this.settings.numbers === 'strings' ? text : Number(text);
  }

  /** ISO-8601 with the +03:00 of Minsk, as the register's answers carry it. */
  private minskTime(at: Date): string {
    return `${new Date(at.getTime() + 3 * 3_600_000).toISOString().slice(0, 19)}+03:00`;
  }
}
