import { create } from 'zustand';
import type { PrivilegedAction } from '../../shared/people/privileges';

interface ApprovalState {
  /** The action waiting for a manager's PIN, and how to tell the caller the outcome. */
  pending: { action: PrivilegedAction; settle: (approved: boolean) => void } | null;
  request(action: PrivilegedAction): Promise<boolean>;
}

/**
 * When the main process answers `approval_required`, the call waits here while the approval
 * dialog asks a manager for their PIN; approved, the call is made again. One at a time: a second
 * request while one is open is refused at once.
 */
export const useApproval = create<ApprovalState>()((set, get) => ({
  pending: null,
  request: (action) => {
    if (get().pending) return Promise.resolve(false);
    return new Promise<boolean>((resolve) =>
      set({
        pending: {
          action,
          settle: (approved) => {
            set({ pending: null });
            resolve(approved);
          },
        },
      }),
    );
  },
}));
