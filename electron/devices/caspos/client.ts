import type { ControlTape, DeviceInfo, DocumentResult, PeriodicReport, ShiftStatus } from '../../../shared/fiscal/device-results';
import type { ShiftReport } from '../../../shared/fiscal/shift-report';
import { LoginAnswer } from './answers';
import { formatDeviceTime } from './device-time';
import type { Operation } from './enums';
import { interpretAnswer, type DataReader } from './interpret-answer';
import type { DocumentRequest } from './mapping';
import type { Outcome } from './outcome';
import { readShiftReport, readZReportDocument } from './report-mapping';
import { readControlTape, readDocument, readInfo, readPeriodicReport, readShiftStatus } from './results';
import { postJson, type TransportOptions } from '../http-transport';
import { toWireMoney } from './wire-numbers';

export interface CasposCredentials {
  username: string;
  password: string;
}

export interface CasposClientOptions extends Partial<TransportOptions> {
  /** http://<device-ip>:5544/ */
  url: string;
  credentials: CasposCredentials;
  /**
   * `integration`: credentials ride in every body and toLogin is never called (how real clients
   * use the integration service). `session`: toLogin first, and again after a 401.
   */
  auth: 'integration' | 'session';
}

export const defaultTimeouts: TransportOptions = {
  connectTimeoutMs: 3_000,
  // A card payment waits for the customer at the terminal: give it two minutes.
  answerTimeoutMs: 120_000,
};

const noData: DataReader<null> = () => null;

/**
 * A Caspos Mobile device. One request at a time: calls queue behind each other, because the
 * device handles one document at a time and its numbering depends on their order. No call is
 * retried here; the journal owns retries.
 */
export class CasposClient {
  private readonly transport: TransportOptions;
  private queue: Promise<unknown> = Promise.resolve();
  private loggedIn = false;

  constructor(private readonly options: CasposClientOptions) {
    this.transport = {
      connectTimeoutMs: options.connectTimeoutMs ?? defaultTimeouts.connectTimeoutMs,
      answerTimeoutMs: options.answerTimeoutMs ?? defaultTimeouts.answerTimeoutMs,
    };
  }

  get url(): string {
    return this.options.url;
  }

  /** Sends a journaled document's bytes exactly as stored, with the credentials put in front. */
  sendDocument(request: DocumentRequest): Promise<Outcome<DocumentResult>> {
    const read = request.operation === 'closeShift' ? readZReportDocument : readDocument;
    return this.exclusive(() => this.call(request.body, read, true));
  }

  /** Any operation of the document, read with `read`: for the installer's CLI. */
  send<T>(operation: Operation, body: string, read: DataReader<T>): Promise<Outcome<T>> {
    return this.exclusive(() => this.call(body, read, operation !== 'toLogin'));
  }

  login(): Promise<Outcome<{ accessToken: string }>> {
    return this.exclusive(() => this.loginNow());
  }

  logout(): Promise<Outcome<null>> {
    return this.exclusive(async () => {
      const outcome = await this.call(this.body('toLogout'), noData, false);
      if (outcome.kind === 'done') this.loggedIn = false;
      return outcome;
    });
  }

  getInfo(): Promise<Outcome<DeviceInfo>> {
    return this.simple('getInfo', readInfo);
  }

  getShiftStatus(): Promise<Outcome<ShiftStatus>> {
    return this.simple('getShiftStatus', readShiftStatus);
  }

  /** The opening float goes in `data.sum`; the cashier's name beside `data`, as the document shows. */
  openShift(cashierName: string, openingFloat: number): Promise<Outcome<null>> {
    return this.simple('openShift', noData, { data: { sum: toWireMoney(openingFloat) }, cashierName });
  }

  getXReport(cashierName: string): Promise<Outcome<ShiftReport>> {
    return this.simple('getXReport', readShiftReport, { data: { cashierName } });
  }

  printLastCheque(): Promise<Outcome<null>> {
    return this.simple('printLastCheque', noData);
  }

  /** The device reads the range in its own clock (UTC+4). */
  getPeriodicZReport(from: Date, to: Date): Promise<Outcome<PeriodicReport>> {
    return this.simple('getPeriodicZReport', readPeriodicReport, {
      data: { startDate: formatDeviceTime(from, 'device'), endDate: formatDeviceTime(to, 'device') },
    });
  }

  getControlTape(): Promise<Outcome<ControlTape>> {
    return this.simple('getControlTape', readControlTape);
  }

  isConnectedPrinter(): Promise<Outcome<null>> {
    return this.simple('isConnectedPrinter', noData);
  }

  openCashbox(): Promise<Outcome<null>> {
    return this.simple('openCashbox', noData);
  }

  private simple<T>(operation: Operation, read: DataReader<T>, fields: object = {}): Promise<Outcome<T>> {
    return this.exclusive(() => this.call(this.body(operation, fields), read, true));
  }

  private body(operation: Operation, fields: object = {}): string {
    return JSON.stringify({ operation, ...fields });
  }

  private async loginNow(): Promise<Outcome<{ accessToken: string }>> {
    const outcome = await this.call(this.body('toLogin'), (data) => LoginAnswer.parse(data), false);
    this.loggedIn = outcome.kind === 'done';
    return outcome;
  }

  private async call<T>(documentBody: string, read: DataReader<T>, needsSession: boolean): Promise<Outcome<T>> {
    if (needsSession && this.options.auth === 'session' && !this.loggedIn) {
      const login = await this.loginNow();
      if (login.kind === 'rejected') return login;
      if (login.kind === 'unknown') return { ...login, sent: false, reason: 'login_failed' };
    }
    const result = await postJson(this.options.url, withCredentials(documentBody, this.options.credentials), this.transport);
    const outcome = interpretAnswer(result, read);
    if (outcome.kind === 'rejected' && outcome.error.code === 401) this.loggedIn = false;
    return outcome;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/**
 * `{"operation":...}` -> `{"username":...,"password":...,"operation":...}`. The stored document
 * bytes follow unchanged, so what the journal keeps holds no password and a re-send is
 * byte-for-byte the same document.
 */
export function withCredentials(documentBody: string, credentials: CasposCredentials): string {
  if (!documentBody.startsWith('{"')) throw new Error('A Caspos request body must be a JSON object');
  return `{"username":${JSON.stringify(credentials.username)},"password":${JSON.stringify(credentials.password)},${documentBody.slice(1)}`;
}
