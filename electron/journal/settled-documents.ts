import { z } from 'zod';
import type { FiscalDocument } from '../../shared/fiscal/documents';
import { parentOf } from '../../shared/flows/journal-fact';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import { DoneDocumentCache } from './done-document-cache';
import { StoredDocument } from './journal';
import { isOpen, openDocuments } from './open-documents';
import { isOtherDocument, otherDocuments } from './other-documents';
import { notSetAside, problemOf, type JournalQuarantine } from './quarantine';

/** A document the device settled as done, as the journal keeps it. */
export interface SettledDocument {
  /** The journal's id of it, which a rollback or a refund names as its parent. */
  uuid: string;
  document: FiscalDocument;
  /** When it was journaled: the moment of the sale, even when the device confirmed it later. */
  createdAt: string;
  /** The device's id of it, which documents journaled before issue 14 name as their parent. */
  documentId: string | null;
}

/** The settled documents of a period, with what rollbacks cancelled and what is still on its way. */
export interface SettledPeriod {
  documents: SettledDocument[];
  /** Device ids of documents a done rollback cancelled. */
  cancelled: Set<string>;
  /** Documents of the period not settled yet (pending, sending, unknown). */
  unsettled: number;
}

const Id = z.object({ id: z.number().int() });
const Row = z.object({ id: z.number(), uuid: z.string(), deviceId: z.string(), document: z.string(), createdAt: z.string(), documentId: z.string().nullable() });

const selectDone = "SELECT id FROM journal_documents WHERE device_id = ? AND state = 'done'";
const selectRows = `SELECT id, uuid, device_id AS deviceId, document, created_at AS createdAt, device_document_id AS documentId
  FROM journal_documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`;
/** Enough for a few busy days of a dashboard; a parsed receipt takes a few kilobytes. */
const cachedDocuments = 20_000;
const unsettledCount = `SELECT count(*) AS n FROM ${openDocuments} WHERE device_id = ? AND ${isOpen} AND ${notSetAside}`;

/** Reads done documents of a shift or a span of time, for figures computed from the journal. */
export class SettledDocuments {
  private readonly sql;
  private readonly cache = new DoneDocumentCache<SettledDocument>(cachedDocuments);

  /** Rows that fail the read check are left out of every figure and recorded in `quarantine`. */
  constructor(
    db: Db,
    private readonly quarantine?: JournalQuarantine,
  ) {
    this.sql = statementCache(db);
  }

  /**
   * The current shift: everything journaled after the device's last done Z report. The device
   * takes no document while its shift is closed, so that is exactly the open shift (or nothing,
   * right after a Z report). By journal order, not by time, so a PC clock set back cannot move a
   * document across the Z report.
   */
  currentShift(deviceId: string): SettledPeriod {
    const lastZ =
      this.sql<[string], { id: number }>(
        `SELECT id FROM ${otherDocuments} WHERE device_id = ? AND kind = 'closeShift' AND ${isOtherDocument} AND state = 'done' ORDER BY id DESC LIMIT 1`,
      ).get(deviceId)?.id ?? 0;
    const documents = this.read(this.sql<[string, number]>(`${selectDone} AND id > ? ORDER BY id`).all(deviceId, lastZ));
    const unsettled = this.sql<[string, number], { n: number }>(`${unsettledCount} AND id > ?`).get(deviceId, lastZ)?.n ?? 0;
    return { documents, cancelled: cancelledBy(documents), unsettled };
  }

  /** Documents journaled in [from, to); a sale there is cancelled also by a rollback made after `to`. */
  between(deviceId: string, from: Date, to: Date): SettledPeriod {
    const range = [deviceId, from.toISOString(), to.toISOString()] as const;
    const documents = this.read(this.sql<[string, string, string]>(`${selectDone} AND created_at >= ? AND created_at < ? ORDER BY id`).all(...range));
    const unsettled = this.sql<[string, string, string], { n: number }>(`${unsettledCount} AND created_at >= ? AND created_at < ?`).get(...range)?.n ?? 0;
    // A rollback (a void) cancels a document of its own shift, on every system: one made after
    // `to` counts until the shift that was open then is closed, however long the system lets it run.
    const later = this.read(
      this.sql<[string, string, string, string]>(
        `${selectDone} AND kind = 'rollBack' AND created_at >= ?
           AND id < coalesce((SELECT min(id) FROM ${otherDocuments} WHERE device_id = ? AND kind = 'closeShift' AND ${isOtherDocument} AND state = 'done' AND created_at >= ?), 9007199254740991)
         ORDER BY id`,
      ).all(deviceId, to.toISOString(), deviceId, to.toISOString()),
    );
    return { documents, cancelled: cancelledBy([...documents, ...later]), unsettled };
  }

  /**
   * The done rows of `idRows`, in their order. A row is read and checked once (done rows never
   * change): one read again comes from the cache, so a dashboard asked again does not parse a
   * day of documents again. A row that fails the check is quarantined, left out and not cached.
   */
  private read(idRows: unknown[]): SettledDocument[] {
    const ids = idRows.map((row) => Id.parse(row).id);
    const missing = ids.filter((id) => this.cache.get(id) === undefined);
    const fresh = new Map<number, SettledDocument>();
    if (missing.length > 0) {
      for (const row of this.sql<[string]>(selectRows).all(JSON.stringify(missing))) {
        const { id, uuid, deviceId, document, createdAt, documentId } = Row.parse(row);
        const parsed = StoredDocument.safeParse(document);
        if (!parsed.success) {
          this.quarantine?.hold(id, deviceId, problemOf(parsed.error, 'document'));
          continue;
        }
        const settled = { uuid, document: parsed.data, createdAt, documentId };
        fresh.set(id, settled);
        this.cache.set(id, settled);
      }
    }
    return ids.flatMap((id) => fresh.get(id) ?? this.cache.get(id) ?? []);
  }
}

/** Device ids of the documents that a rollback among `documents` cancelled, whichever way it names them. */
function cancelledBy(documents: readonly SettledDocument[]): Set<string> {
  const documentIdOf = new Map(documents.map((d) => [d.uuid, d.documentId]));
  const cancelled = new Set<string>();
  for (const { document } of documents) {
    const parent = document.kind === 'rollBack' ? parentOf(document) : undefined;
    const documentId = parent && ('uuid' in parent ? documentIdOf.get(parent.uuid) : parent.documentId);
    if (documentId) cancelled.add(documentId);
  }
  return cancelled;
}
