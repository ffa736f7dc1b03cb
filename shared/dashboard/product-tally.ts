import type { ReceiptLine } from '../fiscal/documents';
import { lineTotal } from '../fiscal/receipt-math';
import type { ProductFigures } from '../ipc/dashboard-channels';

/**
 * Products as the receipts name them, net of refunds. A product is its code, or its name where
 * the line has no code (a free-priced item); it keeps the name of its latest line, so a product
 * renamed in the catalogue during the day stays one row.
 */
export class ProductTally {
  private readonly products = new Map<string, ProductFigures>();

  /** `sign` -1 takes a refunded line back. */
  add(line: ReceiptLine, sign: 1 | -1): void {
    const key = line.code ? `code:${line.code}` : `name:${line.name}`;
    const product = this.products.get(key) ?? { name: line.name, code: line.code, unit: line.unit, quantity: 0, amount: 0 };
    product.name = line.name;
    product.unit = line.unit;
    product.quantity += sign * line.quantity;
    product.amount += sign * lineTotal(line);
    this.products.set(key, product);
  }

  /**
   * The first `count` products by net amount or by net quantity, largest first; a product only
   * refunded in the period (sold earlier) is no top product. Quantities of different units are
   * compared as plain thousandths (a kilogram counts as much as a piece); the screen shows each
   * with its unit, so the manager reads them as they are.
   */
  top(by: 'amount' | 'quantity', count: number): ProductFigures[] {
    const other = by === 'amount' ? 'quantity' : 'amount';
    return [...this.products.values()]
      .filter((p) => p[by] > 0)
      .sort((a, b) => b[by] - a[by] || b[other] - a[other] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, count)
      .map((p) => ({ ...p }));
  }
}
