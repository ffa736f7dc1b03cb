import { describe, expect, it } from 'vitest';
import { memoryDriverState } from '../driver-state';
import { OfflineMemory } from './offline-memory';

const mode = { mode: { kind: 'offline' as const, since: '2026-12-03T08:00:00.000Z', by: 'manager' as const }, cloudOffline: true, sessions: [{ start: '2026-12-03T08:00:00.000Z' }], lastDate: 1, lastOnlineDoneAt: 0, undelivered: 0 };

describe('the Checkbox offline memory', () => {
  it('gives back what was kept for the same register', () => {
    const state = memoryDriverState();
    new OfflineMemory(state, 'register-a').load();
    new OfflineMemory(state, 'register-a').save({ mode, codes: ['C1', 'C2'], receipt: { uuid: 'u1', memo: { builtAt: 5, offline: true, code: 'C0' } } });
    const again = new OfflineMemory(state, 'register-a').load();
    expect(again).toMatchObject({ mode, codes: ['C1', 'C2'], unreadable: [], otherRegister: false });
    expect([...again.receipts]).toEqual([['u1', { builtAt: 5, offline: true, code: 'C0' }]]);
  });

  it('lets another register’s codes, sessions and receipts go when the settings name a new register', () => {
    const state = memoryDriverState();
    const a = new OfflineMemory(state, 'register-a');
    a.load();
    a.save({ mode, codes: ['C1'], receipt: { uuid: 'u1', memo: { builtAt: 5, offline: false } } });
    const b = new OfflineMemory(state, 'register-b').load();
    expect(b).toMatchObject({ mode: undefined, codes: [], otherRegister: true });
    expect(b.receipts.size).toBe(0);
    expect(new OfflineMemory(state, 'register-b').load()).toMatchObject({ mode: undefined, codes: [], otherRegister: false });
  });

  it('leaves out a stored value that does not fit its schema, and names it', () => {
    const state = memoryDriverState();
    new OfflineMemory(state, 'r').load();
    state.write({ 'checkbox.offline.mode': { mode: { kind: 'sideways' } }, 'checkbox.offline.codes': ['C1'] });
    expect(new OfflineMemory(state, 'r').load()).toMatchObject({ mode: undefined, codes: ['C1'], unreadable: ['checkbox.offline.mode'] });
  });
});
