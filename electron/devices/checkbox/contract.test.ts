import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CashierAnswer, CurrentShiftAnswer, ReceiptAnswer, RegisterAnswer, ShiftAnswer, SignatureAnswer, TaxTable } from './answers';
import { receiptHtmlRendering, receiptPdfRendering, receiptPngRendering, receiptQrRendering, receiptTextRendering } from './renderings';
import { cashier, cashSale, line, startHarness, tenders, type Harness } from './testing/harness';

/**
 * Every operation of drivers/checkbox.md §1 over HTTP against the training server (check 1).
 * The external test service is reached only through the opt-in suite (external.test.ts).
 */
describe('Checkbox acceptance check 1, the contract: every operation over HTTP on the training server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('signs in by PIN with the licence key, and by login and password; signs out', async () => {
    expect(await h.client.signIn()).toMatchObject({ kind: 'ok' });
    expect(await h.client.call('GET', '/cashier/me', CashierAnswer)).toMatchObject({ kind: 'ok', value: { full_name: 'Тестовий касир' } });
    expect(await h.client.signOut()).toMatchObject({ kind: 'ok' });
    const { CheckboxClient } = await import('./client');
    const identity = h.simulator.service.identity;
    const byLogin = new CheckboxClient({ url: h.simulator.url, licenseKey: identity.licenseKey, signIn: { login: identity.login, password: identity.password } });
    expect(await byLogin.call('GET', '/cashier/me', CashierAnswer)).toMatchObject({ kind: 'ok' });
    const wrongPin = new CheckboxClient({ url: h.simulator.url, licenseKey: identity.licenseKey, signIn: { pin: '9999' } });
    expect(await wrongPin.call('GET', '/cashier/me', CashierAnswer)).toMatchObject({ kind: 'refused', status: 403, code: 'auth_pin' });
    const wrongKey = new CheckboxClient({ url: h.simulator.url, licenseKey: 'nope', signIn: { pin: identity.pin } });
    expect(await wrongKey.call('GET', '/cashier/me', CashierAnswer)).toMatchObject({ kind: 'refused', status: 401, code: 'auth_license' });
  });

  it('reads the register, the signature agent and the tax table', async () => {
    expect(await h.driver.info()).toMatchObject({ kind: 'done', value: { model: 'Checkbox', cashboxFactoryNumber: 'TEST400061', state: 'online' } });
    expect(await h.client.call('GET', '/cash-registers/info', RegisterAnswer, { license: true, auth: false })).toMatchObject({ kind: 'ok', value: { has_shift: false } });
    expect(await h.client.call('GET', '/cashier/check-signature', SignatureAnswer)).toMatchObject({ kind: 'ok', value: { online: true } });
    const taxes = await h.client.call('GET', '/tax', TaxTable);
    expect(taxes.kind === 'ok' && taxes.value.map((t) => t.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await h.client.call('POST', '/cash-registers/ping-tax-service', SignatureAnswer.partial(), { license: true })).toMatchObject({ kind: 'ok' });
  });

  it('opens a shift with our UUID and books the opening float as SERVICE_IN after OPENED', async () => {
    expect(await h.driver.shiftStatus()).toMatchObject({ kind: 'done', value: { open: false } });
    expect(await h.driver.openShift(cashier, 10_000)).toMatchObject({ kind: 'done' });
    expect(await h.driver.shiftStatus()).toMatchObject({ kind: 'done', value: { open: true } });
    const shift = h.simulator.memory.shifts.at(-1)!;
    const float = [...h.simulator.memory.receipts.values()].find((r) => r.shiftId === shift.id);
    expect(float).toMatchObject({ type: 'SERVICE_IN', serviceValue: 10_000, status: 'DONE' });
    const opened = h.simulator.received.filter((r) => r.method === 'POST').map((r) => r.path.replace('/api/v1', ''));
    expect(opened.indexOf('/shifts')).toBeLessThan(opened.indexOf('/receipts/service'));
    expect(await h.driver.openShift(cashier, 0)).toMatchObject({ kind: 'rejected', refusal: { code: 'register_busy' } });
  });

  it('1: reads the current shift and the shift by id, as polling and recovery do', async () => {
    const current = await h.client.call('GET', '/cashier/shift', CurrentShiftAnswer);
    expect(current).toMatchObject({ kind: 'ok', value: { status: 'OPENED' } });
    const id = current.kind === 'ok' ? current.value?.id : undefined;
    expect(await h.client.call('GET', `/shifts/${id}`, ShiftAnswer)).toMatchObject({ kind: 'ok', value: { id, status: 'OPENED' } });
  });

  it('sells with a line discount, split tenders and change from cash; the body id is our UUID', async () => {
    const uuid = randomUUID();
    const { request, outcome } = await h.settle({ kind: 'sale', cashierName: cashier, lines: [line(12_300, { discount: 300 }), line(4_560, { quantity: 2_500, itemUid: 'L2', vatRate: 'vatFree' })], tenders: tenders({ card: 5_000, cash: 20_000 }) }, uuid);
    expect(JSON.parse(request.body)).toMatchObject({ id: uuid, goods: [{ good: { price: 12_300, tax: [1] }, quantity: 1000, is_return: false, discounts: [{ type: 'DISCOUNT', mode: 'VALUE', value: 300 }] }, { good: { tax: [8] }, quantity: 2500 }] });
    expect(outcome).toMatchObject({ kind: 'done', duplicate: false, value: { documentId: uuid, total: 12_000 + 11_400 } });
    expect(h.simulator.memory.receipts.get(uuid)?.math).toMatchObject({ total: 23_400, rest: 1_600 });
  });

  it('returns a sale: every good is_return, related_receipt_id the sale, payments equal to the total', async () => {
    const sale = await h.settle(cashSale(5_000));
    const doc = { kind: 'moneyBack' as const, cashierName: cashier, parentUuid: sale.uuid, moneyBackType: 'sale' as const, manual: false, lines: [line(5_000)], tenders: tenders({ cash: 5_000 }) };
    const back = await h.settle(doc);
    expect(JSON.parse(back.request.body)).toMatchObject({ related_receipt_id: sale.uuid, goods: [{ is_return: true }] });
    expect(back.outcome).toMatchObject({ kind: 'done', value: { total: 5_000 } });
    expect(h.simulator.memory.receipts.get(back.uuid)?.type).toBe('RETURN');
  });

  it('takes cash in and out as service receipts', async () => {
    expect((await h.settle({ kind: 'deposit', cashierName: cashier, sum: 2_000 })).outcome).toMatchObject({ kind: 'done' });
    const out = await h.settle({ kind: 'withdraw', cashierName: cashier, sum: 1_500 });
    expect(JSON.parse(out.request.body)).toMatchObject({ payment: { type: 'CASH', value: -1_500, label: 'Готівка' } });
    expect(h.simulator.memory.receipts.get(out.uuid)?.type).toBe('SERVICE_OUT');
  });

  it('reads a receipt by id, searches the shift, renders a receipt as text', async () => {
    const sale = await h.settle(cashSale(700));
    expect(await h.client.call('GET', `/receipts/${sale.uuid}`, ReceiptAnswer)).toMatchObject({ kind: 'ok', value: { id: sale.uuid, status: 'DONE' } });
    const tape = await h.driver.controlTape();
    expect(tape.kind === 'done' && tape.value?.entries.map((e) => e.kind)).toEqual(['deposit', 'sale', 'sale', 'moneyBack', 'deposit', 'withdraw', 'sale']);
    const text = await receiptTextRendering(h.client, sale.uuid, { width: 32 });
    expect(text).toMatchObject({ kind: 'ok' });
    const lines = text.kind === 'ok' ? text.value.split('\n') : [];
    expect(lines).toContain('ФІСКАЛЬНИЙ ЧЕК');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(32);
  });

  it('gives an X report that agrees with the receipts, then closes the shift with a Z report', async () => {
    const x = await h.driver.xReport(cashier);
    expect(x).toMatchObject({ kind: 'done', value: { sale: { count: 3, cash: 20_000 - 1_600 + 5_000 + 700, cashless: 5_000 }, moneyBack: { count: 1, cash: 5_000 }, deposit: { count: 2, total: 12_000 }, withdraw: { count: 1, total: 1_500 } } });
    const close = await h.settle({ kind: 'closeShift', cashierName: cashier });
    expect(close.request.operation).toMatch(/^closeShift:/);
    expect(close.outcome).toMatchObject({ kind: 'done', value: { report: { sale: { count: 3 } } } });
    expect(await h.driver.shiftStatus()).toMatchObject({ kind: 'done', value: { open: false } });
    const periodic = await h.driver.periodicReport(new Date(Date.now() - 86_400_000), new Date(Date.now() + 86_400_000));
    expect(periodic).toMatchObject({ kind: 'done', value: { figures: { z_reports: 1, sell_receipts_count: 3 } } });
  });

  it('has no printer and no drawer of its own', async () => {
    expect(await h.driver.printLast()).toMatchObject({ kind: 'rejected', refusal: { code: 'not_supported' } });
    expect(await h.driver.openDrawer()).toMatchObject({ kind: 'rejected', refusal: { code: 'not_supported' } });
  });
});

describe('Checkbox contract: the receipt renderings over HTTP on the training server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.driver.openShift(cashier, 0);
  });
  afterAll(async () => h.close());

  it('renders a receipt as HTML, PDF, PNG and its QR code, each checked for what it claims to be', async () => {
    const sale = await h.settle(cashSale(900));
    const fiscalCode = h.simulator.memory.receipts.get(sale.uuid)!.fiscalCode;
    const html = await receiptHtmlRendering(h.client, sale.uuid, { simple: true });
    expect(html.kind === 'ok' && html.value).toContain(fiscalCode);
    expect(html.kind === 'ok' && html.value).not.toContain('<style>');
    expect((await receiptHtmlRendering(h.client, sale.uuid, { simple: false })).kind === 'ok').toBe(true);
    const pdf = await receiptPdfRendering(h.client, sale.uuid);
    expect(pdf.kind === 'ok' && pdf.value.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const png = await receiptPngRendering(h.client, sale.uuid, { width: 42, paper_width: 80, qrcode_scale: 50 });
    expect(png.kind === 'ok' && png.value.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR's width: the QR drawn at half of 80 mm in 8-dot millimetres.
    expect(png.kind === 'ok' && png.value.readUInt32BE(16)).toBe(320);
    const qr = await receiptQrRendering(h.client, sale.uuid);
    expect(qr.kind === 'ok' && qr.value.readUInt32BE(0)).toBe(0x89504e47);
    // The same paths a client without these functions would ask, as a proof the routes answer over HTTP.
    expect(h.simulator.received.filter((r) => r.id === sale.uuid).map((r) => r.path.split('/').pop())).toEqual(expect.arrayContaining(['html', 'pdf', 'png', 'qrcode']));
  });

  it('refuses rendering queries out of the schema’s bounds before sending, and the server refuses them too', async () => {
    const sale = await h.settle(cashSale(100));
    const before = h.simulator.received.length;
    expect(await receiptTextRendering(h.client, sale.uuid, { width: 9 })).toMatchObject({ kind: 'refused', status: 0, code: 'validation' });
    expect(await receiptPngRendering(h.client, sale.uuid, { width: 30, paper_width: 100, qrcode_scale: 75 })).toMatchObject({ kind: 'refused', status: 0, code: 'validation' });
    expect(h.simulator.received.length).toBe(before);
    const raw = await h.client.rendering(`/receipts/${sale.uuid}/text`, { width: 300 });
    expect(raw).toMatchObject({ kind: 'refused', status: 422, code: 'validation' });
    expect(await receiptPdfRendering(h.client, randomUUID())).toMatchObject({ kind: 'refused', status: 404, code: 'not_found' });
  });

  it('classifies a rendering that is not what it claims (garbage, empty, a 500 page) as unknown, never a receipt', async () => {
    const sale = await h.settle(cashSale(200));
    h.simulator.faults.next({ kind: 'garbage' }, 'rendering');
    expect(await receiptPdfRendering(h.client, sale.uuid)).toMatchObject({ kind: 'unknown', reason: 'invalid_answer' });
    h.simulator.faults.next({ kind: 'empty' }, 'rendering');
    expect(await receiptPngRendering(h.client, sale.uuid, { width: 30, paper_width: 58, qrcode_scale: 75 })).toMatchObject({ kind: 'unknown', reason: 'empty_body' });
    h.simulator.faults.next({ kind: 'garbage' }, 'rendering');
    expect(await receiptHtmlRendering(h.client, sale.uuid, { simple: true })).toMatchObject({ kind: 'unknown', reason: 'invalid_answer' });
    h.simulator.faults.next({ kind: 'http500' }, 'rendering');
    expect(await receiptQrRendering(h.client, sale.uuid)).toMatchObject({ kind: 'unknown', reason: 'http_status' });
    h.simulator.faults.next({ kind: 'tokenRevoked' }, 'rendering');
    expect(await receiptPdfRendering(h.client, sale.uuid)).toMatchObject({ kind: 'ok' });
  });
});
