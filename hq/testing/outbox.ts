import { randomUUID } from 'node:crypto';
import type { OutboxItem, PushedDocument } from '../../shared/office/till-api';

/** A settled sale as a till's outbox carries it; `overrides` make the variants a test needs. */
export function saleDocument(overrides: Partial<PushedDocument> = {}): PushedDocument {
  return {
    uuid: randomUUID(),
    deviceId: 'caspos-training',
    kind: 'sale',
    operation: 'sale',
    state: 'done',
    document: { lines: [{ name: 'Bread', quantity: 1000, price: 150 }], tenders: [{ kind: 'cash', amount: 150 }], cashier: 'Aynur' },
    total: 150,
    createdAt: '2026-12-07T09:00:00.000Z',
    settledAt: '2026-12-07T09:00:01.000Z',
    duplicate: false,
    deviceDocumentId: 'DOC-1',
    deviceDocumentNumber: 1,
    deviceShiftDocumentNumber: 1,
    deviceShortId: 'A1',
    deviceTotal: 150,
    errorCode: null,
    errorText: null,
    ...overrides,
  };
}

/** Outbox items numbered from `firstSeq`, one a document. */
export function documentItems(documents: PushedDocument[], firstSeq = 1): OutboxItem[] {
  return documents.map((document, index) => ({ seq: firstSeq + index, type: 'document', document }));
}

/** One item of every other kind, numbered from `firstSeq`; `localId` tells them from another run's. */
export function otherItems(firstSeq: number, localId: number, documentUuid: string): OutboxItem[] {
  const at = '2026-12-07T18:00:00.000Z';
  return [
    { seq: firstSeq, type: 'shiftOpening', shiftOpening: { localId, deviceId: 'caspos-training', at, detail: { shift: localId } } },
    { seq: firstSeq + 1, type: 'audit', audit: { localId, at, action: 'document.submit', outcome: 'done', actorName: 'Aynur', approverName: null, details: { n: localId } } },
    {
      seq: firstSeq + 2,
      type: 'mismatch',
      mismatch: { documentUuid, deviceId: 'caspos-training', at, totalDiffers: true, documentTotal: 150, deviceTotal: 140, deviceDocumentId: 'DOC-1', earlierDocumentUuid: null },
    },
    {
      seq: firstSeq + 3,
      type: 'zReport',
      zReport: {
        localId,
        deviceId: 'caspos-training',
        documentUuid: randomUUID(),
        reportNumber: String(localId),
        closedAt: at,
        cashierName: 'Aynur',
        deviceReport: { sales: 150 },
        journalReport: { sales: 150 },
        comparison: [{ figure: 'sales', same: true }],
        differences: 0,
      },
    },
  ];
}
