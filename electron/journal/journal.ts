import { z } from 'zod';
import { DocumentResult } from '../../shared/fiscal/device-results';
import { FiscalDocument } from '../../shared/fiscal/documents';
import { silentLogger, type Logger } from '../app/logger';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import type { DeviceOutcome, StoredRequest } from '../devices/driver';
import { JournalMismatches } from './mismatches';
import { isOpen, openDocuments } from './open-documents';
import { isOtherDocument, otherDocuments } from './other-documents';
import { JournalQuarantine, notSetAside, problemOf } from './quarantine';
import { isLegalTransition, journalStates, type JournalState } from './states';

/** A JSON column: text that does not parse is an issue of the row, not an exception. */
const JsonText = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not JSON' });
    return z.NEVER;
  }
});

/** A stored document must be one the contract takes today: what the app lists, it can send and report. */
export const StoredDocument = JsonText.pipe(FiscalDocument);

export const JournalEntry = z.object({
  id: z.number().int(),
  uuid: z.string(),
  deviceId: z.string(),
  kind: z.string(),
  operation: z.string(),
  request: z.string(),
  /** Our document as JSON; read with `documentOf` where it is needed (the sender never needs it). */
  document: z.string(),
  total: z.number().int().nullable(),
  state: z.enum(journalStates),
  attempts: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  duplicate: z.number().transform((v) => v === 1),
  result: JsonText.pipe(DocumentResult).nullable(),
  errorCode: z.string().nullable(),
  errorText: z.string().nullable(),
  unknownReason: z.string().nullable(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export function documentOf(entry: JournalEntry): FiscalDocument {
  return FiscalDocument.parse(JSON.parse(entry.document));
}

/** A kind found through the index of documents other than plain sales (other-documents.ts). */
type OtherKind = Exclude<FiscalDocument['kind'], 'sale'>;

export class IllegalTransitionError extends Error {}

/** A document the journal could not read back once written: refused, never committed. */
export class UnreadableDocumentError extends Error {
  constructor(readonly problem: string) {
    super(`The journal would not read this document back: ${problem}`);
  }
}

type ReadCheck = { ok: true; entry: JournalEntry } | { ok: false; problem: string };

/** The journal's read check of a row: its columns, and its document as the contract takes it (once per row: the document never changes). */
function readCheck(row: unknown, documentChecked: boolean): ReadCheck {
  const entry = JournalEntry.safeParse(row);
  if (!entry.success) return { ok: false, problem: problemOf(entry.error) };
  if (!documentChecked) {
    const document = StoredDocument.safeParse(entry.data.document);
    if (!document.success) return { ok: false, problem: problemOf(document.error, 'document') };
  }
  return { ok: true, entry: entry.data };
}

const columns = `id, uuid, device_id AS deviceId, kind, operation, request, document, total, state, attempts,
  created_at AS createdAt, updated_at AS updatedAt, duplicate, result, error_code AS errorCode,
  error_text AS errorText, unknown_reason AS unknownReason`;

export interface NewDocument {
  uuid: string;
  deviceId: string;
  document: FiscalDocument;
  request: StoredRequest;
  total: number | null;
  /** The commit time the driver built the bytes with (an offline receipt's date); now when not given. */
  journaledAt?: Date;
}

/**
 * The fiscal journal in SQLite. Every method is one transaction, committed (WAL,
 * synchronous=FULL) before it returns: what the journal says, survives a crash or a power cut.
 */
export class Journal {
  private readonly sql;
  /** Done answers that do not fit their documents, found as they are settled. */
  readonly mismatches: JournalMismatches;
  readonly quarantine: JournalQuarantine;
  /** Rows whose document passed the read check: it never changes, so it is checked once per run. */
  private readonly checked = new Set<number>();

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    logger: Logger = silentLogger,
  ) {
    this.sql = statementCache(db);
    this.mismatches = new JournalMismatches(db);
    this.quarantine = new JournalQuarantine(db, now, logger);
  }

  /** The uuid of a quarantined document that holds back the device's queue until the manager decides. */
  blockedBy(deviceId: string): string | undefined {
    return this.quarantine.blocking(deviceId);
  }

  /**
   * Journals a new document. With `sendNow` it is committed already in `sending` (attempt 1,
   * both moves recorded), because the sender will send it at once: still committed before the
   * request leaves, with one fsync instead of two.
   */
  record(entry: NewDocument, sendNow: boolean): JournalEntry {
    const at = (entry.journaledAt ?? this.now()).toISOString();
    const text = JSON.stringify(entry.document);
    // What is written must read back: checked with the read check itself, before anything is committed.
    const check = readCheck(
      { id: 0, uuid: entry.uuid, deviceId: entry.deviceId, kind: entry.document.kind, operation: entry.request.operation, request: entry.request.body, document: text, total: entry.total, state: 'pending', attempts: 0, createdAt: at, updatedAt: at, duplicate: 0, result: null, errorCode: null, errorText: null, unknownReason: null },
      false,
    );
    if (!check.ok) throw new UnreadableDocumentError(check.problem);
    const id = this.db.transaction(() => {
      const { lastInsertRowid } = this.sql(
          `INSERT INTO journal_documents (uuid, device_id, kind, operation, request, document, total, state, attempts, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
      ).run(entry.uuid, entry.deviceId, entry.document.kind, entry.request.operation, entry.request.body, text, entry.total, at, at);
      const rowId = Number(lastInsertRowid);
      this.transition(rowId, null, 'pending', at, 'journaled');
      if (sendNow) this.move(rowId, 'pending', 'sending', at, 'attempt 1', { attempts: 1 });
      return rowId;
    }).immediate();
    // Its document passed the read check above: reading the row back does not parse it again.
    this.checked.add(id);
    return this.get(id)!;
  }

  /** Attempt n: committed before the request leaves. */
  markSending(id: number, reason: string): JournalEntry {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      const entry = this.get(id);
      if (!entry) throw new IllegalTransitionError(`No journal document ${id}`);
      this.move(id, entry.state, 'sending', at, `${reason}, attempt ${entry.attempts + 1}`, { attempts: entry.attempts + 1 });
    }).immediate();
    return this.get(id)!;
  }

  /**
   * A lookup found the document the journal had lost the answer for: it goes back to `sending`
   * to be settled by what was found, without another attempt, since nothing was sent again.
   */
  markFound(id: number): JournalEntry {
    const at = this.now().toISOString();
    this.db.transaction(() => this.move(id, 'unknown', 'sending', at, 'lookup by uuid: found on the device', {})).immediate();
    return this.get(id)!;
  }

  /**
   * Stores the device's answer and moves the document to done, rejected or unknown. A done
   * answer that does not fit the document (another total, a device document id given before) is
   * still done, since the device did fiscalise it, and its mismatch is kept for the manager.
   */
  settle(id: number, outcome: DeviceOutcome<DocumentResult>): JournalEntry {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      switch (outcome.kind) {
        case 'done': {
          const result = outcome.value;
          const mismatch = result ? this.mismatches.check(id, result, at) : undefined;
          this.move(id, 'sending', 'done', at, outcome.duplicate ? 'done earlier (repeated documentUUID)' : 'done', {
            duplicate: outcome.duplicate ? 1 : 0,
            device_document_id: result?.documentId ?? null,
            device_document_number: result?.documentNumber ?? null,
            device_shift_document_number: result?.shiftDocumentNumber ?? null,
            device_short_id: result?.shortDocumentId ?? null,
            device_total: result?.total ?? null,
            result: result ? JSON.stringify(result) : null,
            raw_answer: outcome.raw,
          });
          if (mismatch) this.mismatches.record(mismatch);
          return;
        }
        case 'rejected':
          this.move(id, 'sending', 'rejected', at, `refused: ${outcome.refusal.code}`, {
            error_code: outcome.refusal.code,
            error_text: outcome.refusal.deviceText,
            raw_answer: outcome.raw,
          });
          return;
        case 'unknown':
          this.move(id, 'sending', 'unknown', at, `${outcome.reason}: ${outcome.detail}`.slice(0, 500), {
            unknown_reason: outcome.reason,
            raw_answer: outcome.raw ?? null,
          });
          return;
      }
    }).immediate();
    return this.get(id)!;
  }

  /**
   * At start: a document left in `sending` was interrupted with its request maybe delivered.
   * Its fate is unknown until the device says, so it becomes `unknown` and will be sent again.
   */
  markInterrupted(): number {
    const at = this.now().toISOString();
    return this.db.transaction(() => {
      const ids = this.sql<[], { id: number }>(`SELECT id FROM ${openDocuments} WHERE ${isOpen} AND state = 'sending' ORDER BY id`).all();
      for (const { id } of ids) this.move(id, 'sending', 'unknown', at, 'interrupted: the app stopped while sending', { unknown_reason: 'interrupted' });
      return ids.length;
    }).immediate();
  }

  get(id: number): JournalEntry | undefined {
    const row = this.sql<[number]>(`SELECT ${columns} FROM journal_documents WHERE id = ?`).get(id);
    return row ? this.admit(row) : undefined;
  }

  byUuid(uuid: string): JournalEntry | undefined {
    const row = this.sql<[string]>(`SELECT ${columns} FROM journal_documents WHERE uuid = ?`).get(uuid);
    return row ? this.admit(row) : undefined;
  }

  /** The device's answer as it came for a document: what a receipt is printed again from. */
  rawAnswer(uuid: string): string | null {
    return this.sql<[string], { raw: string | null }>('SELECT raw_answer AS raw FROM journal_documents WHERE uuid = ?').get(uuid)?.raw ?? null;
  }

  /** Unsettled documents in journal order: of a device (the sender's queue), or of every device. */
  unsettled(deviceId?: string): JournalEntry[] {
    const sql = `SELECT ${columns} FROM ${openDocuments} WHERE ${isOpen} AND ${notSetAside}`;
    const rows = deviceId ? this.sql<[string]>(`${sql} AND device_id = ? ORDER BY id`).all(deviceId) : this.sql<[]>(`${sql} ORDER BY id`).all();
    return rows.flatMap((row) => this.admit(row) ?? []);
  }

  /** Documents whose fate the device has not told yet: while any exists, recovery is under way. */
  unknownCount(deviceId: string): number {
    // A document sent again after an unknown answer is `sending`, but its fate is still unknown.
    return (
      this.sql<[string], { n: number }>(
        `SELECT count(*) AS n FROM ${openDocuments} WHERE device_id = ? AND ${isOpen} AND (state = 'unknown' OR (state = 'sending' AND unknown_reason IS NOT NULL)) AND ${notSetAside}`,
      ).get(deviceId)?.n ?? 0
    );
  }

  /**
   * The head of the device's queue: the oldest document not settled. None while the head is
   * quarantined: nothing behind it may go out before the manager decides (see `blockedBy`).
   */
  nextUnsettled(deviceId: string): JournalEntry | undefined {
    const row = this.sql<[string]>(
      `SELECT ${columns} FROM ${openDocuments} WHERE device_id = ? AND ${isOpen} AND ${notSetAside} ORDER BY id LIMIT 1`,
    ).get(deviceId);
    return row ? this.admit(row) : undefined;
  }

  unsettledCount(deviceId?: string): number {
    const sql = `SELECT count(*) AS n FROM ${openDocuments} WHERE ${isOpen} AND ${notSetAside}`;
    const row = deviceId ? this.sql<[string], { n: number }>(`${sql} AND device_id = ?`).get(deviceId) : this.sql<[], { n: number }>(sql).get();
    return row?.n ?? 0;
  }

  list(deviceId: string, fromIso: string, toIso: string): JournalEntry[] {
    return this.sql<[string, string, string]>(`SELECT ${columns} FROM journal_documents WHERE device_id = ? AND created_at >= ? AND created_at < ? ORDER BY id`)
      .all(deviceId, fromIso, toIso)
      .flatMap((row) => this.admit(row) ?? []);
  }

  /**
   * Documents that point at any of these parents: refunds, rollbacks and credit payments by
   * parentUuid, sales that spend an advance by prepaymentUuid; documents journaled before issue 14
   * by the parent's device id (parentDocumentId, prepaymentDocumentId). Each name has its index
   * (0012, 0007). Only those kinds are parsed, and a sale only when its text names an advance at
   * all: a year's sales are not read as JSON to find the few that point somewhere.
   */
  childrenOf(deviceId: string, parents: readonly { uuid: string; documentId?: string | undefined }[]): JournalEntry[] {
    if (parents.length === 0) return [];
    const uuids = JSON.stringify(parents.map((p) => p.uuid));
    const documentIds = JSON.stringify(parents.flatMap((p) => (p.documentId === undefined ? [] : [p.documentId])));
    // Two selects, not one with OR: each name is found through its own index.
    const followers = `SELECT ${columns} FROM journal_documents WHERE device_id = ?
      AND (kind IN ('moneyBack', 'creditPay', 'rollBack') OR (kind = 'sale' AND instr(document, ?) > 0))`;
    return this.sql<[string, string, string, string, string, string]>(
      `${followers} AND coalesce(json_extract(document, '$.parentUuid'), json_extract(document, '$.prepaymentUuid')) IN (SELECT value FROM json_each(?))
       UNION ALL
       ${followers} AND coalesce(json_extract(document, '$.parentDocumentId'), json_extract(document, '$.prepaymentDocumentId')) IN (SELECT value FROM json_each(?))
       ORDER BY id`,
    )
      .all(deviceId, '"prepaymentUuid"', uuids, deviceId, '"prepaymentDocumentId"', documentIds)
      .flatMap((row) => this.admit(row) ?? []);
  }

  /** Documents of a device journaled after `afterId` and, when given, before `beforeId`, in journal order. */
  between(deviceId: string, afterId: number, beforeId = Number.MAX_SAFE_INTEGER): JournalEntry[] {
    return this.sql<[string, number, number]>(`SELECT ${columns} FROM journal_documents WHERE device_id = ? AND id > ? AND id < ? ORDER BY id`)
      .all(deviceId, afterId, beforeId)
      .flatMap((row) => this.admit(row) ?? []);
  }

  /** Documents the device settled as done within [fromIso, toIso], by when they were settled. */
  doneBetween(deviceId: string, fromIso: string, toIso: string): JournalEntry[] {
    return this.sql<[string, string, string]>(
      `SELECT ${columns} FROM journal_documents WHERE device_id = ? AND state = 'done' AND updated_at >= ? AND updated_at <= ? ORDER BY id`,
    )
      .all(deviceId, fromIso, toIso)
      .flatMap((row) => this.admit(row) ?? []);
  }

  /** The latest document of `kind` the device did, before `beforeId` when given: a shift ends with its Z report. */
  lastDone(deviceId: string, kind: OtherKind, beforeId = Number.MAX_SAFE_INTEGER): JournalEntry | undefined {
    const row = this.sql<[string, string, number]>(
      `SELECT ${columns} FROM ${otherDocuments} WHERE device_id = ? AND kind = ? AND ${isOtherDocument} AND state = 'done' AND id < ? ORDER BY id DESC LIMIT 1`,
    ).get(deviceId, kind, beforeId);
    return row ? this.admit(row) : undefined;
  }

  /** Done documents of `kind`, oldest first. */
  allDone(deviceId: string, kind: OtherKind): JournalEntry[] {
    return this.sql<[string, string]>(`SELECT ${columns} FROM ${otherDocuments} WHERE device_id = ? AND kind = ? AND ${isOtherDocument} AND state = 'done' ORDER BY id`)
      .all(deviceId, kind)
      .flatMap((row) => this.admit(row) ?? []);
  }

  /** Calls of `kind` that the device did within [fromIso, toIso], with what was recorded of each. */
  doneEvents(deviceId: string, kind: string, fromIso: string, toIso: string): { at: string; detail: unknown }[] {
    return this.sql<[string, string, string, string], { at: string; detail: string }>(
      "SELECT at, detail FROM journal_events WHERE device_id = ? AND kind = ? AND outcome = 'done' AND at >= ? AND at <= ? ORDER BY id",
    )
      .all(deviceId, kind, fromIso, toIso)
      .map((row) => ({ at: row.at, detail: JSON.parse(row.detail) as unknown }));
  }

  /**
   * Sales the device took with a part on credit, newest first. The document is stored as
   * JSON.stringify wrote it, so the credit terms' object is found as text before it is parsed.
   */
  creditSales(deviceId: string): JournalEntry[] {
    return this.sql<[string]>(
      `SELECT ${columns} FROM ${otherDocuments} WHERE device_id = ? AND kind = 'sale' AND ${isOtherDocument} AND state = 'done'
         AND instr(document, '"credit":{') > 0 AND json_extract(document, '$.tenders.credit') > 0 ORDER BY id DESC`,
    )
      .all(deviceId)
      .flatMap((row) => this.admit(row) ?? []);
  }

  /** Advances (prepayments) the device took, newest first. */
  prepayments(deviceId: string): JournalEntry[] {
    return this.sql<[string]>(`SELECT ${columns} FROM ${otherDocuments} WHERE device_id = ? AND kind = 'prepayment' AND ${isOtherDocument} AND state = 'done' ORDER BY id DESC`)
      .all(deviceId)
      .flatMap((row) => this.admit(row) ?? []);
  }

  /** The journaled document the device knows by this id. */
  byDocumentId(deviceId: string, documentId: string): JournalEntry | undefined {
    const row = this.sql<[string, string]>(`SELECT ${columns} FROM journal_documents WHERE device_id = ? AND device_document_id = ?`).get(deviceId, documentId);
    return row ? this.admit(row) : undefined;
  }

  transitions(id: number): { from: JournalState | null; to: JournalState; at: string; reason: string }[] {
    return this.sql<[number], { from: JournalState | null; to: JournalState; at: string; reason: string }>(
      'SELECT from_state AS "from", to_state AS "to", at, reason FROM journal_transitions WHERE document_id = ? ORDER BY id',
    ).all(id);
  }

  /** Non-document calls (openShift, X report, status reads), for the record; never re-sent. */
  recordEvent(deviceId: string, kind: string, outcome: 'done' | 'rejected' | 'unknown', detail: object): void {
    this.sql('INSERT INTO journal_events (device_id, kind, at, outcome, detail) VALUES (?, ?, ?, ?, ?)').run(
      deviceId,
      kind,
      this.now().toISOString(),
      outcome,
      JSON.stringify(detail),
    );
  }

  /** A stored row as an entry, or nothing: a row that fails the read check is quarantined and left out, never thrown. */
  private admit(row: unknown): JournalEntry | undefined {
    const id = (row as { id?: unknown }).id;
    const check = readCheck(row, typeof id === 'number' && this.checked.has(id));
    if (check.ok) {
      this.checked.add(check.entry.id);
      return check.entry;
    }
    const { deviceId } = row as { deviceId?: unknown };
    if (typeof id === 'number' && typeof deviceId === 'string') this.quarantine.hold(id, deviceId, check.problem);
    return undefined;
  }

  private move(id: number, from: JournalState, to: JournalState, at: string, reason: string, fields: Record<string, string | number | null>): void {
    if (!isLegalTransition(from, to)) throw new IllegalTransitionError(`${from} -> ${to} is not a legal journal move`);
    const names = Object.keys(fields);
    const assignments = ['state = ?', 'updated_at = ?', ...names.map((n) => `${n} = ?`)].join(', ');
    const changed = this.sql(`UPDATE journal_documents SET ${assignments} WHERE id = ? AND state = ?`).run(to, at, ...names.map((n) => fields[n]), id, from).changes;
    if (changed !== 1) throw new IllegalTransitionError(`Journal document ${id} is not in state ${from}`);
    this.transition(id, from, to, at, reason);
  }

  private transition(id: number, from: JournalState | null, to: JournalState, at: string, reason: string): void {
    this.sql('INSERT INTO journal_transitions (document_id, from_state, to_state, at, reason) VALUES (?, ?, ?, ?, ?)').run(id, from, to, at, reason);
  }
}
