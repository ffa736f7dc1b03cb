import { describe, expect, it } from 'vitest';
import type { Operation } from './enums';
import { LoginAnswer } from './answers';
import { seedExamples } from './fixtures/seed-examples';
import { interpretAnswer, type DataReader } from './interpret-answer';
import { readShiftReport } from './report-mapping';
import { requestSchemas } from './requests';
import { readControlTape, readDocument, readInfo, readPeriodicReport, readShiftStatus } from './results';

/** Which reader the driver uses for each section's answer. */
const readers: Record<string, DataReader<unknown>> = {
  Login: (data) => LoginAnswer.parse(data),
  Logout: () => null,
  GetInfo: readInfo,
  'Get Shift Status': readShiftStatus,
  'Open Shift': () => null,
  'Close Shift': readShiftReport,
  Deposit: readDocument,
  Withdraw: readDocument,
  Sales: readDocument,
  'Credit Sale': readDocument,
  'Credit Pay': readDocument,
  'Advance (Deposit) Sale': readDocument,
  'Advance Sale Items': readDocument,
  'Advance Pay': readDocument,
  'Money Back (Refound)': readDocument,
  'Money Back Manual': readDocument,
  Correction: readDocument,
  RollBack: readDocument,
  'X-Report': readShiftReport,
  'Print Last': () => null,
  'Periodic Report': readPeriodicReport,
  'Control Tape': readControlTape,
  'Printer Connection': () => null,
  'Open CashBox': () => null,
};

function read(section: string): unknown {
  const example = seedExamples.find((e) => e.section === section && e.kind === 'response')!;
  const outcome = interpretAnswer({ ok: true, status: 200, body: JSON.stringify(example.body) }, readers[section]!);
  if (outcome.kind !== 'done') throw new Error(`${section}: ${JSON.stringify(outcome)}`);
  return outcome.value;
}

describe('the seed document’s examples', () => {
  it('cover every section with a request and an answer', () => {
    expect(new Set(seedExamples.map((e) => e.section))).toEqual(new Set(Object.keys(readers)));
    expect(seedExamples).toHaveLength(48);
  });

  it.each(seedExamples.filter((e) => e.kind === 'response').map((e) => [e.section]))('answer of %s is read as done', (section) => {
    expect(() => read(section)).not.toThrow();
  });

  it.each(seedExamples.filter((e) => e.kind === 'request').map((e) => [e.section, e.body] as const))(
    'request of %s matches the request schema of its operation',
    (_section, body) => {
      const operation = (body as { operation: Operation }).operation;
      const parsed = requestSchemas[operation].safeParse(body);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  it('reads the answers’ spelling variants and units', () => {
    expect(read('Credit Pay')).toMatchObject({ rrn: '420012558257', transactionId: undefined, total: 3 });
    expect(read('Money Back Manual')).toMatchObject({ rrn: '420012558257' });
    expect(read('Deposit')).toEqual({
      documentId: '9eHUL46hMN3M3A6i4b39mNwFEVc8LD9f992R4tnQTupz',
      documentNumber: 10525,
      shiftDocumentNumber: 5,
      shortDocumentId: '9eHUL46hMN3M',
      total: 0,
      barcode: undefined,
      rrn: undefined,
      approvalCode: undefined,
      transactionId: undefined,
      transactionNumber: undefined,
    });
    expect(read('Get Shift Status')).toEqual({ open: true, openedAt: '2021-06-11T08:07:16.000Z' });
    expect(read('Login')).toEqual({ accessToken: '+jUvyzDwh7MSoqA7Q6tDNA==' });
    expect(read('GetInfo')).toMatchObject({ model: 'SUNMI V1S', lastDocumentNumber: 10520, qrCodeUrl: 'https://monitoring.e-kassa.gov.az/#/index?doc=' });
  });

  it('reads the X report into minor units, floats and negatives included', () => {
    const report = read('X-Report') as ReturnType<typeof readShiftReport>;
    expect(report.sale).toEqual({
      count: 1,
      total: 280,
      cash: 280,
      cashless: 0,
      bonus: 0,
      credit: 0,
      prepayment: 0,
      vat: [
        { percent: 18, gross: 140 },
        { percent: null, gross: 140 },
      ],
    });
    expect(report.moneyBack).toMatchObject({ count: 1, total: 220, cash: 200, cashless: 20 });
    expect(report.period).toEqual({ total: 60, vatable: 140, vatZero: 0, vatFree: -80 });
    expect(report).toMatchObject({ reportNumber: '1828', firstDocumentNumber: 10498, lastDocumentNumber: 10499, documentsToSend: 0 });
  });

  it('reads the Z report, the control tape and the periodic report', () => {
    const z = read('Close Shift') as ReturnType<typeof readShiftReport>;
    expect(z).toMatchObject({ documentId: '4nwBfG2mZMSq4ztGGadNcWtXh5ieLW9BbJXKk1TVbkJx', reportNumber: '1831', documentsToSend: 8 });
    expect(z.deposit).toEqual({ count: 1, total: 100 });
    expect(z.withdraw).toEqual({ count: 1, total: 100 });
    expect(z.prepayment).toMatchObject({ count: 1, total: 100000, cash: 100000 });
    const tape = read('Control Tape') as ReturnType<typeof readControlTape>;
    expect(tape.entries.map((e) => [e.type, e.total, e.number])).toEqual([
      ['sale', 280, 10498],
      ['money_back', 220, 10499],
      ['withdraw', 100, 10500],
      ['deposit', 100, 10501],
    ]);
    const periodic = read('Periodic Report') as ReturnType<typeof readPeriodicReport>;
    expect(periodic.figures).toMatchObject({ saleCount: 1746, saleCashTotal: 10762626, periodVatFreeSum: 120382, cashOutTotal: 78600 });
  });
});
