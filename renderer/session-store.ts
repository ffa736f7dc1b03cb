import { create } from 'zustand';
import type { PersonView } from '../shared/people/people';

/**
 * Who is signed in at this station, as the main process last said (renderer/shell/Root.tsx keeps
 * it current). The main process puts the name on every document itself; screens show it.
 */
export const useSession = create<{ person: PersonView | null; cashierName: string; setPerson: (person: PersonView | null) => void }>()((set) => ({
  person: null,
  cashierName: '',
  setPerson: (person) => set({ person, cashierName: person?.name ?? '' }),
}));
