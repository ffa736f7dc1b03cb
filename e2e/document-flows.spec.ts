import { expect, test, type Page } from '@playwright/test';
import { addByName as add, expectResult, keypad, startTheDay, useCounter } from './counter';
import { e2eManager } from './web-host';

/**
 * The document flows of the Caspos document, done as a cashier and a manager would in the
 * browser: a sale on credit paid off in parts, advances with and without goods and a sale that
 * spends one, refunds of each moneyBackType, a correction receipt. Then the training device's
 * memory must hold exactly those documents, and every dialog is photographed in four languages.
 */
const shop = useCounter();

function openReceipt(page: Page, name: RegExp) {
  return page.getByTestId('receipt-list').getByRole('button', { name }).first().click();
}

/** A day and time by touch: days stepped back from today, then the time's digits (930 is 09:30). */
async function moment(page: Page, field: string, daysBack: number, digits: string) {
  await page.getByTestId(field).click();
  for (let i = 0; i < daysBack; i++) await page.getByTestId('moment-earlier').click();
  await page.keyboard.type(digits, { delay: 60 });
  await page.getByTestId('moment-ok').click();
}

test('every document flow, fiscalised on the training device exactly as the cashier made it', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await startTheDay(page, shop.host.url, { width: 1024, height: 768 });

  // 1. A sale on credit: tea and bread (5,25), 4,00 on credit, the rest in cash; the contract and payer are required.
  await add(page, 'Çay');
  await add(page, 'Çörək');
  await expect(page.getByTestId('receipt-total')).toHaveText('₼5.25');
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-credit').click();
  await keypad(page, '4');
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await expect(page.getByTestId('flow-problem')).toHaveText('Enter the credit contract number and the payer’s name.');
  await expect(page.getByTestId('confirm-pay')).toBeDisabled();
  await page.getByTestId('credit-contract').fill('KR-2026/17');
  await page.getByTestId('credit-payer').fill('Rəşad Əliyev');
  await page.getByTestId('confirm-pay').click();
  await expectResult(page);

  // Paid in parts from the Cash screen: more than is owed is refused, 1,50 in cash is taken.
  await page.getByTestId('nav-cash').click();
  await page.getByTestId('flow-credit').click();
  await page.getByTestId('account-search').fill('rəşad');
  await page.getByTestId('account-list').getByRole('button', { name: /KR-2026\/17/ }).click();
  await expect(page.getByTestId('credit-account')).toContainText('₼4.00');
  await page.getByTestId('credit-amount').click();
  await keypad(page, '5');
  await expect(page.getByTestId('flow-problem')).toHaveText('No more than ₼4.00 is owed on this contract.');
  await expect(page.getByTestId('confirm-credit-pay')).toBeDisabled();
  await page.getByTestId('credit-amount').click();
  await keypad(page, '1,5');
  await expect(page.getByTestId('credit-after')).toHaveText('₼2.50');
  await page.getByTestId('confirm-credit-pay').click();
  await expectResult(page);

  // ... and the rest by card from the credit sale's receipt, which then says it is paid off.
  await page.getByTestId('nav-receipts').click();
  await openReceipt(page, /Sale № \d+.*₼5\.25/);
  await expect(page.getByTestId('credit-summary')).toContainText('₼2.50');
  await page.getByTestId('credit-pay').click();
  await page.getByTestId('credit-pay-all').click();
  await page.getByTestId('flow-tender-card').click();
  await page.getByTestId('flow-rrn').fill('420012558257');
  await expect(page.getByTestId('credit-after')).toHaveText('₼0.00');
  await page.getByTestId('confirm-credit-pay').click();
  await expectResult(page);
  await expect(page.getByTestId('credit-summary')).toContainText('Paid off');

  // 2. An advance without goods, 10,00 at VAT 18% in cash, for a named customer.
  await page.getByTestId('nav-cash').click();
  await page.getByTestId('flow-advance').click();
  await page.getByTestId('advance-sum').click();
  await keypad(page, '10');
  await page.getByTestId('vat-vat18').click();
  await page.getByTestId('advance-client').fill('Leyla Həsənova');
  await page.getByTestId('confirm-advance').click();
  await expectResult(page);

  // An advance for goods must be of one VAT: bread and tomatoes are not; two breads are (by card).
  await page.getByTestId('nav-sale').click();
  await add(page, 'Çörək');
  await add(page, 'Pomidor', '1');
  await expect(page.getByTestId('receipt-total')).toHaveText('₼4.19');
  await page.getByTestId('cart-advance').click();
  await expect(page.getByTestId('flow-problem')).toHaveText('All goods of an advance must have the same VAT rate.');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: /^Clear/ }).click();
  await add(page, 'Çörək');
  await expect(page.getByTestId('receipt-total')).toHaveText('₼0.70');
  await add(page, 'Çörək');
  await expect(page.getByTestId('receipt-total')).toHaveText('₼1.40');
  await page.getByTestId('cart-advance').click();
  await expect(page.getByTestId('advance-goods')).toContainText('VAT 18%');
  await page.getByTestId('flow-tender-card').click();
  await page.getByTestId('flow-rrn').fill('420012558258');
  await page.getByTestId('confirm-advance').click();
  await expectResult(page);
  await expect(page.getByTestId('cart-lines')).toHaveCount(0);

  // A sale that spends the advance: it pays the tea (VAT 18%), not the VAT-free tomatoes.
  await add(page, 'Çay');
  await add(page, 'Pomidor', '1');
  await expect(page.getByTestId('receipt-total')).toHaveText('₼8.04');
  await page.getByTestId('pay').click();
  await page.getByTestId('tender-prepayment').click();
  await page.getByTestId('account-search').fill('leyla');
  await page.getByTestId('account-list').getByRole('button', { name: /Leyla/ }).click();
  await expect(page.getByTestId('advance-chosen')).toContainText('₼10.00 left');
  await expect(page.getByTestId('tender-prepayment')).toContainText('₼4.55');
  await page.getByTestId('tender-prepayment').click();
  await keypad(page, '5');
  await expect(page.getByTestId('flow-problem')).toHaveText('An advance pays only goods at its own VAT rate: at most ₼4.55 of this receipt.');
  await page.getByTestId('tender-prepayment').click();
  await keypad(page, '4,55');
  await page.getByRole('button', { name: 'Exact cash' }).click();
  await page.getByTestId('confirm-pay').click();
  await expectResult(page);

  // 3. Refunds, each of the type its document calls for. The advance: what is left on it (5,45).
  await page.getByTestId('nav-receipts').click();
  await openReceipt(page, /Advance № \d+.*₼10\.00/);
  await page.getByTestId('refund').click();
  await expect(page.getByRole('dialog')).toContainText('Refund of advance №');
  await page.getByTestId('refund-all').click();
  await expect(page.getByTestId('refund-total')).toHaveText('₼5.45');
  await page.getByTestId('confirm-refund').click();
  await expectResult(page);

  // The cash credit payment: paid back, and owed again.
  await openReceipt(page, /Credit payment № \d+.*₼1\.50/);
  await page.getByTestId('refund').click();
  await expect(page.getByRole('dialog')).toContainText('Refund of credit payment №');
  await page.getByTestId('refund-all').click();
  await expect(page.getByTestId('refund-total')).toHaveText('₼1.50');
  await page.getByTestId('confirm-refund').click();
  await expectResult(page);

  // The tea of the credit sale: the 1,50 owed again is cancelled first, the rest paid out in cash.
  await openReceipt(page, /Sale № \d+.*₼5\.25/);
  await expect(page.getByTestId('credit-summary')).toContainText('₼1.50');
  await page.getByTestId('refund').click();
  await page.getByTestId('refund-line-0').click();
  await keypad(page, '1');
  await expect(page.getByTestId('refund-total')).toHaveText('₼4.55');
  await expect(page.getByTestId('refund-tenders')).toContainText('Off the debt₼1.50');
  await expect(page.getByTestId('refund-tenders')).toContainText('In cash₼3.05');
  await page.getByTestId('confirm-refund').click();
  await expectResult(page);
  await expect(page.getByTestId('credit-summary')).toContainText('Paid off');

  // 4. A correction for the hours the device was down yesterday: a period that ends before it
  // begins is refused; 11:30 to 14:00, 100,00 cash and 45,00 card at VAT 18%.
  await page.getByTestId('nav-cash').click();
  await page.getByTestId('flow-correction').click();
  await moment(page, 'correction-from', 1, '1130');
  await moment(page, 'correction-to', 1, '900');
  await page.getByTestId('correction-cash').click();
  await keypad(page, '100');
  await expect(page.getByTestId('flow-problem')).toHaveText('The period must end before now and begin before it ends.');
  await moment(page, 'correction-to', 0, '1400');
  const yesterday = new Date();
  yesterday.setDate(yesterday.getDate() - 1);
  const day = `${String(yesterday.getDate()).padStart(2, '0')}/${String(yesterday.getMonth() + 1).padStart(2, '0')}/${yesterday.getFullYear()}`;
  await expect(page.getByTestId('correction-from')).toContainText(`${day}, 11:30`);
  await expect(page.getByTestId('correction-to')).toContainText(`${day}, 14:00`);
  await page.getByTestId('correction-card').click();
  await keypad(page, '45');
  await page.getByTestId('vat-vat18').click();
  await page.getByTestId('confirm-correction').click();
  await expectResult(page);

  // The device's fiscal memory holds exactly those documents, with those figures.
  const memory = shop.device.memory.all();
  const byId = new Map(memory.map((d) => [d.documentId, d]));
  expect(memory.map((d) => [d.type, d.total, d.tenders, d.moneyBackType ?? null, d.parentDocumentId ? byId.get(d.parentDocumentId)?.type : null])).toEqual([
    ['sale', 525, { cash: 125, cashless: 0, bonus: 0, credit: 400, prepayment: 0 }, null, null],
    ['credit', 150, { cash: 150, cashless: 0, bonus: 0, credit: 0, prepayment: 0 }, null, 'sale'],
    ['credit', 250, { cash: 0, cashless: 250, bonus: 0, credit: 0, prepayment: 0 }, null, 'sale'],
    ['prepayment', 1000, { cash: 1000, cashless: 0, bonus: 0, credit: 0, prepayment: 0 }, null, null],
    ['prepayment', 140, { cash: 0, cashless: 140, bonus: 0, credit: 0, prepayment: 0 }, null, null],
    ['sale', 804, { cash: 349, cashless: 0, bonus: 0, credit: 0, prepayment: 455 }, null, 'prepayment'],
    ['money_back', 545, { cash: 545, cashless: 0, bonus: 0, credit: 0, prepayment: 0 }, 6, 'prepayment'],
    ['money_back', 150, { cash: 150, cashless: 0, bonus: 0, credit: 0, prepayment: 0 }, 7, 'credit'],
    ['money_back', 455, { cash: 305, cashless: 0, bonus: 0, credit: 150, prepayment: 0 }, 0, 'sale'],
    ['correction', 14500, { cash: 10000, cashless: 4500, bonus: 0, credit: 0, prepayment: 0 }, null, null],
  ]);
  const request = (i: number) => JSON.parse(memory[i]!.request) as { operation: string; data: Record<string, unknown>; cashierName?: string };
  expect(request(0).data).toMatchObject({ creditContract: 'KR-2026/17', creditPayer: 'Rəşad Əliyev', creditPayment: 4, cashPayment: 1.25 });
  expect(request(1).data).toMatchObject({ paymentNumber: '1', residue: 2.5, creditContract: 'KR-2026/17' });
  expect(request(2).data).toMatchObject({ paymentNumber: '2', residue: 0, cardPayment: 2.5, rrn: '420012558257' });
  expect(request(3)).toMatchObject({ operation: 'prepayment', data: { sum: 10, vatType: 1, clientName: 'Leyla Həsənova' } });
  expect(request(4)).toMatchObject({ operation: 'prepaymentProducts', data: { sum: 1.4, vatType: 1, items: [{ name: 'Çörək ağ', quantity: 2 }] } });
  expect(request(5).data).toMatchObject({ prepaymentDocumentId: memory[3]!.documentId, depositPayment: 4.55 });
  expect(request(6).data).toMatchObject({ moneyBackType: 6, parentDocumentId: memory[3]!.documentId, items: [{ name: 'Avans', salePrice: 5.45 }] });
  expect(request(9)).toMatchObject({ operation: 'correction', cashierName: e2eManager.name, data: { cashPayment: 100, cardPayment: 45, vatType: 1 } });
  const period = request(9).data as { firstOperationAtUtc: string; lastOperationAtUtc: string };
  expect(Date.parse(period.lastOperationAtUtc) - Date.parse(period.firstOperationAtUtc)).toBe(150 * 60_000);
  expect(new Date(period.firstOperationAtUtc).getDate()).toBe(yesterday.getDate());

  // The journal names each parent by its UUID (the mapping gave the device its own ids, above).
  const listed = (await shop.host.call('journal.list', { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' })) as {
    value: { uuid: string; kind: string; result?: { documentId: string }; document: Record<string, unknown> }[];
  };
  const journalByUuid = new Map(listed.value.map((d) => [d.uuid, d]));
  const named = listed.value.flatMap((d) => {
    const parent = (d.document.parentUuid ?? d.document.prepaymentUuid) as string | undefined;
    return parent ? [[d.kind, journalByUuid.get(parent)?.kind, 'parentDocumentId' in d.document || 'prepaymentDocumentId' in d.document]] : [];
  });
  expect(named).toEqual([
    ['creditPay', 'sale', false],
    ['creditPay', 'sale', false],
    ['sale', 'prepayment', false],
    ['moneyBack', 'prepayment', false],
    ['moneyBack', 'creditPay', false],
    ['moneyBack', 'sale', false],
  ]);

  // The journal's own figures of the shift agree with the device's X report, field by field.
  const reconciliation = (await shop.host.call('report.reconcile', {})) as { ok: boolean; value: { differences: number; rows: { figure: string; section: string; differs: boolean }[] } };
  expect(reconciliation.ok).toBe(true);
  expect(reconciliation.value.rows.filter((r) => r.differs)).toEqual([]);

  await photographDialogs(page, testInfo.outputPath.bind(testInfo));
  expect(problems).toEqual([]);
});

/** Every dialog of the flows in az, uk, ru and en at a POS screen's 1024×768, each with what it says when something is wrong. */
async function photographDialogs(page: Page, outputPath: (name: string) => string) {
  // Something open to pay and to spend, made through the app's own channel.
  const submit = (document: object) => shop.host.call('document.submit', { document });
  const line = { name: 'Soyuducu Bosch KGN39', code: 'FR-01', codeType: 'plain', quantity: 1000, unit: 'piece', price: 48000, discount: 0, vatRate: 'vat18' };
  const zero = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };
  expect(await submit({ kind: 'sale', cashierName: 'Aysel Məmmədova', lines: [line], tenders: { ...zero, cash: 8000, credit: 40000 }, credit: { contract: 'KR-2026/18', payer: 'Kamran Məmmədov' } })).toMatchObject({ ok: true });
  expect(await submit({ kind: 'prepayment', cashierName: 'Aysel Məmmədova', sum: 5000, vatRate: 'vat18', tenders: { ...zero, cash: 5000 }, client: { name: 'Leyla Həsənova' } })).toMatchObject({ ok: true });
  const cancel = () => page.getByRole('dialog').last().getByRole('button', { name: /^(Cancel|İmtina|Скасувати|Отмена)$/ }).click();
  for (const locale of ['az', 'uk', 'ru', 'en']) {
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.locator(`[data-locale="${locale}"]`).click();
    const shot = (name: string) => page.screenshot({ path: outputPath(`flows-${name}-${locale}.png`) });

    await page.getByTestId('nav-sale').click();
    await add(page, 'Çay');
    await add(page, 'Pomidor', '1');
    await expect(page.getByTestId('cart-lines').locator('li')).toHaveCount(2);
    await page.getByTestId('pay').click();
    await page.getByTestId('tender-credit').click();
    await keypad(page, '5');
    await shot('payment-credit');
    await page.getByTestId('tender-credit').click();
    await keypad(page, '0');
    await page.getByTestId('tender-prepayment').click();
    await expect(page.getByTestId('account-list').getByRole('button', { name: /Leyla/ })).toBeVisible();
    await shot('advance-picker');
    await page.getByTestId('account-list').getByRole('button', { name: /Leyla/ }).click();
    await page.getByTestId('tender-prepayment').click();
    await keypad(page, '5');
    await shot('payment-advance');
    await cancel();
    await page.getByTestId('cart-advance').click();
    await shot('advance-goods-mixed-vat');
    await cancel();
    await page.getByTestId('cart-lines').getByRole('button').last().click();
    await page.keyboard.press('Delete');
    await page.getByTestId('cart-advance').click();
    await shot('advance-goods');
    await cancel();
    await page.keyboard.press('F8');

    await page.getByTestId('nav-cash').click();
    await shot('cash');
    await page.getByTestId('flow-advance').click();
    await page.getByTestId('flow-tender-card').click();
    await page.getByTestId('flow-rrn').fill('42001');
    await shot('advance');
    await cancel();
    await page.getByTestId('flow-credit').click();
    await expect(page.getByTestId('account-list').getByRole('button')).toHaveCount(1);
    await shot('credit-search');
    await page.getByTestId('account-list').getByRole('button').click();
    await page.getByTestId('credit-amount').click();
    await keypad(page, '500');
    await shot('credit-pay-too-much');
    await page.getByTestId('credit-amount').click();
    await keypad(page, '80');
    await shot('credit-pay');
    await cancel();
    await page.getByTestId('flow-correction').click();
    await moment(page, 'correction-from', 1, '1130');
    await page.getByTestId('correction-to').click();
    await page.getByTestId('moment-earlier').click();
    await page.keyboard.type('900', { delay: 60 });
    await shot('correction-moment');
    await page.getByTestId('moment-ok').click();
    await page.getByTestId('correction-cash').click();
    await keypad(page, '100');
    await shot('correction');
    await cancel();

    await page.getByTestId('nav-receipts').click();
    await openReceipt(page, /480[.,]00/);
    await expect(page.getByTestId('credit-summary')).toBeVisible();
    await shot('receipt-credit');
    await page.getByTestId('refund').click();
    await page.getByTestId('refund-all').click();
    await shot('refund-credit-sale');
    await cancel();

    // A flow's result, as a sale's: a small advance taken in each language.
    await page.getByTestId('nav-cash').click();
    await page.getByTestId('flow-advance').click();
    await page.getByTestId('advance-sum').click();
    await keypad(page, '1');
    await page.getByTestId('confirm-advance').click();
    await expect(page.getByTestId('result-qr')).toBeVisible();
    await shot('result');
    await page.getByTestId('next-sale').click();
  }
}
