import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { createI18n, localeFromEnvironment } from '../../../shared/i18n/create-i18n';
import { CasposClient, withCredentials } from './client';
import { operations, type Operation } from './enums';
import { explainCaspos } from './explain';
import type { Outcome } from './outcome';
import { readShiftReport } from './report-mapping';
import { requestSchemas } from './requests';
import { readControlTape, readDocument, readInfo, readPeriodicReport, readShiftStatus } from './results';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Exit codes: what a script around the CLI needs to know. */
export const exitCode = { done: 0, rejected: 1, usage: 2, unknown: 3 } as const;

const withoutData = new Set<Operation>(['toLogin', 'toLogout', 'getInfo', 'getShiftStatus', 'printLastCheque', 'getControlTape', 'isConnectedPrinter', 'openCashbox']);
const documentOperations = new Set<Operation>(['closeShift', 'deposit', 'withDraw', 'sale', 'credit', 'prepayment', 'prepaymentProducts', 'moneyBack', 'correction', 'rollBack']);

const readers: Record<Operation, (data: unknown) => unknown> = {
  toLogin: (data) => data,
  toLogout: () => null,
  getInfo: readInfo,
  getShiftStatus: readShiftStatus,
  openShift: () => null,
  closeShift: readShiftReport,
  deposit: readDocument,
  withDraw: readDocument,
  sale: readDocument,
  credit: readDocument,
  prepayment: readDocument,
  prepaymentProducts: readDocument,
  moneyBack: readDocument,
  correction: readDocument,
  rollBack: readDocument,
  getXReport: readShiftReport,
  printLastCheque: () => null,
  getPeriodicZReport: readPeriodicReport,
  getControlTape: readControlTape,
  isConnectedPrinter: () => null,
  openCashbox: () => null,
};

const Flags = z.object({
  url: z.url({ protocol: /^https?$/ }),
  username: z.string().default('username'),
  password: z.string().default('password'),
  data: z.string().optional(),
  session: z.boolean().default(false),
  raw: z.boolean().default(false),
  'timeout-ms': z.coerce.number().int().positive().optional(),
});

class UsageError extends Error {}

/**
 * `npm run caspos -- <operation> --url http://host:5544 [--data file.json]`: sends one request of
 * the document to any Caspos device and prints its answer for a person. The installer's check of
 * a device, and our way to try the driver against a real one.
 */
export async function runCasposCli(argv: string[], env: NodeJS.ProcessEnv, io: CliOutput): Promise<number> {
  const t = createI18n(localeFromEnvironment(env.KASSA_LOCALE ?? env.LANG)).t;
  try {
    const { operation, flags } = parseCommandLine(argv, t);
    const fields = await requestFields(operation, flags.data, t, io);
    const body = JSON.stringify({ operation, ...fields });
    const full = JSON.parse(withCredentials(body, flags)) as unknown;
    const checked = requestSchemas[operation].safeParse(full);
    if (!checked.success) {
      throw new UsageError(t('cli.casposBadData', { operation, issues: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }));
    }
    const client = new CasposClient({
      url: flags.url,
      credentials: flags,
      auth: flags.session ? 'session' : 'integration',
      answerTimeoutMs: flags['timeout-ms'],
    });
    return print(await client.send(operation, body, readers[operation]), flags.raw, t, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(error.message);
    return exitCode.usage;
  }
}

function parseCommandLine(argv: string[], t: TFunction) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        username: { type: 'string' },
        password: { type: 'string' },
        data: { type: 'string' },
        session: { type: 'boolean' },
        raw: { type: 'boolean' },
        'timeout-ms': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`${t('cli.badFlag', { detail: (error as Error).message })}\n${t('cli.casposUsage', { operations: operations.join(', ') })}`);
  }
  const [name, ...extra] = parsed.positionals;
  if (!name || extra.length > 0) throw new UsageError(t('cli.casposUsage', { operations: operations.join(', ') }));
  if (!(operations as readonly string[]).includes(name)) {
    throw new UsageError(`${t('cli.casposUnknownOperation', { operation: name })}\n${t('cli.casposUsage', { operations: operations.join(', ') })}`);
  }
  const flags = Flags.safeParse(parsed.values);
  if (!flags.success) {
    throw new UsageError(t('cli.badFlag', { detail: flags.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ') }));
  }
  return { operation: name as Operation, flags: flags.data };
}

/** The data file holds the request's `data`, or the request without operation and credentials. */
async function requestFields(operation: Operation, file: string | undefined, t: TFunction, io: CliOutput): Promise<object> {
  if (!file) {
    if (withoutData.has(operation)) return {};
    throw new UsageError(t('cli.casposNeedsData', { operation }));
  }
  let content: unknown;
  try {
    content = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(t('cli.casposUnreadableFile', { file, reason: (error as Error).message }));
  }
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    throw new UsageError(t('cli.casposUnreadableFile', { file, reason: 'not a JSON object' }));
  }
  const fields = ('data' in content ? { ...content } : { data: content }) as { data: Record<string, unknown> };
  if (documentOperations.has(operation) && typeof fields.data.documentUUID !== 'string') {
    const uuid = randomUUID();
    fields.data = { documentUUID: uuid, ...fields.data };
    io.out(t('cli.casposNewUuid', { uuid }));
  }
  return fields;
}

function print(outcome: Outcome<unknown>, raw: boolean, t: TFunction, io: CliOutput): number {
  switch (outcome.kind) {
    case 'done':
      io.out(outcome.duplicate ? t('cli.casposDuplicate') : t('cli.casposDone'));
      if (outcome.value !== null) io.out(JSON.stringify(outcome.value, null, 2));
      if (raw) io.out(outcome.raw);
      return exitCode.done;
    case 'rejected': {
      const { code, deviceText } = outcome.error;
      io.out(t('cli.casposRejected', { code, text: deviceText }));
      // By the device's words as well as its code, as the app explains it (explain.ts).
      const explained = explainCaspos(String(code), deviceText);
      if (explained) {
        io.out(t('cli.casposExplanation', { text: t(explained.explanation as never) }));
        io.out(t('cli.casposAction', { text: t(explained.action as never) }));
      }
      if (raw) io.out(outcome.raw);
      return exitCode.rejected;
    }
    case 'unknown':
      io.out(
        outcome.sent
          ? t('cli.casposUnknown', { reason: outcome.reason, detail: outcome.detail })
          : t('cli.casposNotSent', { reason: outcome.reason, detail: outcome.detail }),
      );
      if (raw && outcome.raw !== undefined) io.out(outcome.raw);
      return exitCode.unknown;
  }
}
