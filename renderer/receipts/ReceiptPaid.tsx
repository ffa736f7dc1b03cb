import { useTranslation } from 'react-i18next';
import type { MoneyBackDocument, SaleDocument, Tender } from '../../shared/fiscal/documents';
import { change, lineGross } from '../../shared/fiscal/receipt-math';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { tenderKey } from '../sale/tender-keys';
import { Facts } from '../ui/Facts';

const tenderOrder: Tender[] = ['cash', 'card', 'bonus', 'credit', 'prepayment'];

/**
 * What a receipt came to and how it was paid: the sum before discount and the discount (when
 * there is one), the total actually paid, each tender handed over, and the change given back.
 */
export function ReceiptPaid({ document, total, currency, locale }: { document: SaleDocument | MoneyBackDocument; total: number; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const discount = document.lines.reduce((sum, line) => sum + line.discount, 0);
  const gross = document.lines.reduce((sum, line) => sum + lineGross(line.price, line.quantity), 0);
  const due = change(total, document.tenders, document.kind === 'sale' ? document.cashRounding : 0);
  const rows: (readonly [string, string])[] = [
    ...(discount > 0 ? [[t('till.receipt.subtotal'), money(gross)] as const, [t('till.receipt.discount'), `− ${money(discount)}`] as const] : []),
    [t('till.receipt.paid'), money(total)],
    ...tenderOrder.filter((tender) => document.tenders[tender] > 0).map((tender) => [`${t('till.receipt.tenders')}: ${t(tenderKey[tender])}`, money(document.tenders[tender])] as const),
    ...(due > 0 ? [[t('till.receipt.change'), money(due)] as const] : []),
  ];
  return <Facts rows={rows} testId="receipt-paid" />;
}
