import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { documentTotal } from '../../../shared/fiscal/document-total';
import { FiscalDocument, type ReceiptLine, type Tenders } from '../../../shared/fiscal/documents';
import type { ShiftReport } from '../../../shared/fiscal/shift-report';
import type { ReconciliationRow } from '../../../shared/reports/report-rows';

/**
 * Fills the office's tables with plain INSERTs, as the till API will once tills push: shops,
 * tills and what they pushed. Documents go through the domain schema first, like a till's.
 */
export class OfficeFixture {
  private readonly shopOf = new Map<string, string>();
  private localId = 0;

  constructor(private readonly pool: pg.Pool) {}

  async shop(name: string, timeZone: string, currency: 'AZN' | 'UAH' | 'BYN'): Promise<string> {
    const id = randomUUID();
    await this.pool.query('INSERT INTO shops (id, name, time_zone, currency) VALUES ($1, $2, $3, $4)', [id, name, timeZone, currency]);
    return id;
  }

  /** `seenAgoSeconds`: how long before the database's now the till was last heard from; null for never. */
  async till(shopId: string, name: string, seenAgoSeconds: number | null, appVersion = '0.1.0'): Promise<string> {
    const id = randomUUID();
    await this.pool.query(
      `INSERT INTO tills (id, shop_id, name, app_version, token_hash, last_seen_at, last_push_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(secs => $6), now() - make_interval(secs => $6))`,
      [id, shopId, name, appVersion, hash(randomBytes(32)), seenAgoSeconds],
    );
    this.shopOf.set(id, shopId);
    return id;
  }

  /** A settled document; `document` is checked by the fiscal schema unless it is meant to be unreadable. */
  async document(
    tillId: string,
    document: FiscalDocument | { unreadable: true },
    createdAt: string,
    options: { state?: 'done' | 'rejected'; deviceDocumentId?: string | null; deviceId?: string; asText?: boolean } = {},
  ): Promise<string> {
    const uuid = randomUUID();
    const checked = 'kind' in document ? FiscalDocument.parse(document) : undefined;
    // `asText`: pushed as the journal's JSON text of the document, a JSON string in the column.
    const stored = JSON.stringify(options.asText ? JSON.stringify(document) : document);
    await this.pool.query(
      `INSERT INTO documents (uuid, till_id, shop_id, device_id, kind, operation, state, document, total, created_at, settled_at, duplicate,
         device_document_id, content_hash)
       VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $9, false, $10, $11)`,
      [
        uuid,
        tillId,
        this.shopOf.get(tillId),
        options.deviceId ?? 'device-1',
        checked?.kind ?? 'sale',
        options.state ?? 'done',
        stored,
        checked ? (documentTotal(checked) ?? null) : null,
        createdAt,
        options.deviceDocumentId === undefined ? `D-${uuid.slice(0, 8)}` : options.deviceDocumentId,
        hash(Buffer.from(uuid)),
      ],
    );
    return uuid;
  }

  async zReport(tillId: string, closedAt: string, report: { number: string; cashier: string; device: ShiftReport; comparison: ReconciliationRow[]; differences: number }): Promise<void> {
    await this.pool.query(
      `INSERT INTO z_reports (till_id, local_id, device_id, document_uuid, report_number, closed_at, cashier_name, device_report, journal_report,
         comparison, differences, content_hash)
       VALUES ($1, $2, 'device-1', $3, $4, $5, $6, $7, $7, $8, $9, $10)`,
      [tillId, ++this.localId, randomUUID(), report.number, closedAt, report.cashier, JSON.stringify(report.device), JSON.stringify(report.comparison), report.differences, hash(randomBytes(8))],
    );
  }

  async mismatch(tillId: string, at: string, documentTotal: number, deviceTotal: number): Promise<string> {
    const uuid = randomUUID();
    await this.pool.query(
      `INSERT INTO mismatches (document_uuid, till_id, device_id, at, total_differs, document_total, device_total, device_document_id, content_hash)
       VALUES ($1, $2, 'device-1', $3, $4, $5, $6, 'D-9', $7)`,
      [uuid, tillId, at, documentTotal !== deviceTotal, documentTotal, deviceTotal, hash(randomBytes(8))],
    );
    return uuid;
  }

  async drawer(tillId: string, deviceId: string, cash: number): Promise<void> {
    await this.pool.query('INSERT INTO drawers (till_id, device_id, cash, reported_at) VALUES ($1, $2, $3, now())', [tillId, deviceId, cash]);
  }

  async conflict(tillId: string, identity: string): Promise<void> {
    await this.pool.query(`INSERT INTO push_conflicts (till_id, item_type, identity, pushed) VALUES ($1, 'document', $2, '{}')`, [tillId, identity]);
  }
}

function hash(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest();
}

export const cashierName = 'Aysel Məmmədova';

export function line(name: string, code: string, price: number, quantity = 1000): ReceiptLine {
  return { name, code, codeType: 'plain', quantity, unit: 'piece', price, discount: 0, vatRate: 'vat18' };
}

export function paid(overrides: Partial<Tenders>): Tenders {
  return { cash: 0, card: 0, bonus: 0, credit: 0, prepayment: 0, ...overrides };
}

export function sale(lines: ReceiptLine[], tenders: Partial<Tenders>): FiscalDocument {
  return FiscalDocument.parse({ kind: 'sale', cashierName, lines, tenders: paid(tenders) });
}

export function refund(parentUuid: string, lines: ReceiptLine[], tenders: Partial<Tenders>): FiscalDocument {
  return FiscalDocument.parse({ kind: 'moneyBack', cashierName, parentUuid, moneyBackType: 'sale', manual: false, lines, tenders: paid(tenders) });
}

/** A rollback naming its parent by the device's id, as documents journaled before issue 14 do. */
export function rollbackOfDeviceDocument(parentDocumentId: string, sum: number): FiscalDocument {
  return FiscalDocument.parse({ kind: 'rollBack', cashierName, parentDocumentId, tenders: paid({ cash: sum }), vatAmounts: [{ vatRate: 'vat18', sum }] });
}

const operation = (count: number, total: number) => ({ count, total, cash: total, cashless: 0, bonus: 0, credit: 0, prepayment: 0, vat: [] });

/** A device's Z report with `receipts` sales worth `sales` and refunds worth `refunds`. */
export function deviceZReport(currency: string, receipts: number, sales: number, refunds: number): ShiftReport {
  const none = operation(0, 0);
  return {
    currency,
    sale: operation(receipts, sales),
    moneyBack: operation(refunds > 0 ? 1 : 0, refunds),
    rollback: none,
    correction: none,
    creditPay: none,
    prepayment: none,
    deposit: { count: 0, total: 0 },
    withdraw: { count: 1, total: 1000 },
    period: { total: sales - refunds, vatable: sales - refunds, vatZero: 0, vatFree: 0 },
    vatTotal: 0,
  };
}
