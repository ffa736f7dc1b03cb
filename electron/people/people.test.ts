import { describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';
import { openDatabase } from '../db/open';
import { useTempDirs } from '../testing/temp-dir';
import { LastApproverError, People, PersonExistsError, pinAttempts, pinLockMs } from './people';

const tempDir = useTempDirs();

function people(clock: { at: number }) {
  const db = openDatabase(`${tempDir()}/kassa.sqlite3`);
  migrate(db, migrations);
  return { db, people: new People(db, () => new Date(clock.at)) };
}

describe('people', () => {
  it('keeps only a salted scrypt hash of the PIN', async () => {
    const { db, people: store } = people({ at: Date.parse('2026-11-23T09:00:00Z') });
    const a = await store.create('Aysel', 'cashier', '1357');
    const b = await store.create('Kamran', 'cashier', '1357');
    const hashes = db.prepare('SELECT pin_hash FROM people ORDER BY id').all() as { pin_hash: string }[];
    expect(hashes.every((h) => h.pin_hash.startsWith('scrypt$32768$8$1$') && !h.pin_hash.includes('1357'))).toBe(true);
    // The same PIN hashes differently per person.
    expect(hashes[0]!.pin_hash).not.toBe(hashes[1]!.pin_hash);
    expect(await store.check(a.id, '1357')).toMatchObject({ kind: 'ok', person: { name: 'Aysel' } });
    expect(await store.check(b.id, '7531')).toEqual({ kind: 'wrong', attemptsLeft: pinAttempts - 1 });
    await expect(store.create('Aysel', 'manager', '2468')).rejects.toThrow(PersonExistsError);
  });

  it('locks a person out after five wrong PINs, for five minutes, then starts counting again', async () => {
    const clock = { at: Date.parse('2026-11-23T09:00:00Z') };
    const { people: store } = people(clock);
    const { id } = await store.create('Aysel', 'cashier', '1357');
    for (let left = pinAttempts - 1; left > 0; left--) expect(await store.check(id, '0000')).toEqual({ kind: 'wrong', attemptsLeft: left });
    expect(await store.check(id, '0000')).toEqual({ kind: 'locked', until: '2026-11-23T09:05:00.000Z' });
    expect(await store.check(id, '1357')).toMatchObject({ kind: 'locked' });
    clock.at += pinLockMs;
    expect(await store.check(id, '1357')).toMatchObject({ kind: 'ok' });
  });

  it('finds an approver by PIN among active managers only, and never loses the last one', async () => {
    const { people: store } = people({ at: Date.parse('2026-11-23T09:00:00Z') });
    const cashier = await store.create('Aysel', 'cashier', '1111');
    const manager = await store.create('Leyla', 'manager', '2222');
    expect(await store.approverByPin('1111')).toBeUndefined();
    expect(await store.approverByPin('2222')).toMatchObject({ id: manager.id });
    await expect(store.update(manager.id, { role: 'cashier' })).rejects.toThrow(LastApproverError);
    await expect(store.update(manager.id, { active: false })).rejects.toThrow(LastApproverError);
    await store.update(cashier.id, { role: 'administrator' });
    expect(await store.update(manager.id, { active: false })).toMatchObject({ active: false });
    expect(await store.approverByPin('2222')).toBeUndefined();
  });
});
