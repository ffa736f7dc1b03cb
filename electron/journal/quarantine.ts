import type { z } from 'zod';
import { QuarantinedDocument } from '../../shared/ipc/quarantine-channels';
import type { Logger } from '../app/logger';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';

/** A quarantined document that was settled, or that the manager decided on already, cannot be set aside. */
export class NotBlockingError extends Error {}

/** A record as stored: everything the manager sees but whether it blocks, which is worked out from it. */
const Row = QuarantinedDocument.omit({ blocking: true });

const unsettledStates = ['pending', 'sending', 'unknown'];
const unsettled = `(${unsettledStates.map((state) => `'${state}'`).join(', ')})`;

/**
 * Journal rows that fail the journal's read check. The row itself is never touched (the journal's
 * triggers forbid it); this record keeps it out of every read, and while it is unsettled and
 * undecided it holds back its device's queue, whose order the device's numbering demands.
 */
export class JournalQuarantine {
  private readonly sql;
  private readonly log: Logger;

  constructor(
    db: Db,
    private readonly now: () => Date,
    logger: Logger,
  ) {
    this.sql = statementCache(db);
    this.log = logger.child({ module: 'journal' });
  }

  /** Records a row that failed its read check, once; the log says so the first time. */
  hold(documentId: number, deviceId: string, problem: string): void {
    const { changes } = this.sql('INSERT OR IGNORE INTO journal_quarantine (document_id, device_id, found_at, problem) VALUES (?, ?, ?, ?)').run(
      documentId,
      deviceId,
      this.now().toISOString(),
      problem,
    );
    if (changes === 1) this.log.error({ documentId, deviceId, problem }, 'journal document quarantined: it fails the read check');
  }

  /** The first unsettled, undecided quarantined document of the device: its queue waits for it. */
  blocking(deviceId: string): string | undefined {
    return this.sql<[string], { uuid: string }>(
      `SELECT d.uuid FROM journal_quarantine q JOIN journal_documents d ON d.id = q.document_id
        WHERE q.device_id = ? AND q.resolution IS NULL AND d.state IN ${unsettled} ORDER BY d.id LIMIT 1`,
    ).get(deviceId)?.uuid;
  }

  list(): QuarantinedDocument[] {
    return this.sql(
      `SELECT q.document_id AS documentId, d.uuid, d.device_id AS deviceId, d.kind, d.state, d.created_at AS createdAt, q.found_at AS foundAt,
              q.problem, q.resolution, q.resolved_at AS resolvedAt, q.resolved_by AS resolvedBy,
              json_object('uuid', d.uuid, 'kind', d.kind, 'operation', d.operation, 'state', d.state, 'total', CAST(d.total AS TEXT),
                          'createdAt', d.created_at, 'document', json(d.document), 'request', d.request, 'result', json(d.result)) AS raw
         FROM journal_quarantine q JOIN journal_documents d ON d.id = q.document_id ORDER BY q.document_id`,
    )
      .all()
      .map((row) => {
        const entry = Row.parse(row);
        return { ...entry, blocking: entry.resolution === null && unsettledStates.includes(entry.state) };
      });
  }

  /** The manager's decision: the document is never sent, and its device's queue goes on. */
  setAside(uuid: string, by: string): void {
    const { changes } = this.sql(
      `UPDATE journal_quarantine SET resolution = 'setAside', resolved_at = ?, resolved_by = ?
        WHERE resolution IS NULL AND document_id = (SELECT id FROM journal_documents WHERE uuid = ? AND state IN ${unsettled})`,
    ).run(this.now().toISOString(), by, uuid);
    if (changes !== 1) throw new NotBlockingError(`No unsettled, undecided quarantined document ${uuid}`);
    this.log.warn({ uuid, by }, 'quarantined document set aside: it will never be sent');
  }
}

/** What a read check said, field by field, for the log and the manager (never the values). */
export function problemOf(error: z.ZodError, column = ''): string {
  return error.issues
    .map((issue) => `${[column, ...issue.path].filter((part) => part !== '').join('.') || '(row)'}: ${issue.message}`)
    .join('; ')
    .slice(0, 1000);
}

/** SQL: the row is not a quarantined document the manager set aside (it left the queue for good). */
export const notSetAside = "NOT EXISTS (SELECT 1 FROM journal_quarantine q WHERE q.document_id = journal_documents.id AND q.resolution IS NOT NULL)";
