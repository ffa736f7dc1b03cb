import type { ReceiptLine, Tenders } from '../shared/fiscal/documents';
import { linesTotal } from '../shared/fiscal/receipt-math';
import { ShopClock, type LocalDate } from '../shared/shop-time';
import { timedJournal } from '../electron/dashboard/testing/timed-journal';
import { closeDatabase } from '../electron/db/open';
import { seededRandom } from '../electron/devices/seeded-random';

const cashierName = 'Aysel Məmmədova';

const products: Omit<ReceiptLine, 'quantity'>[] = [
  { name: 'Çörək ağ', code: '1001', codeType: 'plain', unit: 'piece', price: 70, discount: 0, vatRate: 'vat18' },
  { name: 'Süd 3,2% 1 l', code: '1002', codeType: 'plain', unit: 'piece', price: 189, discount: 0, vatRate: 'vat18' },
  { name: 'Pomidor', code: '12345', codeType: 'plain', unit: 'kg', price: 349, discount: 0, vatRate: 'vatFree' },
  { name: 'Çay Azərçay 100 q', code: '1004', codeType: 'plain', unit: 'piece', price: 455, discount: 0, vatRate: 'vat18' },
  { name: 'Alma Qızıl Əhmədi', code: '12346', codeType: 'plain', unit: 'kg', price: 215, discount: 0, vatRate: 'simplified2' },
  { name: 'Pendir Ağ Motal kəsmik, 400 q, ev üsulu ilə hazırlanmış', code: '1006', codeType: 'plain', unit: 'piece', price: 1290, discount: 0, vatRate: 'vat18' },
  { name: 'Qatıq 2,5% 500 q', code: '1007', codeType: 'plain', unit: 'piece', price: 135, discount: 0, vatRate: 'vat18' },
  { name: 'Yumurta C1, 10 ədəd', code: '1008', codeType: 'plain', unit: 'piece', price: 320, discount: 0, vatRate: 'vat18' },
  { name: 'Şəkər tozu 1 kq', code: '1009', codeType: 'plain', unit: 'piece', price: 185, discount: 0, vatRate: 'vat18' },
  { name: 'Kartof', code: '12347', codeType: 'plain', unit: 'kg', price: 99, discount: 0, vatRate: 'vatFree' },
  { name: 'Düyü Basmati 1 kq', code: '1011', codeType: 'plain', unit: 'piece', price: 560, discount: 0, vatRate: 'vat18' },
  { name: 'Su Sirab 1,5 l', code: '1012', codeType: 'plain', unit: 'piece', price: 85, discount: 0, vatRate: 'vat18' },
];

const none: Tenders = { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0 };

/**
 * A busy day of a shop in Baku journaled straight into the data folder's database, before the
 * web host starts: 240 receipts from 08:00 to 21:00 paid every way the device takes, a few
 * refunds and rollbacks, and an advance spent on a later sale. What the dashboard's screenshots show.
 */
export function seedBusyDay(dataDir: string, date: LocalDate): void {
  const journal = timedJournal(dataDir);
  const random = seededRandom(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const opening = new ShopClock('Asia/Baku').dayRange(date).from.getTime() + 8 * 3_600_000;
  const receipts = 240;
  journal.db.transaction(() => {
    for (let i = 0; i < receipts; i++) {
      // More customers at lunch and after work.
      const hour = Math.floor(13 * Math.pow(i / receipts, 0.9));
      const at = new Date(opening + hour * 3_600_000 + Math.floor(random() * 3_600_000)).toISOString();
      const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        const product = pick(products);
        return { ...product, quantity: product.unit === 'kg' ? 250 + Math.floor(random() * 2000) : 1000 * (1 + Math.floor(random() * 3)) };
      });
      const total = linesTotal(lines);
      const way = random();
      const tenders =
        way < 0.45
          ? { ...none, cash: Math.ceil(total / 500) * 500 }
          : way < 0.85
            ? { ...none, card: total }
            : way < 0.93
              ? { ...none, card: Math.floor(total / 2), cash: total - Math.floor(total / 2) }
              : way < 0.97
                ? { ...none, bonus: Math.min(100, total), cash: total - Math.min(100, total) }
                : { ...none, credit: total };
      const id = journal.add(
        {
          kind: 'sale',
          cashierName,
          lines,
          tenders,
          ...(tenders.card ? { cardSlip: { rrn: String(420012558000 + i) } } : {}),
          ...(tenders.credit ? { credit: { contract: `K-${i}`, payer: 'Rəşad Əliyev' } } : {}),
        },
        at,
      );
      if (i % 40 === 17) {
        const back = lines.slice(0, 1);
        journal.add({ kind: 'moneyBack', cashierName, parentDocumentId: id, moneyBackType: 'sale', manual: false, lines: back, tenders: { ...none, cash: linesTotal(back) } }, at);
      } else if (i % 60 === 31) {
        journal.add({ kind: 'rollBack', cashierName, parentDocumentId: id, tenders, vatAmounts: [{ vatRate: 'vat18', sum: total }] }, at);
      }
    }
    const advance = journal.add({ kind: 'prepayment', cashierName, sum: 5000, vatRate: 'vat18', tenders: { ...none, cash: 5000 } }, new Date(opening + 3_600_000).toISOString());
    const rice = [{ ...products[10]!, quantity: 2000 }];
    journal.add({ kind: 'sale', cashierName, lines: rice, tenders: { ...none, prepayment: linesTotal(rice) }, prepaymentDocumentId: advance }, new Date(opening + 7 * 3_600_000).toISOString());
  })();
  closeDatabase(journal.db);
}
