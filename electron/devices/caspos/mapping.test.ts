import { describe, expect, it } from 'vitest';
import { withCredentials } from './client';
import { buildDocumentRequest } from './mapping';
import { requestSchemas } from './requests';
import { cashier, creditPay, line, manualMoneyBack, moneyBack, prepayment, sale, tenders } from './testing/documents';
import type { FiscalDocument } from '../../../shared/fiscal/documents';
import { testUuid } from '../../../shared/flows/testing/facts';
import { UnknownParentError } from '../parent-lookup';
import { parentsByUuid } from '../testing/parents';

/** The journal's parents: each UUID stands for a document the device knows by its own id. */
const [advanceUuid, saleUuid, creditSaleUuid] = [testUuid(1), testUuid(2), testUuid(3)];
const parents = parentsByUuid(
  new Map([
    [advanceUuid, { document: prepayment(), result: { documentId: 'PREPAY1', documentNumber: 1 } }],
    [saleUuid, { document: sale(), result: { documentId: 'PARENT1', documentNumber: 2 } }],
    [creditSaleUuid, { document: sale(), result: { documentId: 'PARENT2', documentNumber: 3 } }],
  ]),
);

const documents: FiscalDocument[] = [
  sale(),
  sale({ tenders: tenders({ card: 300, credit: 300 }), credit: { contract: 'A1', payer: 'Rəşad' }, cardSlip: { rrn: '420012558257', approvalCode: '537959' } }),
  sale({ tenders: tenders({ prepayment: 500, cash: 1000 }), prepaymentUuid: advanceUuid }),
  moneyBack(saleUuid),
  manualMoneyBack('PARENT1', { moneyBackType: 'prepayment', cardSlip: { rrn: '420411938397' }, tenders: tenders({ card: 120 }) }),
  creditPay(creditSaleUuid),
  prepayment(),
  prepayment({ lines: [line({ price: 10000 })] }),
  { kind: 'deposit', cashierName: cashier, sum: 5000 },
  { kind: 'withdraw', cashierName: cashier, sum: 2500 },
  { kind: 'correction', cashierName: cashier, firstOperationAt: '2021-08-31T03:39:11.000Z', lastOperationAt: '2021-08-31T04:39:11Z', cash: 10000, card: 45000, vatRate: 'vat18' },
  { kind: 'rollBack', cashierName: cashier, parentUuid: saleUuid, tenders: tenders({ cash: 70 }), vatAmounts: [{ vatRate: 'vat18', sum: 70 }], note: '123456' },
  { kind: 'closeShift', cashierName: cashier },
];

describe('buildDocumentRequest', () => {
  it.each(documents.map((d) => [d.kind, d] as const))('builds a %s the document’s schema accepts', (_kind, doc) => {
    const request = buildDocumentRequest(doc, 'b3a1f1e2-0000-4000-8000-000000000001', parents);
    const body = JSON.parse(withCredentials(request.body, { username: 'username', password: 'password' })) as { operation: keyof typeof requestSchemas };
    expect(body.operation).toBe(request.operation);
    const parsed = requestSchemas[request.operation].safeParse(body);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('writes money with two decimals and quantity with three, from integers', () => {
    const body = JSON.parse(buildDocumentRequest(sale(), 'u', parents).body) as { data: { items: Record<string, unknown>[]; cashPayment: number } };
    expect(body.data.items[1]).toMatchObject({ quantity: 1.25, salePrice: 3.49, discountAmount: 0.1, sum: 4.26, vatType: 3, quantityType: 1, codeType: 0 });
    expect(body.data.items[0]).toMatchObject({ quantity: 1, salePrice: 1.2, sum: 1.2, vatType: 1, codeType: 2, itemUid: 'L1' });
    expect(body.data.items[0]).not.toHaveProperty('discountAmount');
    expect(body.data.cashPayment).toBe(20);
  });

  it('puts cashierName and currency where the document puts them for each operation', () => {
    const topLevel = (doc: FiscalDocument) => Object.keys(JSON.parse(buildDocumentRequest(doc, 'u', parents).body) as object).sort();
    expect(topLevel(documents[11]!)).toEqual(['cashierName', 'currency', 'data', 'operation']);
    expect(topLevel(documents[10]!)).toEqual(['cashierName', 'data', 'operation']);
    expect(topLevel(sale())).toEqual(['data', 'operation']);
  });

  it('uses each operation’s spelling of the bank fields', () => {
    const saleBody = buildDocumentRequest(documents[1]!, 'u', parents).body;
    expect(saleBody).toContain('"approval_code":"537959"');
    const refundBody = buildDocumentRequest(moneyBack(saleUuid, { cardSlip: { rrn: '420411938397', approvalCode: '1' }, tenders: tenders({ card: 120 }) }), 'u', parents).body;
    expect(refundBody).toContain('"approvalCode":"1"');
  });

  it('keeps the stored document free of credentials and prepends them unchanged at send time', () => {
    const { body } = buildDocumentRequest(sale(), 'u', parents);
    expect(body).not.toContain('password');
    const sent = withCredentials(body, { username: 'kassir"1', password: 'p@ss0101' });
    expect(sent.startsWith('{"username":"kassir\\"1","password":"p@ss0101",')).toBe(true);
    expect(sent.endsWith(body.slice(1))).toBe(true);
    expect(JSON.parse(sent)).toMatchObject({ username: 'kassir"1', password: 'p@ss0101', operation: 'sale' });
  });

  it('writes correction dates as the example does, whole seconds in UTC', () => {
    const body = JSON.parse(buildDocumentRequest(documents[10]!, 'u', parents).body) as { data: Record<string, unknown> };
    expect(body.data).toMatchObject({ firstOperationAtUtc: '2021-08-31T03:39:11Z', lastOperationAtUtc: '2021-08-31T04:39:11Z', cashPayment: 100, cardPayment: 450 });
  });

  it('names each parent by the id the device gave it, found through the journal’s UUID; a manual refund by the id typed', () => {
    const data = (doc: FiscalDocument) => (JSON.parse(buildDocumentRequest(doc, 'u', parents).body) as { data: Record<string, unknown> }).data;
    expect(data(documents[2]!)).toMatchObject({ prepaymentDocumentId: 'PREPAY1' });
    expect(data(documents[3]!)).toMatchObject({ parentDocumentId: 'PARENT1' });
    expect(data(documents[4]!)).toMatchObject({ parentDocumentId: 'PARENT1', isManual: true });
    expect(data(documents[5]!)).toMatchObject({ parentDocumentId: 'PARENT2' });
    expect(data(documents[11]!)).toMatchObject({ parentDocumentId: 'PARENT1' });
    expect(JSON.stringify(documents.map((d) => buildDocumentRequest(d, 'u', parents).body))).not.toContain(saleUuid);
  });

  it('refuses a parent UUID the lookup does not hold rather than send a request without its parent', () => {
    expect(() => buildDocumentRequest(moneyBack(testUuid(9)), 'u', parents)).toThrow(UnknownParentError);
  });
});
