import { randomBytes, randomUUID, X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import {
  CatalogueQuery,
  EnrolRequest,
  PushRequest,
  tillApiPaths,
  type CatalogueAnswer,
  type CatalogueChange,
  type OfficeErrorCode,
  type OfficeProduct,
  type OutboxItem,
  type PushItemOutcome,
} from '../../../shared/office/till-api';

interface Till {
  id: string;
  name: string;
  token: string;
}

/** What the office keeps of an item: whose it is and its content, compared on a repeat. */
interface Stored {
  tillId: string;
  content: string;
}

const maxBodyBytes = 16 * 1024 * 1024;

/**
 * A shop office for the till's tests: the till API of shared/office/till-api.ts over HTTPS on
 * 127.0.0.1 with a self-signed certificate, an in-memory store, and as strict as the real one
 * must be: every request parsed by the contract, a wrong token refused, a document stored once
 * by its UUID (a repeat compared by content). Faults are switched on by the test: answers lost
 * after the office did the work, refusals as "unavailable".
 */
export class TestOffice {
  readonly shopId = randomUUID();
  readonly shopName = 'Nizami küç. 12';
  localProductsAllowed = true;
  /** Every request body the office received, byte for byte, for the secret scans. */
  readonly received: Buffer[] = [];
  /** Items stored, by identity ("document:<uuid>", "audit:<till>:<localId>"...). */
  readonly stored = new Map<string, Stored>();
  readonly conflicts: { tillId: string; identity: string }[] = [];
  readonly drawers = new Map<string, number>();
  /** The next N push answers are lost after the office stored the batch. */
  loseAnswers = 0;
  /** The next N requests are refused as unavailable before anything is done. */
  refuse = 0;
  pushes = 0;

  private readonly codes = new Set<string>();
  private readonly tills: Till[] = [];
  private readonly leftTokens: string[] = [];
  private readonly products = new Map<string, { version: number; removed: boolean; product: OfficeProduct }>();
  private version = 0;
  private server: Server | undefined;
  address = '';
  fingerprint = '';

  async start(port = 0): Promise<void> {
    const pems = await generate([{ name: 'commonName', value: 'Kassa test office' }], { keySize: 2048, algorithm: 'sha256' });
    this.fingerprint = new X509Certificate(pems.cert).fingerprint256;
    this.server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.address = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A one-time enrolment code as the office's manager would read it out. */
  enrolmentCode(): string {
    const code = randomBytes(4).toString('hex').toUpperCase();
    this.codes.add(code);
    return `${code.slice(0, 4)}-${code.slice(4)}`;
  }

  upsertProduct(product: OfficeProduct): number {
    this.version += 1;
    this.products.set(product.officeId, { version: this.version, removed: false, product });
    return this.version;
  }

  removeProduct(officeId: string): number {
    const row = this.products.get(officeId);
    if (!row) throw new Error(`no office product ${officeId}`);
    this.version += 1;
    this.products.set(officeId, { ...row, version: this.version, removed: true });
    return this.version;
  }

  /** The catalogue as a till should hold it: live products by office id. */
  catalogue(): Map<string, OfficeProduct> {
    return new Map([...this.products].filter(([, row]) => !row.removed).map(([id, row]) => [id, row.product]));
  }

  /** Every bearer token the office gave out, for the tests that look for them where they must not be. */
  tokens(): string[] {
    return [...this.tills.map((till) => till.token), ...this.leftTokens];
  }

  storedOf(type: string): number {
    return [...this.stored.keys()].filter((key) => key.startsWith(`${type}:`)).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (body === undefined) return answerError(res, 413, 'tooLarge');
    this.received.push(body);
    if (this.refuse > 0) {
      this.refuse -= 1;
      return answerError(res, 503, 'unavailable');
    }
    const url = new URL(req.url ?? '/', 'https://office');
    if (req.method === 'POST' && url.pathname === tillApiPaths.enrol) return this.enrol(body, res);
    const till = this.tills.find((t) => req.headers.authorization === `Bearer ${t.token}`);
    if (!till) return answerError(res, 401, 'unauthorized');
    if (req.method === 'POST' && url.pathname === tillApiPaths.push) return this.push(till, body, res);
    if (req.method === 'GET' && url.pathname === tillApiPaths.catalogue) return this.pull(url, res);
    if (req.method === 'POST' && url.pathname === tillApiPaths.leave) {
      this.tills.splice(this.tills.indexOf(till), 1);
      this.leftTokens.push(till.token);
      return answer(res, {});
    }
    return answerError(res, 404, 'badRequest');
  }

  private enrol(body: Buffer, res: ServerResponse): void {
    const request = EnrolRequest.safeParse(parse(body));
    if (!request.success) return answerError(res, 400, 'badRequest');
    if (!this.codes.delete(request.data.code)) return answerError(res, 403, 'enrolmentCodeUnknown');
    const till: Till = { id: randomUUID(), name: request.data.tillName, token: randomBytes(32).toString('base64url') };
    this.tills.push(till);
    answer(res, { tillId: till.id, shopId: this.shopId, shopName: this.shopName, token: till.token, localProductsAllowed: this.localProductsAllowed });
  }

  private push(till: Till, body: Buffer, res: ServerResponse): void {
    const request = PushRequest.safeParse(parse(body));
    if (!request.success) return answerError(res, 400, 'badRequest');
    this.pushes += 1;
    for (const drawer of request.data.drawers) this.drawers.set(`${till.id}:${drawer.deviceId}`, drawer.cash);
    const results = request.data.items.map((item) => ({ seq: item.seq, outcome: this.store(till, item) }));
    if (this.loseAnswers > 0) {
      this.loseAnswers -= 1;
      res.socket?.destroy();
      return;
    }
    answer(res, { results });
  }

  private store(till: Till, item: OutboxItem): PushItemOutcome {
    const { identity, content } = identify(till.id, item);
    const had = this.stored.get(identity);
    if (!had) {
      this.stored.set(identity, { tillId: till.id, content });
      return 'stored';
    }
    if (had.tillId === till.id && had.content === content) return 'repeat';
    this.conflicts.push({ tillId: till.id, identity });
    return 'conflict';
  }

  private pull(url: URL, res: ServerResponse): void {
    const query = CatalogueQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return answerError(res, 400, 'badRequest');
    const { after, limit } = query.data;
    const newer = [...this.products].filter(([, row]) => row.version > after).sort(([, a], [, b]) => a.version - b.version);
    const page = newer.slice(0, limit);
    const changes: CatalogueChange[] = page.map(([officeId, row]) =>
      row.removed ? { type: 'removal', version: row.version, officeId } : { type: 'upsert', version: row.version, product: row.product },
    );
    const result: CatalogueAnswer = { changes, version: changes.at(-1)?.version ?? after, more: newer.length > limit, localProductsAllowed: this.localProductsAllowed };
    answer(res, result);
  }
}

function identify(tillId: string, item: OutboxItem): { identity: string; content: string } {
  switch (item.type) {
    case 'document':
      return { identity: `document:${item.document.uuid}`, content: canonical(item.document) };
    case 'zReport':
      return { identity: `zReport:${tillId}:${item.zReport.localId}`, content: canonical(item.zReport) };
    case 'mismatch':
      return { identity: `mismatch:${item.mismatch.documentUuid}`, content: canonical(item.mismatch) };
    case 'audit':
      return { identity: `audit:${tillId}:${item.audit.localId}`, content: canonical(item.audit) };
    case 'shiftOpening':
      return { identity: `shiftOpening:${tillId}:${item.shiftOpening.localId}`, content: canonical(item.shiftOpening) };
  }
}

/** JSON with the keys of every object sorted: the same content gives the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field) ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => a.localeCompare(b))) : field,
  );
}

function parse(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function answer(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function answerError(res: ServerResponse, status: number, error: OfficeErrorCode): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error, message: error }));
}
