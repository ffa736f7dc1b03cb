import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { FiscalDocument } from '../../../../shared/fiscal/documents';
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

export function send(client: CasposClient, doc: FiscalDocument, uuid: string = randomUUID()) {
  return client.sendDocument(buildDocumentRequest(doc, uuid));
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
