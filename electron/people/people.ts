import { z } from 'zod';
import { canApprove, Role, type PersonView } from '../../shared/people/people';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import { hashPin, verifyPin } from './pin-hash';

/** Five wrong PINs in a row lock a person out for five minutes: enough for typos, too few to guess. */
export const pinAttempts = 5;
export const pinLockMs = 5 * 60_000;

const PersonRow = z.object({
  id: z.number(),
  name: z.string(),
  role: Role,
  pin_hash: z.string(),
  active: z.number(),
  failed_attempts: z.number(),
  locked_until: z.string().nullable(),
});
type PersonRow = z.infer<typeof PersonRow>;

export type PinCheck =
  | { kind: 'ok'; person: PersonView }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'locked'; until: string }
  | { kind: 'unknown' };

export class PersonExistsError extends Error {}
export class LastApproverError extends Error {}

const view = (row: PersonRow): PersonView => ({ id: row.id, name: row.name, role: row.role, active: row.active === 1 });

/** The shop's people and their PINs; a PIN never leaves this class except as a scrypt hash. */
export class People {
  private readonly sql;
  // PIN checks run one at a time: a check reads the failure count, waits on scrypt, then writes
  // it, so checks in parallel would each see the old count and get past the lockout.
  private checks: Promise<unknown> = Promise.resolve();

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.checks.then(work, work);
    this.checks = next.catch(() => undefined);
    return next;
  }

  constructor(
    db: Db,
    private readonly now: () => Date,
  ) {
    this.sql = statementCache(db);
  }

  list(): PersonView[] {
    return this.sql('SELECT * FROM people ORDER BY active DESC, name').all().map((row) => view(PersonRow.parse(row)));
  }

  activeCount(): number {
    return (this.sql('SELECT count(*) AS n FROM people WHERE active = 1').get() as { n: number }).n;
  }

  byId(id: number): PersonView | undefined {
    const row = this.row(id);
    return row ? view(row) : undefined;
  }

  async create(name: string, role: Role, pin: string): Promise<PersonView> {
    const pinHash = await hashPin(pin);
    const at = this.now().toISOString();
    try {
      const { lastInsertRowid } = this.sql('INSERT INTO people (name, role, pin_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(name, role, pinHash, at, at);
      return view(this.row(Number(lastInsertRowid)) as PersonRow);
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) throw new PersonExistsError(`A person named ${name} exists`);
      throw error;
    }
  }

  /** Changes what is given; a new PIN also clears a lockout. */
  async update(id: number, change: { name?: string; role?: Role; pin?: string; active?: boolean }): Promise<PersonView> {
    const current = this.row(id);
    if (!current) throw new RangeError(`No person ${id}`);
    const next = { name: change.name ?? current.name, role: change.role ?? current.role, active: change.active ?? current.active === 1 };
    const losesApproval = current.active === 1 && canApprove(current.role) && (!next.active || !canApprove(next.role));
    if (losesApproval && this.approverCount() === 1) throw new LastApproverError('The last person who can approve must stay');
    const pinHash = change.pin === undefined ? current.pin_hash : await hashPin(change.pin);
    const reset = change.pin !== undefined;
    try {
      this.sql(
        `UPDATE people SET name = ?, role = ?, active = ?, pin_hash = ?, updated_at = ?,
           failed_attempts = CASE WHEN ? THEN 0 ELSE failed_attempts END,
           locked_until = CASE WHEN ? THEN NULL ELSE locked_until END
         WHERE id = ?`,
      ).run(next.name, next.role, next.active ? 1 : 0, pinHash, this.now().toISOString(), reset ? 1 : 0, reset ? 1 : 0, id);
    } catch (error) {
      if (error instanceof Error && /UNIQUE/.test(error.message)) throw new PersonExistsError(`A person named ${next.name} exists`);
      throw error;
    }
    return view(this.row(id) as PersonRow);
  }

  /** Checks one person's PIN, counting failures towards the lockout. */
  check(id: number, pin: string): Promise<PinCheck> {
    return this.oneAtATime(() => this.checkNow(id, pin));
  }

  private async checkNow(id: number, pin: string): Promise<PinCheck> {
    const row = this.row(id);
    if (!row || row.active !== 1) return { kind: 'unknown' };
    const now = this.now();
    if (row.locked_until && row.locked_until > now.toISOString()) return { kind: 'locked', until: row.locked_until };
    if (await verifyPin(pin, row.pin_hash)) {
      this.sql('UPDATE people SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(id);
      return { kind: 'ok', person: view(row) };
    }
    // A lock that ran out gives a fresh set of attempts.
    const failed = (row.locked_until ? 0 : row.failed_attempts) + 1;
    if (failed >= pinAttempts) {
      const until = new Date(now.getTime() + pinLockMs).toISOString();
      this.sql('UPDATE people SET failed_attempts = 0, locked_until = ? WHERE id = ?').run(until, id);
      return { kind: 'locked', until };
    }
    this.sql('UPDATE people SET failed_attempts = ?, locked_until = NULL WHERE id = ?').run(failed, id);
    return { kind: 'wrong', attemptsLeft: pinAttempts - failed };
  }

  /** The active manager or administrator whose PIN this is, if any; locked-out ones are skipped. */
  approverByPin(pin: string): Promise<PersonView | undefined> {
    return this.oneAtATime(() => this.approverNow(pin));
  }

  private async approverNow(pin: string): Promise<PersonView | undefined> {
    const now = this.now().toISOString();
    const rows = this.sql("SELECT * FROM people WHERE active = 1 AND role IN ('manager', 'administrator') ORDER BY id").all().map((row) => PersonRow.parse(row));
    for (const row of rows) {
      if (row.locked_until && row.locked_until > now) continue;
      if (await verifyPin(pin, row.pin_hash)) return view(row);
    }
    return undefined;
  }

  private approverCount(): number {
    return (this.sql("SELECT count(*) AS n FROM people WHERE active = 1 AND role IN ('manager', 'administrator')").get() as { n: number }).n;
  }

  private row(id: number): PersonRow | undefined {
    const row = this.sql('SELECT * FROM people WHERE id = ?').get(id);
    return row ? PersonRow.parse(row) : undefined;
  }
}
