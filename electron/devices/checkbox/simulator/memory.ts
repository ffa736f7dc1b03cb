import Database from 'better-sqlite3';
import type { ComputedReceipt, DiscountPayload, GoodPayload, PaymentPayload } from './receipt-math';

export type ShiftState = 'CREATED' | 'OPENING' | 'OPENED' | 'CLOSING' | 'CLOSED';
export type ReceiptState = 'CREATED' | 'DONE' | 'ERROR';
export type ReceiptType = 'SELL' | 'RETURN' | 'SERVICE_IN' | 'SERVICE_OUT';

export interface SimShift {
  id: string;
  serial: number;
  status: ShiftState;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  /** Polls that still see the shift in its passing state (CREATED or CLOSING). */
  pollsLeft: number;
  /** Set when the opening failed (the shift goes CLOSED at once) or the closing failed (back to OPENED). */
  openError: string | null;
  closeError: string | null;
  zReportId: string | null;
  /** The fiscal code of the opening and the closing transaction. */
  openCode: string | null;
  closeCode: string | null;
  /** Opened in manual offline mode with the client's code and date; delivered to the tax service when back online. */
  offline?: boolean;
  delivered?: boolean;
}

export interface SimReceipt {
  id: string;
  serial: number;
  type: ReceiptType;
  shiftId: string;
  status: ReceiptState;
  pollsLeft: number;
  error: string | null;
  createdAt: string;
  fiscalCode: string;
  goods: GoodPayload[];
  discounts: DiscountPayload[];
  payments: PaymentPayload[];
  rounding: boolean;
  math: ComputedReceipt | null;
  /** Service receipts: the signed sum. */
  serviceValue: number;
  relatedReceiptId: string | null;
  /** The bytes as they arrived. */
  request: string;
  /** Made in manual offline mode: DONE at once, delivered to the tax service when back online. */
  offline?: boolean;
  delivered?: boolean;
}

export interface SimReport {
  id: string;
  serial: number;
  shiftId: string;
  isZ: boolean;
  createdAt: string;
  /** The answer as given (ReportModel), kept so a Z report reads the same every time. */
  answer: Record<string, unknown>;
}

/** The register's offline side: the manual offline mode, its sessions and the offline fiscal codes. */
export interface OfflineState {
  mode: boolean;
  /** go-online calls still needed before the register is online again (it is asynchronous). */
  onlineCallsLeft: number;
  sessions: { start: string; end: string | null }[];
  /** Reserved by ask-offline-codes and not yet used; `handed` were given out by get-offline-codes. */
  codes: string[];
  handed: string[];
  used: string[];
  askedAt: string | null;
  /** The last offline fiscal date taken: dates never go backwards. */
  lastDate: string | null;
  nextCode: number;
}

export interface Counters {
  receipt: number;
  shift: number;
  report: number;
  transaction: number;
  /** Added to the real clock by the clock control, in ms. */
  clockOffsetMs: number;
  offline: OfflineState;
}

const initialCounters: Counters = {
  receipt: 0,
  shift: 0,
  report: 0,
  transaction: 100,
  clockOffsetMs: 0,
  offline: { mode: false, onlineCallsLeft: 0, sessions: [], codes: [], handed: [], used: [], askedAt: null, lastDate: null, nextCode: 1 },
};

type Kind = 'shift' | 'receipt' | 'report';

/**
 * The training server's fiscal memory: every shift, receipt and report, in SQLite with FULL sync
 * so what it committed survives a crash of the app that runs it, like the service's database.
 * Everything is also held in memory in creation order, which is what the routes read.
 */
export class SimMemory {
  private readonly db: Database.Database;
  readonly shifts: SimShift[] = [];
  readonly receipts = new Map<string, SimReceipt>();
  readonly reports: SimReport[] = [];
  counters: Counters;

  constructor(file = ':memory:') {
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, id));
      CREATE TABLE IF NOT EXISTS counters (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
    `);
    const counters = this.db.prepare('SELECT json FROM counters WHERE id = 1').get() as { json: string } | undefined;
    this.counters = { ...structuredClone(initialCounters), ...(counters ? (JSON.parse(counters.json) as Partial<Counters>) : {}) };
    for (const row of this.db.prepare('SELECT kind, json FROM records ORDER BY seq').all() as { kind: Kind; json: string }[]) {
      if (row.kind === 'shift') this.shifts.push(JSON.parse(row.json) as SimShift);
      else if (row.kind === 'receipt') {
        const receipt = JSON.parse(row.json) as SimReceipt;
        this.receipts.set(receipt.id, receipt);
      } else this.reports.push(JSON.parse(row.json) as SimReport);
    }
  }

  /** Writes the changed records and the counters in one transaction: all or nothing. */
  commit(changes: { shifts?: SimShift[]; receipts?: SimReceipt[]; reports?: SimReport[] }): void {
    const upsert = this.db.prepare('INSERT INTO records (kind, id, seq, json) VALUES (?, ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json');
    this.db.transaction(() => {
      for (const shift of changes.shifts ?? []) {
        if (!this.shifts.includes(shift)) this.shifts.push(shift);
        upsert.run('shift', shift.id, shift.serial, JSON.stringify(shift));
      }
      for (const receipt of changes.receipts ?? []) {
        this.receipts.set(receipt.id, receipt);
        upsert.run('receipt', receipt.id, receipt.serial, JSON.stringify(receipt));
      }
      for (const report of changes.reports ?? []) {
        if (!this.reports.includes(report)) this.reports.push(report);
        upsert.run('report', report.id, report.serial, JSON.stringify(report));
      }
      this.db.prepare('INSERT INTO counters (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json').run(JSON.stringify(this.counters));
    })();
  }

  /** The shift in progress (anything but CLOSED), or undefined. */
  currentShift(): SimShift | undefined {
    return this.shifts.findLast((shift) => shift.status !== 'CLOSED');
  }

  receiptsOf(shiftId: string): SimReceipt[] {
    return [...this.receipts.values()].filter((receipt) => receipt.shiftId === shiftId);
  }

  close(): void {
    this.db.close();
  }
}
