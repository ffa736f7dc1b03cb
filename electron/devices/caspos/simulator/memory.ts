import Database from 'better-sqlite3';
import { statementCache } from '../../../db/statements';
import type { VatType } from '../enums';

/** The kinds of document the device keeps, named as its control tape names them. */
export type TapeType = 'sale' | 'money_back' | 'deposit' | 'withdraw' | 'correction' | 'rollback' | 'credit' | 'prepayment' | 'z_report';

export interface TenderSplit {
  /** Cash kept: paid in cash minus change. */
  cash: number;
  cashless: number;
  bonus: number;
  credit: number;
  prepayment: number;
}

export interface StoredItem {
  name: string;
  code: string;
  itemUid?: string;
  quantity: number;
  price: number;
  total: number;
  vatType: VatType;
}

/** A fiscalised document in the device's memory; money in minor units, quantity in thousandths. */
export interface StoredDocument {
  documentId: string;
  shortDocumentId: string;
  number: number;
  shiftNumber: number;
  shiftDocumentNumber: number;
  barcode: string;
  type: TapeType;
  uuid: string;
  operation: string;
  createdAt: string;
  parentDocumentId?: string;
  moneyBackType?: number;
  total: number;
  tenders: TenderSplit;
  vat: { vatType: VatType; gross: number }[];
  items: StoredItem[];
  rolledBack: boolean;
  /** The answer's data, given again for a repeated documentUUID. */
  answer: Record<string, unknown>;
  /** What the device received, for tests that compare it with the journal. */
  request: string;
}

export interface DeviceState {
  shiftOpen: boolean;
  shiftNumber: number;
  shiftOpenedAt?: string;
  lastDocumentNumber: number;
  shiftDocumentNumber: number;
  loggedIn: boolean;
  wrongPins: number;
}

const initialState: DeviceState = {
  shiftOpen: false,
  shiftNumber: 0,
  lastDocumentNumber: 10_000,
  shiftDocumentNumber: 0,
  loggedIn: false,
  wrongPins: 0,
};

/**
 * The training device's fiscal memory. SQLite with FULL sync, so a document the device has
 * committed survives a crash of the app that runs it, exactly like a real device's memory.
 */
export class FiscalMemory {
  private readonly db: Database.Database;
  private readonly sql;

  constructor(file = ':memory:') {
    this.db = new Database(file);
    this.sql = statementCache(this.db);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS state (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS documents (
        document_id TEXT PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        number INTEGER NOT NULL,
        shift_number INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        parent_document_id TEXT,
        json TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS documents_shift ON documents (shift_number, number);
      CREATE INDEX IF NOT EXISTS documents_parent ON documents (parent_document_id);
      CREATE INDEX IF NOT EXISTS documents_created ON documents (created_at);
    `);
  }

  state(): DeviceState {
    const row = this.sql<[], { json: string }>('SELECT json FROM state WHERE id = 1').get();
    return row ? { ...initialState, ...(JSON.parse(row.json) as Partial<DeviceState>) } : { ...initialState };
  }

  saveState(state: DeviceState): void {
    this.sql('INSERT INTO state (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json').run(JSON.stringify(state));
  }

  /** A document and the state that numbers it, committed together or not at all. */
  commit(document: StoredDocument, state: DeviceState): void {
    this.db.transaction(() => {
      this.sql('INSERT INTO documents (document_id, uuid, number, shift_number, created_at, parent_document_id, json) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          document.documentId,
          document.uuid,
          document.number,
          document.shiftNumber,
          document.createdAt,
          document.parentDocumentId ?? null,
          JSON.stringify(document),
        );
      this.saveState(state);
    })();
  }

  markRolledBack(documentId: string): void {
    const document = this.byDocumentId(documentId);
    if (!document) return;
    this.sql('UPDATE documents SET json = ? WHERE document_id = ?').run(JSON.stringify({ ...document, rolledBack: true }), documentId);
  }

  byUuid(uuid: string): StoredDocument | undefined {
    return this.one('SELECT json FROM documents WHERE uuid = ?', uuid);
  }

  byDocumentId(documentId: string): StoredDocument | undefined {
    return this.one('SELECT json FROM documents WHERE document_id = ?', documentId);
  }

  children(parentDocumentId: string): StoredDocument[] {
    return this.many('SELECT json FROM documents WHERE parent_document_id = ? ORDER BY number', parentDocumentId);
  }

  ofShift(shiftNumber: number): StoredDocument[] {
    return this.many('SELECT json FROM documents WHERE shift_number = ? ORDER BY number', shiftNumber);
  }

  between(fromIso: string, toIso: string): StoredDocument[] {
    return this.many('SELECT json FROM documents WHERE created_at >= ? AND created_at <= ? ORDER BY number', fromIso, toIso);
  }

  all(): StoredDocument[] {
    return this.many('SELECT json FROM documents ORDER BY number');
  }

  last(): StoredDocument | undefined {
    return this.one('SELECT json FROM documents ORDER BY number DESC LIMIT 1');
  }

  close(): void {
    this.db.close();
  }

  private one(sql: string, ...params: unknown[]): StoredDocument | undefined {
    const row = this.sql<unknown[], { json: string }>(sql).get(...params);
    return row ? (JSON.parse(row.json) as StoredDocument) : undefined;
  }

  private many(sql: string, ...params: unknown[]): StoredDocument[] {
    return this.sql<unknown[], { json: string }>(sql)
      .all(...params)
      .map((row) => JSON.parse(row.json) as StoredDocument);
  }
}
