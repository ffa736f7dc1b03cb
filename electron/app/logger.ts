import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import pino, { type DestinationStream, type Logger, type StreamEntry } from 'pino';
import { createStream } from 'rotating-file-stream';
import type { HostKind } from '../../shared/ipc/contract';
import { humanConsole } from './console-lines';
import { censor, redactPaths, scrubLine, SecretValues } from './log-redaction';

export type { Logger };

const secretsOf = Symbol('kassa.logSecrets');

/**
 * One JSON line per entry; modules take a child logger named for them. Secrets are censored
 * three ways: fields pino knows by name, secret-looking fields and URL secrets in the written
 * line, and the values registered with `rememberSecret`.
 */
export function createLogger(destination: DestinationStream): Logger {
  const secrets = new SecretValues();
  const logger = pino(
    {
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths, censor },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      hooks: { streamWrite: (line) => scrubLine(line, secrets) },
    },
    destination,
  );
  // Child loggers are made with Object.create, so they find their root's secrets through it.
  Object.defineProperty(logger, secretsOf, { value: secrets });
  return logger;
}

/** From now on `value` is written as "[redacted]" by this logger and all its children. */
export function rememberSecret(logger: Logger, value: string): void {
  (logger as unknown as { [secretsOf]?: SecretValues })[secretsOf]?.add(value);
}

export const silentLogger: Logger = pino({ enabled: false });

/** Where both hosts write their logs, inside the data folder. */
export function logsDirOf(dataDir: string): string {
  return join(dataDir, 'logs');
}

export interface LogFileOptions {
  host: HostKind;
  /**
   * Also to stderr, for the person who started the web host from a terminal: warnings and worse
   * only, as short human lines (console-lines.ts). The file gets every entry as JSON.
   */
  stderr: boolean;
  /** Size at which the file is rotated (default 5M). */
  size?: `${number}${'B' | 'K' | 'M'}`;
  /** Rotated files kept besides the current one (default 9: at most 50 MB of logs). */
  keep?: number;
}

export interface AppLog {
  logger: Logger;
  dir: string;
  /** Writes out what is buffered and closes the file. */
  close(): Promise<void>;
}

/** `<dataDir>/logs/<host>.log`, rotated to `<host>.log.1` … `<host>.log.9` by size. */
export function openAppLog(dataDir: string, options: LogFileOptions): AppLog {
  const dir = logsDirOf(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = createStream(`${options.host}.log`, { path: dir, size: options.size ?? '5M', rotate: options.keep ?? 9 });
  // A log that cannot be written (disk full, folder removed) must never stop the till.
  file.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ERR_STREAM_WRITE_AFTER_END') process.stderr.write(`Kassa: the log file cannot be written: ${error.message}\n`);
  });
  const streams: StreamEntry[] = [{ stream: file }];
  if (options.stderr) streams.push({ level: 'warn', stream: humanConsole(process.stderr) });
  return {
    logger: createLogger(pino.multistream(streams)),
    dir,
    close: async () => {
      file.end();
      // A failure was reported when it happened; closing goes on regardless.
      await finished(file).catch(() => undefined);
    },
  };
}
