import type { Db } from '../db/open';
import { statementCache } from '../db/statements';
import type { SecretBox } from '../settings/secret-box';

/** What the till keeps of its office (migrations/0017_office_link.sql), the token left sealed. */
export interface OfficeLinkRow {
  address: string;
  fingerprint: string;
  tillId: string;
  tillName: string;
  shopId: string;
  shopName: string;
  joinedAt: string;
  localProductsAllowed: boolean;
  catalogueVersion: number;
  pushCursor: number;
  lastPushAt: string | null;
  lastPushError: string | null;
  lastPullAt: string | null;
  lastPullError: string | null;
}

export type NewOfficeLink = Pick<OfficeLinkRow, 'address' | 'fingerprint' | 'tillId' | 'tillName' | 'shopId' | 'shopName' | 'localProductsAllowed'> & { token: string };

const columns = `address, fingerprint, till_id AS tillId, till_name AS tillName, shop_id AS shopId, shop_name AS shopName,
  joined_at AS joinedAt, local_products_allowed AS localProductsAllowed, catalogue_version AS catalogueVersion,
  push_cursor AS pushCursor, last_push_at AS lastPushAt, last_push_error AS lastPushError,
  last_pull_at AS lastPullAt, last_pull_error AS lastPullError`;

/**
 * The link's row and the outbox around it. Joining writes the link and backfills the outbox with
 * the history the till already has, in one transaction: from then on the triggers add each new
 * fact, so nothing falls between the backfill and the first trigger.
 */
export class OfficeLinkStore {
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly secrets: SecretBox,
  ) {
    this.sql = statementCache(db);
  }

  get(): OfficeLinkRow | undefined {
    const row = this.sql<[], Omit<OfficeLinkRow, 'localProductsAllowed'> & { localProductsAllowed: 0 | 1 }>(`SELECT ${columns} FROM office_link WHERE id = 1`).get();
    return row ? { ...row, localProductsAllowed: row.localProductsAllowed === 1 } : undefined;
  }

  /** The bearer token, opened from its seal only for the request that carries it. */
  token(): string | undefined {
    const row = this.sql<[], { sealed: Buffer }>('SELECT token_sealed AS sealed FROM office_link WHERE id = 1').get();
    return row ? this.secrets.open(row.sealed) : undefined;
  }

  join(link: NewOfficeLink, at: string): void {
    this.db
      .transaction(() => {
        this.sql(
          `INSERT INTO office_link (id, address, fingerprint, till_id, till_name, shop_id, shop_name, joined_at, token_sealed, token_protection, local_products_allowed)
           VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          link.address,
          link.fingerprint,
          link.tillId,
          link.tillName,
          link.shopId,
          link.shopName,
          at,
          this.secrets.seal(link.token),
          this.secrets.protection,
          link.localProductsAllowed ? 1 : 0,
        );
        backfillOutbox(this.db);
      })
      .immediate();
  }

  /**
   * Leaving forgets the office: its link, what was still to push and its conflicts. The office's
   * products stay on the till as its own, so the counter sells on.
   */
  leave(): void {
    this.db
      .transaction(() => {
        this.sql('DELETE FROM office_link').run();
        this.sql('DELETE FROM office_outbox').run();
        this.sql('DELETE FROM office_conflicts').run();
        this.sql('UPDATE products SET office_id = NULL WHERE office_id IS NOT NULL').run();
      })
      .immediate();
  }

  /** Outbox rows after the cursor, oldest first. */
  pending(limit: number): { seq: number; type: OutboxType; ref: number }[] {
    return this.sql<[number], { seq: number; type: OutboxType; ref: number }>(
      'SELECT seq, type, ref FROM office_outbox WHERE seq > (SELECT push_cursor FROM office_link WHERE id = 1) ORDER BY seq LIMIT ?',
    ).all(limit);
  }

  waiting(): number {
    return this.sql<[], { n: number }>('SELECT count(*) AS n FROM office_outbox WHERE seq > (SELECT push_cursor FROM office_link WHERE id = 1)').get()?.n ?? 0;
  }

  /** An answered push: the cursor moves past the batch and the conflicts are kept, together. */
  acknowledge(tillId: string, lastSeq: number, conflicts: readonly { seq: number; type: OutboxType; ref: number }[], at: string): void {
    this.db
      .transaction(() => {
        // A leave (or a join elsewhere) while the push was out makes its answer nobody's.
        const moved = this.sql('UPDATE office_link SET push_cursor = max(push_cursor, ?), last_push_at = ?, last_push_error = NULL WHERE id = 1 AND till_id = ?').run(lastSeq, at, tillId);
        if (moved.changes === 0) return;
        const keep = this.sql('INSERT OR IGNORE INTO office_conflicts (seq, type, ref, at) VALUES (?, ?, ?, ?)');
        for (const c of conflicts) keep.run(c.seq, c.type, c.ref, at);
      })
      .immediate();
  }

  pushFailed(error: string): void {
    this.sql('UPDATE office_link SET last_push_error = ? WHERE id = 1').run(error);
  }

  pullFailed(error: string): void {
    this.sql('UPDATE office_link SET last_pull_error = ? WHERE id = 1').run(error);
  }

  conflicts(): { seq: number; type: OutboxType; ref: number; at: string }[] {
    return this.sql<[], { seq: number; type: OutboxType; ref: number; at: string }>('SELECT seq, type, ref, at FROM office_conflicts ORDER BY seq').all();
  }
}

export type OutboxType = 'document' | 'zReport' | 'mismatch' | 'audit' | 'shiftOpening';

/**
 * The till's history before it joined, in the order it was settled: by time, and within one
 * moment a document before its mismatch (written in the settle's transaction) and before the Z
 * report that closes its shift.
 */
function backfillOutbox(db: Db): void {
  db.prepare(
    `INSERT INTO office_outbox (type, ref)
     SELECT type, ref FROM (
       SELECT 'document' AS type, id AS ref, updated_at AS at, 0 AS rank FROM journal_documents WHERE state IN ('done', 'rejected')
       UNION ALL SELECT 'shiftOpening', id, at, 1 FROM journal_events WHERE kind = 'openShift' AND outcome = 'done'
       UNION ALL SELECT 'mismatch', document_id, at, 2 FROM journal_mismatches
       UNION ALL SELECT 'zReport', id, stored_at, 3 FROM z_reports
       UNION ALL SELECT 'audit', id, at, 4 FROM audit_log
     ) ORDER BY at, rank, ref`,
  ).run();
}
