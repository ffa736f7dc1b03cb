import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { refusalText, type RefusalKey, checkboxRefusals } from '../error-codes';
import type { SimMemory, SimReceipt, SimReport, SimShift } from './memory';
import { CloseShiftPayload, CreateShiftPayload, GoOfflinePayload, LoginPayload, PinPayload, SellPayload, ServicePayload, validationDetail } from './payloads';
import { OfflineRules, type OfflineRefusal } from './offline';
import { computeReceipt } from './receipt-math';
import { balanceOf, reportFigures } from './reports';
import type { SimTax } from './tax-table';
import { receiptText } from './receipt-text';
import { readRenderingQuery, receiptHtml, receiptPdf, receiptPng, receiptQrPng, type RenderedFile, type RenderingName } from './renderings';
import { fiscalCode, renderReceipt, renderReport, renderShift, taxUrl } from './views';

/** An HTTP answer of the service: JSON, or a file for the receipt renderings. */
export interface Answer {
  status: number;
  body: unknown;
  file?: RenderedFile;
}

export interface Identity {
  licenseKey: string;
  pin: string;
  login: string;
  password: string;
  cashierId: string;
  cashierName: string;
  registerId: string;
  fiscalNumber: string;
}

export const trainingIdentity: Identity = {
  licenseKey: 'training-license-key',
  pin: '0000',
  login: 'training',
  password: 'training-password',
  cashierId: '19ff96e0-993b-4403-a39f-42274484e3a9',
  cashierName: 'Тестовий касир',
  registerId: 'cb6905fd-5296-45ba-be4d-79302cf43a59',
  fiscalNumber: 'TEST400061',
};

export interface ServiceSettings {
  /** go-online calls before the register is online again (the document: repeat every 10-15 s). */
  goOnlineCalls: number;
  /** Polls that still see a new receipt CREATED before it is DONE. */
  receiptPolls: number;
  /** Polls that still see a shift CREATED (or CLOSING) before OPENED (or CLOSED). */
  shiftPolls: number;
  taxes: readonly SimTax[];
}

/** One request as the routes see it. */
export interface ServiceRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
}

/** What a receipt or shift request is about to do, for faults that act on the commit (server.ts). */
export interface Staged {
  /** Refuse the receipt's fiscalisation (it goes to ERROR), or leave it CREATED for this many polls. */
  receiptError?: string;
  stuckPolls?: number;
}

const refused = (key: RefusalKey, ...numbers: (number | string)[]): Answer => ({ status: checkboxRefusals[key].status, body: { message: refusalText(key, ...numbers) } });
const invalid = (error: z.ZodError): Answer => ({ status: 422, body: validationDetail(error) });
const notFound = (what: string): Answer => ({ status: 404, body: { message: `${what} не знайдено` } });

function parse<T>(schema: z.ZodType<T>, body: string): { ok: true; value: T } | { ok: false; answer: Answer } {
  let json: unknown;
  try {
    json = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return { ok: false, answer: { status: 422, body: { detail: [{ loc: ['body'], msg: 'Expecting value', type: 'value_error.jsondecode' }] } } };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, answer: invalid(parsed.error) };
}

/**
 * The training Checkbox service: the document's routes over the fiscal memory, with its checks
 * in the order a client meets them (auth, shift, payload, sums). Time comes from `now`, which the
 * clock control moves.
 */
export class CheckboxService {
  private readonly tokens = new Set<string>();
  signerDown = false;

  constructor(
    readonly memory: SimMemory,
    readonly identity: Identity,
    readonly settings: ServiceSettings,
    private readonly realNow: () => Date = () => new Date(),
  ) {}

  now(): Date {
    return new Date(this.realNow().getTime() + this.memory.counters.clockOffsetMs);
  }

  /** Every token given so far stops working (the token-revoked fault, and a restart of the service). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  handle(request: ServiceRequest, staged: Staged = {}): Answer {
    const { method, path } = request;
    const route = `${method} ${path.replace(/^\/api\/v1/, '')}`;
    if (route === 'POST /cashier/signinPinCode') return this.signInByPin(request);
    if (route === 'POST /cashier/signin') return this.signIn(request);
    if (route === 'GET /cash-registers/info') return this.withLicense(request, () => this.registerInfo());
    const denied = this.authenticate(request);
    if (denied) return denied;
    switch (route) {
      case 'POST /cashier/signout':
        this.tokens.delete(this.bearer(request) ?? '');
        return { status: 205, body: null };
      case 'GET /cashier/me':
        return { status: 200, body: this.cashier() };
      case 'GET /cashier/check-signature':
        return { status: 200, body: { online: !this.signerDown, type: 'TEST', shift_open_possibility: !this.signerDown && !this.memory.currentShift() } };
      case 'GET /cashier/shift': {
        const shift = this.memory.currentShift();
        return { status: 200, body: shift ? this.viewShift(this.advance(shift)) : null };
      }
      case 'GET /tax':
        return { status: 200, body: this.settings.taxes.map(({ ...row }) => row) };
      case 'POST /shifts':
        return this.withLicense(request, () => this.openShift(request.body));
      case 'POST /shifts/close':
        return this.closeShift(request.body);
      case 'POST /receipts/sell':
        return this.sell(request.body, staged);
      case 'POST /receipts/service':
        return this.service(request.body, staged);
      case 'GET /receipts/search':
        return this.search(request.query);
      case 'POST /reports':
        return this.xReport();
      case 'GET /reports':
        return this.reportList(request.query);
      case 'POST /cash-registers/ping-tax-service':
        return this.withLicense(request, () => ({ status: 200, body: { status: 'DONE' } }));
      case 'POST /receipts/sell-offline':
        return this.sellOffline(request.body, staged);
      case 'GET /cash-registers/ask-offline-codes':
      case 'GET /cash-registers/get-offline-codes':
      case 'GET /cash-registers/get-offline-codes-count':
      case 'GET /cash-registers/get-offline-time':
      case 'POST /cash-registers/go-offline':
      case 'POST /cash-registers/go-online':
        return this.withLicense(request, () => this.offlineRoute(route, request));
    }
    const shiftId = /^GET \/shifts\/([^/]+)$/.exec(route)?.[1];
    if (shiftId) {
      const shift = this.memory.shifts.find((s) => s.id === shiftId);
      return shift ? { status: 200, body: this.viewShift(this.advance(shift)) } : notFound('Зміну');
    }
    const receipt = /^GET \/receipts\/([^/]+)(?:\/(text|html|pdf|png|qrcode))?$/.exec(route);
    if (receipt) {
      const found = this.memory.receipts.get(receipt[1]!);
      if (!found) return notFound('Чек');
      if (receipt[2]) return this.rendering(found, receipt[2] as RenderingName, request.query);
      return { status: 200, body: this.viewReceipt(this.poll(found)) };
    }
    return { status: 404, body: { detail: 'Not Found' } };
  }

  // --- auth

  private bearer(request: ServiceRequest): string | undefined {
    return /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  }

  private authenticate(request: ServiceRequest): Answer | undefined {
    const token = this.bearer(request);
    if (token === undefined) return refused('auth_missing');
    return this.tokens.has(token) ? undefined : refused('auth_token');
  }

  private withLicense(request: ServiceRequest, then: () => Answer): Answer {
    return request.headers['x-license-key'] === this.identity.licenseKey ? then() : refused('auth_license');
  }

  private issueToken(): Answer {
    const token = `training.${randomUUID()}`;
    this.tokens.add(token);
    return { status: 200, body: { type: 'bearer', token_type: 'bearer', access_token: token } };
  }

  private signInByPin(request: ServiceRequest): Answer {
    return this.withLicense(request, () => {
      const payload = parse(PinPayload, request.body);
      if (!payload.ok) return payload.answer;
      return payload.value.pin_code === this.identity.pin ? this.issueToken() : refused('auth_pin');
    });
  }

  private signIn(request: ServiceRequest): Answer {
    const payload = parse(LoginPayload, request.body);
    if (!payload.ok) return payload.answer;
    const { login, password } = payload.value;
    return login === this.identity.login && password === this.identity.password ? this.issueToken() : refused('auth_password');
  }

  // --- register and shifts

  private cashier() {
    return { id: this.identity.cashierId, full_name: this.identity.cashierName, nin: '000000000', key_id: 'test_training', signature_type: 'TEST', permissions: { orders: false }, created_at: '2021-12-27T03:30:50+00:00', updated_at: null, certificate_end: null, blocked: null };
  }

  private registerInfo(): Answer {
    const last = [...this.memory.receipts.values()].at(-1);
    const lastZ = this.memory.reports.findLast((r) => r.isZ);
    return {
      status: 200,
      body: {
        id: this.identity.registerId,
        fiscal_number: this.identity.fiscalNumber,
        active: true,
        number: '1',
        created_at: '2021-12-27T03:30:50+00:00',
        updated_at: null,
        address: 'м. Київ, вул. Навчальна, 1',
        title: 'Навчальна каса',
        offline_mode: this.memory.counters.offline.mode,
        stay_offline: this.memory.counters.offline.mode,
        has_shift: this.memory.currentShift() !== undefined,
        documents_state: { last_receipt_code: last?.serial ?? 0, last_report_code: this.memory.reports.at(-1)?.serial ?? 0, last_z_report_code: lastZ?.serial ?? 0 },
      },
    };
  }

  private openShift(body: string): Answer {
    const payload = parse(CreateShiftPayload, body);
    if (!payload.ok) return payload.answer;
    const id = payload.value.id ?? randomUUID();
    if (this.memory.shifts.some((s) => s.id === id)) return { status: 400, body: { message: 'Зміна з таким id вже існує' } };
    if (this.memory.currentShift()) return refused('cashier_busy');
    if (this.signerDown) return refused('signer_down');
    const counters = this.memory.counters;
    const { fiscal_code: code, fiscal_date: date } = payload.value;
    // Offline (SEED ~636): after go-offline, with a free offline code and the client's date, checked like a receipt's; open at once, delivered later.
    if (counters.offline.mode || code !== undefined || date !== undefined) {
      const taken = this.offlineRules().offlineDocument(code, date ? new Date(date) : undefined);
      if (taken) return this.offlineRefusal(taken);
      counters.shift += 1;
      const openedAt = new Date(date!).toISOString();
      const shift: SimShift = { id, serial: counters.shift, status: 'OPENED', createdAt: openedAt, openedAt, closedAt: null, pollsLeft: 0, openError: null, closeError: null, zReportId: null, openCode: code!, closeCode: null, offline: true, delivered: false };
      this.memory.commit({ shifts: [shift] });
      return { status: 202, body: this.viewShift(shift) };
    }
    counters.shift += 1;
    const at = this.now().toISOString();
    const shift: SimShift = { id, serial: counters.shift, status: 'CREATED', createdAt: at, openedAt: null, closedAt: null, pollsLeft: this.settings.shiftPolls, openError: null, closeError: null, zReportId: null, openCode: fiscalCode(++counters.transaction), closeCode: null };
    if (shift.pollsLeft === 0) this.finishOpening(shift);
    this.memory.commit({ shifts: [shift] });
    return { status: 202, body: this.viewShift(shift) };
  }

  private finishOpening(shift: SimShift): void {
    shift.status = 'OPENED';
    shift.openedAt = this.now().toISOString();
  }

  private closeShift(body: string): Answer {
    const payload = parse(CloseShiftPayload, body);
    if (!payload.ok) return payload.answer;
    const shift = this.memory.currentShift();
    if (shift?.status !== 'OPENED') return refused('shift_not_open');
    const counters = this.memory.counters;
    counters.report += 1;
    const at = this.now().toISOString();
    const report: SimReport = { id: randomUUID(), serial: counters.report, shiftId: shift.id, isZ: true, createdAt: at, answer: {} };
    report.answer = renderReport(report, reportFigures(this.memory.receiptsOf(shift.id), this.settings.taxes));
    shift.status = 'CLOSING';
    shift.zReportId = report.id;
    shift.closeCode = fiscalCode(++counters.transaction);
    shift.pollsLeft = this.settings.shiftPolls;
    if (shift.pollsLeft === 0) this.finishClosing(shift);
    this.memory.commit({ shifts: [shift], reports: [report] });
    return { status: 202, body: this.viewShift(shift) };
  }

  private finishClosing(shift: SimShift): void {
    shift.status = 'CLOSED';
    shift.closedAt = this.now().toISOString();
  }

  /** A poll of a shift in a passing state moves it on once its polls are used up. */
  private advance(shift: SimShift): SimShift {
    if (shift.status !== 'CREATED' && shift.status !== 'CLOSING') return shift;
    if (shift.pollsLeft > 0) {
      shift.pollsLeft -= 1;
    } else if (shift.status === 'CREATED') this.finishOpening(shift);
    else this.finishClosing(shift);
    this.memory.commit({ shifts: [shift] });
    return shift;
  }

  private viewShift(shift: SimShift) {
    const z = shift.zReportId ? this.memory.reports.find((r) => r.id === shift.zReportId) : undefined;
    return renderShift(shift, {
      zReport: z?.answer ?? null,
      balance: { ...balanceOf(this.memory.receiptsOf(shift.id)), updated_at: this.now().toISOString() },
      taxes: this.settings.taxes,
      register: { id: this.identity.registerId, fiscal_number: this.identity.fiscalNumber, active: true, created_at: '2021-12-27T03:30:50+00:00' },
      cashier: this.cashier(),
    });
  }

  // --- receipts

  private openShiftOrRefusal(): { open: SimShift } | { refusal: Answer } {
    const shift = this.memory.currentShift();
    return shift?.status === 'OPENED' ? { open: shift } : { refusal: refused('shift_not_open') };
  }

  private sell(body: string, staged: Staged, offline = false): Answer {
    const payload = parse(SellPayload, body);
    if (!payload.ok) return payload.answer;
    const sell = payload.value;
    // A repeated id is refused before anything else: the client then looks the receipt up.
    if (sell.id && this.memory.receipts.has(sell.id)) return refused('duplicate_id');
    const shift = this.openShiftOrRefusal();
    if ('refusal' in shift) return shift.refusal;
    const { open } = shift;
    const returning = sell.goods.map((g) => g.is_return);
    if (new Set(returning).size > 1) return { status: 400, body: { message: 'Чек не може одночасно містити товари продажу та повернення' } };
    const unknownCode = sell.goods.flatMap((g) => g.good.tax ?? []).find((code) => !this.settings.taxes.some((t) => t.code === code));
    if (unknownCode !== undefined) return { status: 400, body: { message: `Невідомий код податку ${unknownCode}` } };
    const isReturn = returning[0] === true;
    if (sell.related_receipt_id && !this.memory.receipts.has(sell.related_receipt_id)) return { status: 400, body: { message: 'Пов’язаний чек не знайдено' } };
    const math = computeReceipt(sell.goods, sell.discounts ?? [], sell.payments, sell.rounding ?? false, this.settings.taxes);
    if (isReturn) {
      if (math.paid !== math.due) return refused('return_sum_mismatch', math.due);
      const drawer = balanceOf(this.memory.receiptsOf(open.id)).balance;
      if (math.cashPaid > drawer) return refused('not_enough_cash', math.cashPaid, drawer);
    } else if (math.paid < math.due) return refused('underpaid');
    if (offline) {
      const taken = this.offlineRules().offlineDocument(sell.fiscal_code, sell.fiscal_date ? new Date(sell.fiscal_date) : undefined);
      if (taken) return this.offlineRefusal(taken);
    }
    return this.commitReceipt({ id: sell.id ?? randomUUID(), type: isReturn ? 'RETURN' : 'SELL', shift: open, body, staged, sell, math, offline });
  }

  /** A receipt made in manual offline mode with a reserved code and the client's date: DONE at once, delivered later. */
  private sellOffline(body: string, staged: Staged): Answer {
    return this.sell(body, staged, true);
  }

  private offlineRules(): OfflineRules {
    return new OfflineRules(this.memory.counters.offline, this.settings.goOnlineCalls);
  }

  private offlineRefusal(refusal: OfflineRefusal): Answer {
    return 'key' in refusal ? refused(refusal.key, refusal.code ?? '') : { status: 400, body: { message: refusal.text } };
  }

  private offlineRoute(route: string, request: ServiceRequest): Answer {
    const rules = this.offlineRules();
    const count = Number(request.query.get('count') ?? 100);
    const now = this.now();
    const done = (body: unknown): Answer => {
      this.memory.commit({});
      return { status: 200, body };
    };
    switch (route) {
      case 'GET /cash-registers/ask-offline-codes': {
        const refusal = rules.ask(count, now);
        return refusal ? this.offlineRefusal(refusal) : done({});
      }
      case 'GET /cash-registers/get-offline-codes': {
        const shift = this.openShiftOrRefusal();
        if ('refusal' in shift) return shift.refusal;
        return done(rules.hand(count).map((code, index) => ({ fiscal_code: code, serial_id: index + 1, cash_register_id: this.identity.registerId, created_at: now.toISOString() })));
      }
      case 'GET /cash-registers/get-offline-codes-count':
        return { status: 200, body: { available: rules.available(), default: 2000 } };
      case 'GET /cash-registers/get-offline-time': {
        const from = new Date(request.query.get('from_date') ?? 0);
        const to = new Date(request.query.get('to_date') ?? now);
        const sessions = rules.sessions(from, to, now);
        const current = this.memory.counters.offline.mode ? sessions.at(-1)?.duration ?? 0 : 0;
        return { status: 200, body: { status: { current, total: sessions.reduce((s, x) => s + x.duration, 0) }, sessions } };
      }
      case 'POST /cash-registers/go-offline': {
        const payload = parse(GoOfflinePayload, request.body);
        if (!payload.ok) return payload.answer;
        const delivered = [...this.memory.receipts.values()].filter((r) => !r.offline).at(-1);
        const refusal = rules.goOffline(payload.value.go_offline_date ? new Date(payload.value.go_offline_date) : now, delivered ? new Date(delivered.createdAt) : undefined, payload.value.fiscal_code);
        return refusal ? this.offlineRefusal(refusal) : done({});
      }
      case 'POST /cash-registers/go-online': {
        const online = rules.goOnline(now);
        // Back online, the service delivers what was made offline.
        const delivered = online ? [...this.memory.receipts.values()].filter((r) => r.offline && !r.delivered) : [];
        for (const receipt of delivered) receipt.delivered = true;
        const shifts = online ? this.memory.shifts.filter((s) => s.offline && !s.delivered) : [];
        for (const shift of shifts) shift.delivered = true;
        this.memory.commit({ receipts: delivered, shifts });
        return { status: 200, body: { status: online ? 'ONLINE' : 'PENDING' } };
      }
    }
    return { status: 404, body: { detail: 'Not Found' } };
  }

  private service(body: string, staged: Staged): Answer {
    const payload = parse(ServicePayload, body);
    if (!payload.ok) return payload.answer;
    const { id, payment } = payload.value;
    if (id && this.memory.receipts.has(id)) return refused('duplicate_id');
    const shift = this.openShiftOrRefusal();
    if ('refusal' in shift) return shift.refusal;
    const { open } = shift;
    const drawer = balanceOf(this.memory.receiptsOf(open.id)).balance;
    if (payment.value < 0 && -payment.value > drawer) return refused('not_enough_cash', -payment.value, drawer);
    return this.commitReceipt({ id: id ?? randomUUID(), type: payment.value > 0 ? 'SERVICE_IN' : 'SERVICE_OUT', shift: open, body, staged, service: payment });
  }

  private commitReceipt(input: { id: string; type: SimReceipt['type']; shift: SimShift; body: string; staged: Staged; sell?: SellPayload; math?: ReturnType<typeof computeReceipt>; service?: { type: 'CASH'; value: number; label: string }; offline?: boolean }): Answer {
    const counters = this.memory.counters;
    counters.receipt += 1;
    const { sell, service } = input;
    const receipt: SimReceipt = {
      id: input.id,
      serial: counters.receipt,
      type: input.type,
      shiftId: input.shift.id,
      status: input.offline ? 'DONE' : 'CREATED',
      pollsLeft: input.staged.stuckPolls ?? this.settings.receiptPolls,
      error: input.staged.receiptError ?? null,
      createdAt: input.offline && sell?.fiscal_date ? new Date(sell.fiscal_date).toISOString() : this.now().toISOString(),
      fiscalCode: input.offline && sell?.fiscal_code ? sell.fiscal_code : fiscalCode(++counters.transaction),
      goods: sell?.goods ?? [],
      discounts: sell?.discounts ?? [],
      payments: sell?.payments ?? (service ? [service] : []),
      rounding: sell?.rounding ?? false,
      math: input.math ?? null,
      serviceValue: service?.value ?? 0,
      relatedReceiptId: sell?.related_receipt_id ?? null,
      request: input.body,
      ...(input.offline ? { offline: true, delivered: false } : {}),
    };
    this.memory.commit({ receipts: [receipt] });
    return { status: 201, body: this.viewReceipt(receipt) };
  }

  /** A poll of a CREATED receipt: DONE (or ERROR) once its polls are used up. */
  private poll(receipt: SimReceipt): SimReceipt {
    if (receipt.status !== 'CREATED') return receipt;
    if (receipt.pollsLeft > 0) receipt.pollsLeft -= 1;
    else receipt.status = receipt.error ? 'ERROR' : 'DONE';
    this.memory.commit({ receipts: [receipt] });
    return receipt;
  }

  /**
   * A receipt's rendering from memory (OAS 0.1.79 GET /receipts/{id}/…): every one is made from
   * the same text as /text, so what a test reads back agrees across them. A query outside the
   * schema's bounds is a 422 as FastAPI gives it; a receipt with no tax link (not fiscalised yet)
   * has no QR code to draw: 404, which the schema leaves open (it lists 200 and 422 only).
   */
  private rendering(found: SimReceipt, name: RenderingName, search: URLSearchParams): Answer {
    const read = readRenderingQuery(name, search);
    if (!read.ok) return { status: 422, body: { detail: read.error.issues.map((issue) => ({ loc: ['query', ...issue.path.map(String)], msg: issue.message, type: `value_error.${issue.code}` })), message: 'Validation error' } };
    const view = this.viewReceipt(found);
    const text = (width: number) => receiptText(view, this.identity.fiscalNumber, width);
    const file = (contentType: string, bytes: Promise<Buffer>): Answer => ({ status: 200, body: null, file: { contentType, bytes } });
    const query = read.value;
    switch (query.name) {
      case 'text':
        return file('text/plain; charset=utf-8', Promise.resolve(Buffer.from(text(query.query.width), 'utf8')));
      case 'html':
        return file('text/html; charset=utf-8', Promise.resolve(Buffer.from(receiptHtml(text(42), `Чек № ${view.serial}`, query.query.simple), 'utf8')));
      case 'pdf':
        return file('application/pdf', receiptPdf(text(42), view.tax_url));
      case 'png':
        return view.tax_url ? file('image/png', receiptPng(view.tax_url, query.query.paper_width, query.query.qrcode_scale)) : notFound('QR-код чека');
      case 'qrcode':
        return view.tax_url ? file('image/png', receiptQrPng(view.tax_url)) : notFound('QR-код чека');
    }
  }

  private viewReceipt(receipt: SimReceipt) {
    const shift = this.memory.shifts.find((s) => s.id === receipt.shiftId)!;
    return renderReceipt(receipt, { shift: this.viewShift(shift), taxUrl: taxUrl(this.identity.fiscalNumber, receipt) });
  }

  private search(query: URLSearchParams): Answer {
    const shiftId = query.get('shift_id');
    const from = query.get('from_date');
    const to = query.get('to_date');
    const all = [...this.memory.receipts.values()].filter((r) => (!shiftId || r.shiftId === shiftId) && (!from || r.createdAt >= from) && (!to || r.createdAt <= to));
    const offset = Number(query.get('offset') ?? 0);
    const limit = Number(query.get('limit') ?? 25);
    return { status: 200, body: { meta: { limit, offset }, results: all.slice(offset, offset + limit).map((r) => this.viewReceipt(r)) } };
  }

  // --- reports

  private xReport(): Answer {
    const shift = this.openShiftOrRefusal();
    if ('refusal' in shift) return shift.refusal;
    const { open } = shift;
    const counters = this.memory.counters;
    counters.report += 1;
    const report: SimReport = { id: randomUUID(), serial: counters.report, shiftId: open.id, isZ: false, createdAt: this.now().toISOString(), answer: {} };
    report.answer = renderReport(report, reportFigures(this.memory.receiptsOf(open.id), this.settings.taxes));
    this.memory.commit({ reports: [report] });
    return { status: 201, body: report.answer };
  }

  private reportList(query: URLSearchParams): Answer {
    const from = query.get('from_date');
    const to = query.get('to_date');
    const z = query.get('is_z_report');
    const all = this.memory.reports.filter((r) => (!from || r.createdAt >= from) && (!to || r.createdAt <= to) && (z === null || String(r.isZ) === z));
    const offset = Number(query.get('offset') ?? 0);
    const limit = Number(query.get('limit') ?? 25);
    return { status: 200, body: { meta: { limit, offset }, results: all.slice(offset, offset + limit).map((r) => r.answer) } };
  }
}
