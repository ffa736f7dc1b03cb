import { create } from 'zustand';

/** Who is at the counter; the name goes into every document's cashierName. */
export const useSession = create<{ cashierName: string; setCashierName: (name: string) => void }>()((set) => ({
  cashierName: '',
  setCashierName: (cashierName) => set({ cashierName }),
}));
