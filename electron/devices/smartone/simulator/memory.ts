import { appendFileSync, closeSync, existsSync, openSync, readFileSync } from 'node:fs';

/** Tenders as the device books them: cash is what stayed in the drawer (paid minus change). */
export interface BookedTenders {
  cash: number;
  cashless: number;
  bonus: number;
  credit: number;
  prepayment: number;
}

/** One tax group of a document: the gross at it and the tax inside, as the device computed them. */
export interface BookedTax {
  taxPrc: number;
  fullName: string;
  gross: number;
  tax: number;
}

export type BookedRoute = 'sale' | 'refund' | 'rollback' | 'creditpay' | 'deposit' | 'withdraw';

/** A fiscalised document in the device's memory; money in qəpik, quantities in thousandths. */
export interface BookedDocument {
  documentID: number;
  fiscalID: string;
  fiscalNum: string;
  route: BookedRoute;
  /** Our key as it arrived (a string, or an integer from older clients). */
  documentExtID?: string | number;
  shiftID: number;
  /** ISO instant. */
  at: string;
  amount: number;
  tenders: BookedTenders;
  taxes: BookedTax[];
  items: { itemId: string; itemName: string; itemQty: number; itemAmount: number }[];
  parentFiscalID?: string;
  creditContract?: string;
  /** The request's JSON as it arrived, decoded from `data`. */
  json: string;
}

/** A closed shift and the figures its Z answer gave. */
export interface ClosedShift {
  shiftID: number;
  fiscalShiftNum: number;
  openedAt: string;
  closedAt: string;
  answer: Record<string, unknown>;
}

export interface ShiftState {
  shiftID: number;
  open: boolean;
  openedAt?: string;
}

type Entry =
  | { t: 'document'; document: BookedDocument }
  | { t: 'rollback'; fiscalID: string }
  | { t: 'open'; shiftID: number; at: string }
  | { t: 'close'; shift: ClosedShift };

/**
 * The training device's fiscal memory: an append-only file, one JSON entry a line, written before
 * the answer goes out, so what the device answered survives the app being killed. A line cut
 * short by a kill was never answered, so replay drops it.
 */
export class FiscalMemory {
  readonly documents: BookedDocument[] = [];
  readonly rolledBack = new Set<string>();
  readonly closed: ClosedShift[] = [];
  shift: ShiftState = { shiftID: 0, open: false };
  private readonly byExtId = new Map<string, BookedDocument>();
  /** Held open while the device runs, as a device holds its memory: appends go to it. */
  private readonly fd: number | undefined;

  constructor(file?: string) {
    if (file && existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        try {
          this.apply(JSON.parse(line) as Entry);
        } catch {
          break;
        }
      }
    }
    this.fd = file ? openSync(file, 'a') : undefined;
  }

  /** Lets go of the memory file when the device stops. */
  release(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }

  get nextDocumentID(): number {
    return (this.documents.at(-1)?.documentID ?? 1000) + 1;
  }

  /** Our key is one document whatever its route; `forget` drops it, as a device that lost its index. */
  byExt(extId: string | number): BookedDocument | undefined {
    return this.byExtId.get(String(extId));
  }

  forget(extId: string | number): void {
    this.byExtId.delete(String(extId));
  }

  byFiscalID(fiscalID: string): BookedDocument | undefined {
    return this.documents.find((d) => d.fiscalID === fiscalID);
  }

  byDocumentID(documentID: number | string): BookedDocument | undefined {
    return this.documents.find((d) => String(d.documentID) === String(documentID) || d.fiscalID === String(documentID));
  }

  ofShift(shiftID: number): BookedDocument[] {
    return this.documents.filter((d) => d.shiftID === shiftID);
  }

  book(document: BookedDocument): void {
    this.write({ t: 'document', document });
  }

  rollBack(fiscalID: string): void {
    this.write({ t: 'rollback', fiscalID });
  }

  openShift(shiftID: number, at: string): void {
    this.write({ t: 'open', shiftID, at });
  }

  closeShift(shift: ClosedShift): void {
    this.write({ t: 'close', shift });
  }

  private write(entry: Entry): void {
    // Written before the answer goes out; a killed app leaves what was written with the OS.
    if (this.fd !== undefined) appendFileSync(this.fd, `${JSON.stringify(entry)}\n`);
    this.apply(entry);
  }

  private apply(entry: Entry): void {
    switch (entry.t) {
      case 'document':
        this.documents.push(entry.document);
        if (entry.document.documentExtID !== undefined) this.byExtId.set(String(entry.document.documentExtID), entry.document);
        return;
      case 'rollback':
        this.rolledBack.add(entry.fiscalID);
        return;
      case 'open':
        this.shift = { shiftID: entry.shiftID, open: true, openedAt: entry.at };
        return;
      case 'close':
        this.closed.push(entry.shift);
        this.shift = { shiftID: entry.shift.shiftID, open: false };
        return;
    }
  }
}
