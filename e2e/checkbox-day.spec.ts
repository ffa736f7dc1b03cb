import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { ShiftReport } from '../shared/fiscal/shift-report';
import type { Reconciliation } from '../shared/reports/channels';
import type { ZReportRecord } from '../shared/reports/z-report';
import { ean13 } from '../electron/catalog/testing/barcodes';
import { checkboxTraining } from '../electron/devices/checkbox/simulator/training-device';
import { startCheckboxSimulator } from '../electron/devices/checkbox/simulator/server';
import { addByName, cashOutReason, countDrawer, keypad, pin } from './counter';
import { e2eManager, startBuiltWebHost, type RunningHost } from './web-host';

/**
 * Issue 16 point 9: a whole day of a Ukrainian shop on the Checkbox training device, in
 * Ukrainian, at 1024x768: the shift opened, a sale with a line discount paid by card and cash
 * (the cash rounded under the NBU rules), a cash sale, a return of one line, cash in and out,
 * the X report, the journal's check and the Z report. Every screen is photographed in uk and ru;
 * the journal's figures must equal the training server's X and Z reports field by field.
 */
const catalogue = [
  'name;barcodes;code;price;vat;unit;favourite;position',
  `Хліб Український 650 г;${ean13('482000100001')};2001;28,90;vat20;piece;yes;1`,
  `Молоко 2,5% 900 г;${ean13('482000200001')};2002;42,37;vat20;piece;yes;2`,
  `Кава мелена 250 г;${ean13('482000300001')};2003;189,99;vat20;piece;yes;3`,
  `Парацетамол 500 мг №10;${ean13('482000400001')};2004;31,45;vat7;piece;no;`,
].join('\n');

/**
 * Latin words a Ukrainian or Russian screen may show: names of systems and file formats, the language switch's own
 * "Az" and "Eng", key names, the card terminal's RRN, and the e2e manager's Azerbaijani surname.
 */
const allowedLatin = new Set(['Kassa', 'Checkbox', 'PIN', 'QR', 'CSV', 'PDF', 'JSON', 'RRN', 'Az', 'Eng', 'Enter', 'Esc', 'Del', 'Quliyeva']);

/**
 * Words in Latin letters only on the page that are not names: English leaking into a
 * translation. A word with a digit is data (a fiscal code, F12); the manager's Azerbaijani name
 * has letters beyond Latin.
 */
async function latinWords(page: Page): Promise<string[]> {
  const words = (await page.locator('body').innerText()).split(/[\s·:;,.()«»"“”]+/);
  return [...new Set(words.filter((word) => /^[A-Za-z][A-Za-z'’-]*[A-Za-z]$/.test(word) && !allowedLatin.has(word)))];
}

/** The shape of a page element this spec reads (the e2e code is compiled without the DOM's types). */
interface Box {
  tagName: string;
  innerText: string;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  offsetParent: unknown;
  overflow: string;
}

/** Elements whose text is cut: wider or taller than the box that shows them, with the rest hidden. */
async function clipped(page: Page): Promise<string[]> {
  const boxes = await page.locator('button, th, td, dt, dd, label, h1, h2, h3, output, [role="tab"], [role="status"]').evaluateAll((elements) =>
    elements.map((el) => {
      const e = el as unknown as Box & { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { overflow: string } } } };
      return { tagName: e.tagName, innerText: e.innerText, scrollWidth: e.scrollWidth, clientWidth: e.clientWidth, scrollHeight: e.scrollHeight, clientHeight: e.clientHeight, offsetParent: e.offsetParent !== null, overflow: e.ownerDocument.defaultView.getComputedStyle(e).overflow };
    }),
  );
  return boxes
    .filter((b) => b.offsetParent && b.overflow !== 'visible' && (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1))
    .map((b) => `${b.tagName.toLowerCase()}: ${b.innerText.slice(0, 60)}`);
}

/** The screen in uk and ru, attached to the test; the uk one is checked for English and clipping. */
async function shots(page: Page, testInfo: TestInfo, name: string, problems: string[]) {
  for (const locale of ['uk', 'ru'] as const) {
    // Straight to the switcher: an open dialog's backdrop covers it, and the dialog must stay open.
    await page.locator(`[data-locale="${locale}"]`).dispatchEvent('click');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const path = testInfo.outputPath(`checkbox-day-${name}-${locale}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`${name}-${locale}`, { path, contentType: 'image/png' });
    for (const word of await latinWords(page)) problems.push(`${name} (${locale}): "${word}"`);
    for (const cut of await clipped(page)) problems.push(`${name} (${locale}) clipped: ${cut}`);
  }
  await page.locator('[data-locale="uk"]').dispatchEvent('click');
}

/** Approves with the manager's PIN where the app asks for it (the manager is the one signed in). */
async function approveIfAsked(page: Page) {
  const asked = await page
    .getByTestId('pin-dots')
    .waitFor({ timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  if (asked) await pin(page, e2eManager.pin);
}

async function nextSale(page: Page) {
  await expect(page.getByTestId('result')).toBeVisible({ timeout: 20_000 });
  await page.getByTestId('next-sale').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

interface StateReport {
  isZ: boolean;
  answer: {
    payments: { type: 'CASH' | 'CASHLESS'; sell_sum: number; return_sum: number; service_in: number; service_out: number }[];
    taxes: { rate: number; sales_turnover: number; returns_turnover: number }[];
    sell_receipts_count: number;
    return_receipts_count: number;
  };
}

/** The journal's figures next to a report in the training server's memory, named field by field. */
function againstServer(journal: ShiftReport, report: StateReport['answer']) {
  const pay = (type: 'CASH' | 'CASHLESS') => report.payments.find((p) => p.type === type)!;
  const turnover = (rate: number, field: 'sales_turnover' | 'returns_turnover') => report.taxes.filter((t) => t.rate === rate).reduce((s, t) => s + t[field], 0);
  const vat = (totals: ShiftReport['sale'], rate: number) => totals.vat.filter((v) => v.percent === rate).reduce((s, v) => s + v.gross, 0);
  return {
    journal: {
      saleCount: journal.sale.count,
      saleCash: journal.sale.cash,
      saleCard: journal.sale.cashless,
      returnCount: journal.moneyBack.count,
      returnCash: journal.moneyBack.cash,
      returnCard: journal.moneyBack.cashless,
      cashIn: journal.deposit.total,
      cashOut: journal.withdraw.total,
      sale20: vat(journal.sale, 20),
      sale7: vat(journal.sale, 7),
      return20: vat(journal.moneyBack, 20),
    },
    server: {
      saleCount: report.sell_receipts_count,
      saleCash: pay('CASH').sell_sum,
      saleCard: pay('CASHLESS').sell_sum,
      returnCount: report.return_receipts_count,
      returnCash: pay('CASH').return_sum,
      returnCard: pay('CASHLESS').return_sum,
      cashIn: pay('CASH').service_in,
      cashOut: pay('CASH').service_out,
      sale20: turnover(20, 'sales_turnover'),
      sale7: turnover(7, 'sales_turnover'),
      return20: turnover(20, 'returns_turnover'),
    },
  };
}

test('a day on Checkbox in Ukrainian: sales with a discount and split tenders, a return, cash in and out, X, the journal’s check and Z', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let host: RunningHost | undefined = await startBuiltWebHost({ args: ['--training', 'checkbox'] });
  try {
    expect(await host.call('catalog.import', { csv: catalogue, mode: 'replace' })).toMatchObject({ ok: true, value: { imported: 4 } });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(host.url);
    await page.locator('[data-locale="uk"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

    // The shift opens on the training device.
    await page.getByTestId('open-shift').click();
    await shots(page, testInfo, 'open-shift', problems);
    await page.getByTestId('confirm-open-shift').click();
    await expect(page.getByTestId('shift-left')).toBeVisible();

    // Sale 1: bread, milk and coffee with 10,00 off the coffee: 251,26; 200,00 by card, the rest
    // in cash, which the NBU rules round to 51,30 (+0,04 shown on the receipt).
    await addByName(page, 'Хліб');
    await addByName(page, 'Молоко');
    await addByName(page, 'Кава');
    await page.keyboard.press('F5');
    await expect(page.getByTestId('discount-money')).toHaveAttribute('aria-checked', 'true');
    await keypad(page, '10');
    await expect(page.getByTestId('receipt-total')).toContainText('251,26');
    await shots(page, testInfo, 'sale', problems);
    await page.getByTestId('pay').click();
    // Acceptance check 15 in the UI: tenders Checkbox has no equivalent for are not offered.
    for (const tender of ['bonus', 'credit', 'prepayment']) await expect(page.getByTestId(`tender-${tender}`)).toHaveCount(0);
    await page.getByTestId('tender-card').click();
    await keypad(page, '200');
    await page.locator('.quick-cash button').first().click();
    await expect(page.getByTestId('tender-cash')).toContainText('51,30');
    await expect(page.getByTestId('payment-rounding')).toContainText('0,04');
    await expect(page.getByTestId('confirm-pay')).toContainText('251,26');
    await shots(page, testInfo, 'payment-split', problems);
    await page.getByTestId('confirm-pay').click();
    await expect(page.getByTestId('result')).toBeVisible({ timeout: 20_000 });
    // The result shows the rounding, so the tenders (51,30 + 200,00) add up to the receipt's 251,26 with it.
    await expect(page.getByTestId('result-rounding')).toContainText('0,04');
    await shots(page, testInfo, 'result', problems);
    await nextSale(page);

    // Sale 2: paracetamol (7 %) and bread, 60,35, paid with a 100 note: change from cash.
    await addByName(page, 'Парацетамол');
    await addByName(page, 'Хліб');
    await expect(page.getByTestId('receipt-total')).toContainText('60,35');
    await page.getByTestId('pay').click();
    await page.getByTestId('tender-cash').click();
    await keypad(page, '100');
    await expect(page.getByTestId('payment-change')).toBeVisible();
    await shots(page, testInfo, 'payment-change', problems);
    await page.getByTestId('confirm-pay').click();
    await nextSale(page);

    // A return of the milk from sale 1, in cash.
    await page.getByTestId('nav-receipts').click();
    await page.getByTestId('receipt-list').getByRole('button', { name: /251,26/ }).first().click();
    await shots(page, testInfo, 'receipt', problems);
    await expect(page.getByTestId('rollback')).toHaveCount(0);
    await page.getByTestId('refund').click();
    await page.getByTestId('refund-line-1').click();
    await keypad(page, '1');
    await expect(page.getByTestId('refund-total')).toContainText('42,37');
    // Cash goes back rounded under the NBU rule too: 42,40, the rounding +0,03 shown; the receipt's total stays 42,37.
    await expect(page.getByTestId('refund-tenders')).toContainText('42,40');
    await expect(page.getByTestId('refund-tenders')).toContainText('0,03');
    await shots(page, testInfo, 'refund', problems);
    await page.getByTestId('confirm-refund').click();
    await approveIfAsked(page);
    await expect(page.getByTestId('result')).toBeVisible({ timeout: 20_000 });
    await page.getByTestId('next-sale').click();

    // Cash in 500,00, cash out 200,00.
    await page.getByTestId('nav-cash').click();
    // Check 15: no credit, advance or correction documents.
    for (const absent of ['flow-credit', 'flow-advance', 'flow-correction']) await expect(page.getByTestId(absent)).toHaveCount(0);
    await page.getByTestId('cash-in').click();
    await keypad(page, '500');
    await approveIfAsked(page);
    await expect(page.getByTestId('cash-done')).toContainText('500,00');
    await page.getByTestId('cash-out').click();
    await keypad(page, '200');
    await cashOutReason(page, 'Інкасація');
    await approveIfAsked(page);
    await expect(page.getByTestId('cash-done')).toContainText('200,00');
    await shots(page, testInfo, 'cash', problems);

    // The manager's X report and the journal's check: no difference.
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('report-table-operations')).toBeVisible({ timeout: 20_000 });
    // Checkbox takes cash and card only and has no rollback, correction, credit or prepayment documents: no columns or rows of zeros for them.
    await expect(page.getByTestId('report-table-operations').locator('thead th')).toHaveCount(5);
    await expect(page.getByTestId('report-table-operations').locator('tbody tr')).toHaveCount(4);
    await shots(page, testInfo, 'x', problems);
    await page.getByTestId('report-tab-reconcile').click();
    await expect(page.getByTestId('reconcile-summary')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('reconciliation').locator('[data-differs]')).toHaveCount(0);
    await shots(page, testInfo, 'reconciliation', problems);
    const reconciliation = (await host.call('report.reconcile', {})).value as Reconciliation;
    expect(reconciliation).toMatchObject({ differences: 0, unsettled: 0, mismatches: [] });

    // The Z report closes the shift, again with no difference.
    await page.getByTestId('report-tab-x').click();
    await page.getByTestId('close-shift').click();
    await expect(page.getByTestId('close-check')).toBeVisible({ timeout: 20_000 });
    await shots(page, testInfo, 'close-shift', problems);
    // The blind count: the drawer holds the cash kept (111,70), less the return's 42,40, plus 500,00 in and less 200,00 out.
    await countDrawer(page, '369,30');
    await page.getByTestId('confirm-z').click();
    await approveIfAsked(page);
    await expect(page.getByTestId('z-taken')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('report-table-reconciliation').locator('[data-differs]')).toHaveCount(0);
    await shots(page, testInfo, 'z', problems);
    const zList = (await host.call('report.zList', {})).value as { id: number }[];
    const z = (await host.call('report.zGet', { id: zList[0]!.id })).value as ZReportRecord;
    expect(z.differences).toBe(0);
    expect(z.cashCount).toEqual({ expected: 36930, counted: 36930 });

    // The training server's own memory, through its state endpoint: the documents of the day and
    // its last X and its Z report equal to the journal's figures, field by field.
    const dataDir = host.dataDir;
    await host.kill();
    const server = await startCheckboxSimulator({ host: '127.0.0.81', memoryFile: join(dataDir, checkboxTraining.memoryFile) });
    try {
      const state = (await (await fetch(`${new URL(server.url).origin}/__state`)).json()) as {
        receipts: { type: string; total: number; status: string }[];
        reports: StateReport[];
      };
      expect(state.receipts.map((r) => [r.type, r.total, r.status])).toEqual([
        ['SELL', 25126, 'DONE'],
        ['SELL', 6035, 'DONE'],
        ['RETURN', 4237, 'DONE'],
        ['SERVICE_IN', 50000, 'DONE'],
        ['SERVICE_OUT', -20000, 'DONE'],
      ]);
      const lastX = state.reports.findLast((r) => !r.isZ)!;
      const zReport = state.reports.findLast((r) => r.isZ)!;
      const x = againstServer(reconciliation.journal, lastX.answer);
      expect(x.journal).toEqual(x.server);
      const zFigures = againstServer(z.journal, zReport.answer);
      expect(zFigures.journal).toEqual(zFigures.server);
    } finally {
      await server.close();
    }
    expect(problems).toEqual([]);
    expect(pageErrors).toEqual([]);
  } finally {
    await host?.stop();
    host = undefined;
  }
});
