import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addOfficePerson } from '../hq/office/office-people';
import { startHq, type RunningHq } from '../hq/testing/hq-process';
import type { TestDatabase } from '../hq/testing/postgres';

export interface OfficeAnswer {
  status: number;
  body: unknown;
}

/**
 * The shop office as a process (`hq/main.ts`, as `npm run hq` runs it) on a test database, with
 * a signed-in manager that drives it over its HTTPS API as the office's page does. It can be
 * SIGKILLed and started again on the same data folder (its certificate kept), on a new port.
 */
export class OfficeProcess {
  private running: RunningHq | undefined;
  private cookie = '';

  private constructor(
    private readonly dataDir: string,
    private readonly database: TestDatabase,
  ) {}

  static async start(dataDir: string, database: TestDatabase, manager: { name: string; password: string }): Promise<OfficeProcess> {
    const office = new OfficeProcess(dataDir, database);
    await office.restart();
    await addOfficePerson(database.pool, manager.name, manager.password);
    const signedIn = await office.call('POST', '/api/office/session', manager);
    if (signedIn.status !== 200) throw new Error(`the office manager could not sign in: ${JSON.stringify(signedIn)}`);
    return office;
  }

  get port(): number {
    if (!this.running) throw new Error('the office is not running');
    return Number(new URL(this.running.url).port);
  }

  get url(): string {
    if (!this.running) throw new Error('the office is not running');
    return this.running.url;
  }

  get isRunning(): boolean {
    return this.running !== undefined;
  }

  /** What tills pin, and what a proxy standing on the office's wire serves. */
  certificate(): { cert: string; key: string; fingerprint: string } {
    if (!this.running) throw new Error('the office is not running');
    return { ...this.running.certificate, key: readFileSync(join(this.dataDir, 'office-key.pem'), 'utf8') };
  }

  async restart(): Promise<void> {
    this.running = await startHq(this.dataDir, { DATABASE_URL: this.database.url });
  }

  /** SIGKILL: mid-transaction, mid-answer; PostgreSQL rolls back what was not committed. */
  async kill(): Promise<void> {
    const child = this.running?.child;
    this.running = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** A call of the office's own API, the manager's session cookie carried (the cookie lives in PostgreSQL, so it outlives a restart). */
  call(method: string, path: string, body?: unknown): Promise<OfficeAnswer> {
    const { url, certificate } = this.running ?? {};
    if (!url || !certificate) return Promise.reject(new Error('the office is not running'));
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        new URL(path, url),
        {
          method,
          ca: certificate.cert,
          checkServerIdentity: () => undefined,
          headers: { ...(payload ? { 'Content-Type': 'application/json' } : {}), ...(this.cookie ? { Cookie: this.cookie } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const setCookie = res.headers['set-cookie']?.[0];
            if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
            const text = Buffer.concat(chunks).toString();
            resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as unknown) : undefined });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }
}
