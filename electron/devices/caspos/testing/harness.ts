import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { DocumentResult } from '../../../../shared/fiscal/device-results';
import type { FiscalDocument } from '../../../../shared/fiscal/documents';
import { parentsByUuid } from '../../testing/parents';
import { CasposClient, type CasposClientOptions } from '../client';
import type { Operation } from '../enums';
import { buildDocumentRequest } from '../mapping';
import type { Outcome } from '../outcome';

export function clientFor(url: string, overrides: Partial<CasposClientOptions> = {}): CasposClient {
  return new CasposClient({
    url,
    credentials: { username: process.env.CASPOS_USERNAME ?? 'username', password: process.env.CASPOS_PASSWORD ?? 'password' },
    auth: process.env.CASPOS_AUTH === 'session' ? 'session' : 'integration',
    answerTimeoutMs: 10_000,
    ...overrides,
  });
}

/** What this suite sent and the device did, by UUID: the parents later documents name, as the journal would hold them. */
const sent = new Map<string, { document: FiscalDocument; result: DocumentResult }>();

export async function send(client: CasposClient, doc: FiscalDocument, uuid: string = randomUUID()) {
  const outcome = await client.sendDocument(buildDocumentRequest(doc, uuid, parentsByUuid(sent)));
  if (outcome.kind === 'done' && outcome.value) sent.set(uuid, { document: doc, result: outcome.value });
  return outcome;
}

/** The UUID a document the device did was sent under, for the documents that name it as their parent. */
export function parentUuid(result: DocumentResult): string {
  const found = [...sent].find(([, parent]) => parent.result.documentId === result.documentId);
  if (!found) throw new Error(`No document ${result.documentId} was sent by this suite`);
  return found[0];
}

/** A parent the journal would hold but the device does not know (say, a device whose memory was replaced): named by `documentId`. */
export function phantomParent(documentId: string): string {
  const uuid = randomUUID();
  sent.set(uuid, { document: { kind: 'closeShift', cashierName: 'phantom' }, result: { documentId, documentNumber: 0 } });
  return uuid;
}

/** A request the domain model would never build, to see the device's own checks answer it. */
export function sendRaw(client: CasposClient, operation: Operation, fields: object) {
  return client.sendDocument({ operation, body: JSON.stringify({ operation, ...fields }) });
}

export function done<T>(outcome: Outcome<T>): T {
  expect(outcome, JSON.stringify(outcome).slice(0, 500)).toMatchObject({ kind: 'done', duplicate: false });
  return (outcome as { value: T }).value;
}

export function rejected(outcome: Outcome<unknown>, code: number): void {
  expect(outcome.kind === 'rejected' ? outcome.error.code : outcome, JSON.stringify(outcome).slice(0, 500)).toBe(code);
}
