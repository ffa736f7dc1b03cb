import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';

/** The register's document types, as OPERATION_ID's operationType and the tape would name them. */
export type RecordType = 'Sale' | 'MoneyBack' | 'Deposit' | 'Withdrawal' | 'Annul' | 'ZReport';

export interface SectionTurnover {
  code: number;
  /** Kopecks. */
  total: number;
  vat: number;
}

/** A fiscal document in the register's memory; money in kopecks. */
export interface FiscalRecord {
  type: RecordType;
  /** The client's operationId, when it sent one. */
  operationId: string | null;
  uid: string;
  uuid: string;
  numberCheck: number;
  shiftNumber: number;
  dateTime: string;
  cashier: string;
  total: number;
  /** Cash kept (tendered minus change), and the card part. */
  cash: number;
  cashless: number;
  change: number;
  rrn: string;
  sections: SectionTurnover[];
  markings: { kind: 'si' | 'ukz'; code: string }[];
  /** The request's bytes as they arrived. */
  body: string;
  /** Set on an annulled receipt. */
  annulled?: boolean;
}

export type MemoryEvent =
  | { event: 'document'; record: FiscalRecord }
  | { event: 'annulled'; uid: string }
  | { event: 'shiftOpened'; shiftNumber: number; at: string }
  | { event: 'shiftClosed'; shiftNumber: number; at: string }
  | { event: 'unfinished'; record: FiscalRecord }
  | { event: 'finished' };

export interface MemoryState {
  documents: FiscalRecord[];
  shift: { number: number; open: boolean; openedAt: string | null };
  lastCheck: number;
  /** A card sale charged and not fiscalised (CODES 410): it blocks every document until finished on the register. */
  unfinished: FiscalRecord | null;
}

/**
 * The register's fiscal memory: an append-only file of events, one JSON line each, replayed on
 * start. A line cut by a kill is ignored, as a register keeps only what it finished writing.
 */
export class FiscalMemory {
  readonly state: MemoryState = { documents: [], shift: { number: 0, open: false, openedAt: null }, lastCheck: 0, unfinished: null };

  /** Opened once and kept, as a register keeps its memory chip: the file stays written even if its folder is unlinked. */
  private readonly fd: number | null;

  constructor(file?: string) {
    let torn = false;
    if (file && existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      torn = text !== '' && !text.endsWith('\n');
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          this.apply(JSON.parse(line) as MemoryEvent);
        } catch {
          // A torn last line: the register never finished writing it.
        }
      }
    }
    this.fd = file ? openSync(file, 'a') : null;
    // The next event starts on a line of its own, after the torn one.
    if (this.fd !== null && torn) writeSync(this.fd, '\n');
  }

  record(event: MemoryEvent): void {
    if (this.fd !== null) writeSync(this.fd, `${JSON.stringify(event)}\n`);
    this.apply(event);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
  }

  private apply(event: MemoryEvent): void {
    const { state } = this;
    switch (event.event) {
      case 'document':
        state.documents.push(event.record);
        state.lastCheck = Math.max(state.lastCheck, event.record.numberCheck);
        return;
      case 'annulled': {
        const annulled = state.documents.find((record) => record.uid === event.uid);
        if (annulled) annulled.annulled = true;
        return;
      }
      case 'shiftOpened':
        state.shift = { number: event.shiftNumber, open: true, openedAt: event.at };
        return;
      case 'shiftClosed':
        state.shift = { number: event.shiftNumber, open: false, openedAt: null };
        return;
      case 'unfinished':
        state.unfinished = event.record;
        state.lastCheck = Math.max(state.lastCheck, event.record.numberCheck);
        return;
      case 'finished':
        if (state.unfinished) state.documents.push(state.unfinished);
        state.unfinished = null;
        return;
    }
  }
}
