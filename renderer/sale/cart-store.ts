import { create } from 'zustand';
import type { Product } from '../../shared/catalog';

export interface CartLine {
  key: string;
  product: Product;
  /** Thousandths: 1000 is one piece or one kilogram. */
  quantity: number;
  /** Minor units; a price-embedded barcode may differ from the catalogue's. */
  price: number;
  discount: number;
  markingCodes: string[];
}

interface CartState {
  lines: CartLine[];
  receiptDiscount: number;
  selectedKey: string | undefined;
  add: (product: Product, options?: { quantity?: number; price?: number }) => void;
  setQuantity: (key: string, quantity: number) => void;
  setLineDiscount: (key: string, discount: number) => void;
  setMarkingCodes: (key: string, codes: string[]) => void;
  remove: (key: string) => void;
  select: (key: string | undefined) => void;
  setReceiptDiscount: (discount: number) => void;
  clear: () => void;
}

let nextKey = 1;

/**
 * The receipt being built at the counter. Scanning a piece product again adds one to its line;
 * weighed items and items with marking codes always get their own line, because each weighing
 * and each marked item is its own fact on the receipt.
 */
export const useCart = create<CartState>()((set) => ({
  lines: [],
  receiptDiscount: 0,
  selectedKey: undefined,
  add: (product, options = {}) =>
    set((state) => {
      const price = options.price ?? product.price;
      const mergeable = product.unit === 'piece' && !product.markingRequired && options.quantity === undefined;
      const existing = mergeable ? state.lines.find((l) => l.product.id === product.id && l.price === price && l.markingCodes.length === 0) : undefined;
      if (existing) {
        return {
          lines: state.lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + 1000 } : l)),
          selectedKey: existing.key,
        };
      }
      const line: CartLine = { key: String(nextKey++), product, quantity: options.quantity ?? 1000, price, discount: 0, markingCodes: [] };
      return { lines: [...state.lines, line], selectedKey: line.key };
    }),
  setQuantity: (key, quantity) => set((state) => ({ lines: state.lines.map((l) => (l.key === key ? { ...l, quantity } : l)) })),
  setLineDiscount: (key, discount) => set((state) => ({ lines: state.lines.map((l) => (l.key === key ? { ...l, discount } : l)) })),
  setMarkingCodes: (key, codes) => set((state) => ({ lines: state.lines.map((l) => (l.key === key ? { ...l, markingCodes: codes } : l)) })),
  remove: (key) =>
    set((state) => {
      const lines = state.lines.filter((l) => l.key !== key);
      return { lines, selectedKey: state.selectedKey === key ? lines.at(-1)?.key : state.selectedKey };
    }),
  select: (key) => set({ selectedKey: key }),
  setReceiptDiscount: (receiptDiscount) => set({ receiptDiscount }),
  clear: () => set({ lines: [], receiptDiscount: 0, selectedKey: undefined }),
}));
