import { linesTotal } from '../../../../shared/fiscal/receipt-math';
import type { FiscalDocument, ReceiptLine, SaleDocument, Tenders } from '../../../../shared/fiscal/documents';

/** Belarusian documents for the contract tests: a cashier with a long name, goods at 20 % and 10 %. */
export const cashier = 'Анастасия Константиновна Веремейчик';

export function tenders(overrides: Partial<Tenders> = {}): Tenders {
  return { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0, ...overrides };
}

export function bread(price = 189, quantity = 1000, itemUid = 'L1'): ReceiptLine {
  return { name: 'Хлеб Нарочанский', code: '4810168000182', codeType: 'ean13', quantity, unit: 'piece', price, discount: 0, vatRate: 'vat10', itemUid };
}

export function cheese(price = 1249, quantity = 350, itemUid = 'L2'): ReceiptLine {
  return { name: 'Сыр Брест-Литовск', code: '4810268030221', codeType: 'ean13', quantity, unit: 'kg', price, discount: 0, vatRate: 'vat20', itemUid };
}

export function cashSale(lines: ReceiptLine[] = [bread()], cash?: number): SaleDocument {
  const total = linesTotal(lines);
  return { kind: 'sale', cashierName: cashier, lines, tenders: tenders({ cash: cash ?? total }) };
}

export function cardSale(lines: ReceiptLine[] = [bread()], rrn = '512300012345'): SaleDocument {
  const total = linesTotal(lines);
  return { kind: 'sale', cashierName: cashier, lines, tenders: tenders({ card: total }), cardSlip: { rrn } };
}

export function refundOf(parentUuid: string, lines: ReceiptLine[], by: 'cash' | 'card', rrn?: string): FiscalDocument {
  const total = linesTotal(lines);
  return {
    kind: 'moneyBack',
    cashierName: cashier,
    parentUuid,
    moneyBackType: 'sale',
    manual: false,
    lines,
    tenders: tenders(by === 'cash' ? { cash: total } : { card: total }),
    ...(rrn ? { cardSlip: { rrn } } : {}),
  };
}
