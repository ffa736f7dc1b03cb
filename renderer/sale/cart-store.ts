import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { Product } from '../../shared/catalog';

const CartLine = z.object({
  key: z.string(),
  product: Product,
  /** Thousandths: 1000 is one piece or one kilogram. */
  quantity: z.number().int().positive(),
  /** Minor units; a price-embedded barcode may differ from the catalogue's. */
  price: z.number().int().nonnegative(),
  discount: z.number().int().nonnegative(),
  markingCodes: z.array(z.string()),
});
export type CartLine = z.infer<typeof CartLine>;

/** A customer's cart set aside while the next one is served, to be recalled whole. */
const ParkedTicket = z.object({ id: z.string(), parkedAt: z.string(), lines: z.array(CartLine).min(1), receiptDiscount: z.number().int().nonnegative() });
export type ParkedTicket = z.infer<typeof ParkedTicket>;

/** What the counter keeps across a reload or a crash of the page: checked when read back, like any input. */
const StoredCart = z.object({ lines: z.array(CartLine), receiptDiscount: z.number().int().nonnegative(), parked: z.array(ParkedTicket) });

interface CartState {
  lines: CartLine[];
  receiptDiscount: number;
  selectedKey: string | undefined;
  parked: ParkedTicket[];
  /** Sets the cart aside as a parked ticket and starts an empty one. */
  park: () => void;
  /** Brings a parked ticket back; the cart on the counter, if any, is parked in its place. */
  recall: (id: string) => void;
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

function ticketOf(lines: CartLine[], receiptDiscount: number): ParkedTicket {
  return { id: `T${Date.now().toString(36)}${String(nextKey++)}`, parkedAt: new Date().toISOString(), lines, receiptDiscount };
}

/**
 * The receipt being built at the counter. Scanning a piece product again adds one to its line;
 * weighed items and items with marking codes always get their own line, because each weighing
 * and each marked item is its own fact on the receipt. The cart and the parked tickets are kept
 * in the page's storage on every change, so a reload or a crash of the page loses no customer's
 * goods; what was stored is parsed when read, and a copy that does not fit starts an empty cart.
 */
export const useCart = create<CartState>()(
  persist(
    (set) => ({
  lines: [],
  receiptDiscount: 0,
  selectedKey: undefined,
  parked: [],
  park: () =>
    set((state) =>
      state.lines.length === 0 ? {} : { parked: [...state.parked, ticketOf(state.lines, state.receiptDiscount)], lines: [], receiptDiscount: 0, selectedKey: undefined },
    ),
  recall: (id) =>
    set((state) => {
      const ticket = state.parked.find((t) => t.id === id);
      if (!ticket) return {};
      const others = state.parked.filter((t) => t !== ticket);
      const current = state.lines.length > 0 ? [ticketOf(state.lines, state.receiptDiscount)] : [];
      return { parked: [...others, ...current], lines: ticket.lines, receiptDiscount: ticket.receiptDiscount, selectedKey: ticket.lines.at(-1)?.key };
    }),
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
    }),
    {
      name: 'kassa.cart',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ lines: state.lines, receiptDiscount: state.receiptDiscount, parked: state.parked }),
      merge: (stored, current) => {
        const parsed = StoredCart.safeParse(stored);
        if (!parsed.success) return current;
        // New lines must not take a key a stored line has.
        const keys = [...parsed.data.lines, ...parsed.data.parked.flatMap((t) => t.lines)].map((l) => Number(l.key)).filter(Number.isFinite);
        nextKey = Math.max(nextKey, ...keys.map((k) => k + 1));
        return { ...current, ...parsed.data, selectedKey: parsed.data.lines.at(-1)?.key };
      },
    },
  ),
);
