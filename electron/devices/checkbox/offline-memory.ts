import { z } from 'zod';
import type { DriverState } from '../driver-state';

const Instant = z.string().datetime({ offset: true });

const Mode = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('online') }),
  z.object({ kind: z.literal('offline'), since: Instant, by: z.enum(['manager', 'unreachable']) }),
]);

/** The offline mode as it must survive a restart: the session's start and reason, the sessions counted against the law's limits, the dates given. */
const SavedMode = z.object({
  mode: Mode,
  cloudOffline: z.boolean(),
  sessions: z.array(z.object({ start: Instant, end: Instant.optional() })),
  lastDate: z.number().int().nonnegative(),
  lastOnlineDoneAt: z.number().int().nonnegative(),
  undelivered: z.number().int().nonnegative(),
});
export type SavedMode = z.infer<typeof SavedMode>;

const Codes = z.array(z.string().min(1));

/**
 * A receipt not yet settled: when the journal committed it (its offline date if it must go out
 * offline after all), whether it was built offline, and the offline code it carries or was
 * reserved (printed on the customer's paper: it must go out with that code, restart or not).
 */
const ReceiptMemo = z.object({ builtAt: z.number().int().nonnegative(), offline: z.boolean(), code: z.string().min(1).optional() });
export type ReceiptMemo = z.infer<typeof ReceiptMemo>;

const registerKey = 'checkbox.offline.register';
const modeKey = 'checkbox.offline.mode';
const codesKey = 'checkbox.offline.codes';
const receiptPrefix = 'checkbox.offline.receipt.';

export interface Remembered {
  mode: SavedMode | undefined;
  codes: string[];
  receipts: Map<string, ReceiptMemo>;
  /** Keys whose stored values did not fit their schema: left out, and named for the log. */
  unreadable: string[];
  /** What was stored belonged to another register (the settings changed): let go. */
  otherRegister: boolean;
}

/**
 * The Checkbox offline mode's memory in the driver's state (migration 0015). Each step that hands
 * out a code writes the code's removal and the receipt's memo in one transaction, before the
 * journal stores the bytes, so no code is ever handed out twice across a crash (a code lost with a
 * crash between the two is never used: the service keeps it reserved, harmlessly).
 */
export class OfflineMemory {
  /** `register`: the register the codes and sessions are kept for (CheckboxClient.register). */
  constructor(
    private readonly state: DriverState,
    private readonly register: string,
  ) {}

  load(): Remembered {
    const stored = this.state.read(registerKey);
    const otherRegister = stored !== undefined && stored !== this.register;
    if (stored !== this.register) {
      // Another register's codes would be refused by the service, its sessions are not this one's: a new register starts online with none.
      const keys = [modeKey, codesKey, ...this.state.entries(receiptPrefix).map(([key]) => key)];
      this.state.write({ [registerKey]: this.register }, otherRegister ? keys : []);
      if (otherRegister) return { mode: undefined, codes: [], receipts: new Map(), unreadable: [], otherRegister };
    }
    const unreadable: string[] = [];
    const parse = <T>(key: string, schema: z.ZodType<T>, value: unknown): T | undefined => {
      if (value === undefined) return undefined;
      const parsed = schema.safeParse(value);
      if (!parsed.success) unreadable.push(key);
      return parsed.success ? parsed.data : undefined;
    };
    const mode = parse(modeKey, SavedMode, this.state.read(modeKey));
    const codes = parse(codesKey, Codes, this.state.read(codesKey)) ?? [];
    const receipts = new Map<string, ReceiptMemo>();
    for (const [key, value] of this.state.entries(receiptPrefix)) {
      const memo = parse(key, ReceiptMemo, value);
      if (memo) receipts.set(key.slice(receiptPrefix.length), memo);
    }
    return { mode, codes, receipts, unreadable, otherRegister };
  }

  save(changes: { mode?: SavedMode; codes?: readonly string[]; receipt?: { uuid: string; memo: ReceiptMemo }; settled?: string }): void {
    const values: Record<string, unknown> = {};
    if (changes.mode) values[modeKey] = changes.mode;
    if (changes.codes) values[codesKey] = changes.codes;
    if (changes.receipt) values[receiptPrefix + changes.receipt.uuid] = changes.receipt.memo;
    this.state.write(values, changes.settled ? [receiptPrefix + changes.settled] : []);
  }
}
