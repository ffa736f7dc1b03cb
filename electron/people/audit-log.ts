import { z } from 'zod';
import { AuditAction, AuditEntry, AuditOutcome, type AuditDetails } from '../../shared/people/audit';
import type { Db } from '../db/open';
import { statementCache } from '../db/statements';

export interface AuditRecord {
  action: AuditAction;
  outcome: AuditOutcome;
  actorId?: number | undefined;
  approverId?: number | undefined;
  details?: AuditDetails;
}

const Row = z.object({
  id: z.number(),
  at: z.string(),
  action: AuditAction,
  outcome: AuditOutcome,
  actor: z.string().nullable(),
  approver: z.string().nullable(),
  details: z.string().transform((text) => JSON.parse(text) as unknown),
});

/** Append-only (the table's triggers refuse changes): who did what, and who approved it. */
export class AuditLog {
  private readonly sql;

  constructor(
    db: Db,
    private readonly now: () => Date,
  ) {
    this.sql = statementCache(db);
  }

  record(entry: AuditRecord): void {
    this.sql('INSERT INTO audit_log (at, action, outcome, actor_id, approver_id, details) VALUES (?, ?, ?, ?, ?, ?)').run(
      this.now().toISOString(),
      entry.action,
      entry.outcome,
      entry.actorId ?? null,
      entry.approverId ?? null,
      JSON.stringify(entry.details ?? {}),
    );
  }

  /** Entries in [from, to), newest first. */
  list(from: string, to: string): AuditEntry[] {
    const rows = this.sql(
      `SELECT a.id, a.at, a.action, a.outcome, actor.name AS actor, approver.name AS approver, a.details
         FROM audit_log a
         LEFT JOIN people actor ON actor.id = a.actor_id
         LEFT JOIN people approver ON approver.id = a.approver_id
        WHERE a.at >= ? AND a.at < ?
        ORDER BY a.id DESC`,
    ).all(from, to);
    return rows.map((row) => AuditEntry.parse(Row.parse(row)));
  }
}
