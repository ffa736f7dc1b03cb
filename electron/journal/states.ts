/**
 * The journal's state machine (the migration's trigger holds the same table):
 *   pending  journaled and committed, nothing sent
 *   sending  attempt n committed before the request leaves
 *   done     the device did it (maybe earlier: a duplicate)
 *   rejected the device refused; nothing was fiscalised
 *   unknown  no trustworthy answer; it will be sent again with the same bytes
 */
export const journalStates = ['pending', 'sending', 'done', 'rejected', 'unknown'] as const;
export type JournalState = (typeof journalStates)[number];

const legal: Record<JournalState, readonly JournalState[]> = {
  pending: ['sending'],
  sending: ['done', 'rejected', 'unknown'],
  unknown: ['sending'],
  done: [],
  rejected: [],
};

export function isLegalTransition(from: JournalState, to: JournalState): boolean {
  return legal[from].includes(to);
}

export function isSettled(state: JournalState): state is 'done' | 'rejected' {
  return state === 'done' || state === 'rejected';
}
