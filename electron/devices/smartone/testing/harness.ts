import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { DocumentResult } from '../../../../shared/fiscal/device-results';
import type { FiscalDocument } from '../../../../shared/fiscal/documents';
import type { DeviceOutcome, FiscalDriver, SendOutcome, StoredRequest } from '../../driver';
import { parentsByUuid } from '../../testing/parents';
import { SmartOneClient } from '../client';
import type { ExtIdFormat } from '../document-ext-id';
import { smartOneDriver } from '../smartone-driver';

/**
 * The SmartOne driver over a client of its own, for the contract tests: documents built and
 * sent as the journal would, with the parents they name kept by UUID.
 */
export interface Harness {
  driver: FiscalDriver;
  client: SmartOneClient;
  /** Builds and sends; the stored request is returned beside the outcome for recovery tests. */
  send(doc: FiscalDocument, uuid?: string): Promise<{ uuid: string; request: StoredRequest; outcome: DeviceOutcome<DocumentResult> }>;
  /** The parent UUID of a done document, for the documents that name it. */
  uuidOf(result: DocumentResult): string;
}

export function harness(url: string, merchantId: string, extIdFormat: ExtIdFormat = 'uuid', answerTimeoutMs = 10_000): Harness {
  const client = new SmartOneClient({ url, merchantId, answerTimeoutMs });
  const driver = smartOneDriver(client, { extIdFormat, now: () => new Date() });
  const sent = new Map<string, { document: FiscalDocument; result: DocumentResult }>();
  return {
    driver,
    client,
    async send(doc, uuid = randomUUID()) {
      const request = driver.build(doc, uuid, parentsByUuid(sent));
      const outcome = settled(await driver.send(request));
      if (outcome.kind === 'done' && outcome.value) sent.set(uuid, { document: doc, result: outcome.value });
      return { uuid, request, outcome };
    },
    uuidOf(result) {
      const found = [...sent].find(([, parent]) => parent.result.documentId === result.documentId);
      if (!found) throw new Error(`No document ${result.documentId} was sent here`);
      return found[0];
    },
  };
}

/** SmartOne answers every document at once: it never "accepts" one to finish later. */
export function settled(outcome: SendOutcome): DeviceOutcome<DocumentResult> {
  if (outcome.kind === 'accepted') throw new Error('SmartOne never accepts a document to finish later');
  return outcome;
}

export function done<T>(outcome: DeviceOutcome<T>): T {
  expect(outcome, JSON.stringify(outcome).slice(0, 500)).toMatchObject({ kind: 'done' });
  return (outcome as { value: T }).value;
}

export function rejected(outcome: DeviceOutcome<unknown>, code: string): void {
  expect(outcome.kind === 'rejected' ? outcome.refusal.code : outcome, JSON.stringify(outcome).slice(0, 500)).toBe(code);
}
