import { describe, expect, it } from 'vitest';
import { capturedLines } from '../testing/captured-lines';
import { consoleLineOf, humanConsole } from './console-lines';
import { createLogger } from './logger';
import pino from 'pino';

const clockOf = (iso: string) => new Date(iso).toTimeString().slice(0, 8);

describe('consoleLineOf', () => {
  it('turns a JSON entry into one short line in the local time', () => {
    const time = '2026-12-07T09:30:05.123Z';
    expect(consoleLineOf(JSON.stringify({ level: 40, time, module: 'device', deviceId: 'x', outcome: 'unknown', reason: 'connection refused', msg: 'device did not answer getInfo' }))).toBe(
      `${clockOf(time)} warning [device]: device did not answer getInfo (connection refused)`,
    );
    expect(consoleLineOf(JSON.stringify({ level: 50, time, msg: 'request failed', err: { type: 'Error', message: 'disk full\nat line 2', stack: 'Error: …' } }))).toBe(
      `${clockOf(time)} error: request failed (disk full at line 2)`,
    );
    expect(consoleLineOf(JSON.stringify({ level: 60, msg: 'start failed' }))).toBe('fatal: start failed');
  });

  it('passes a line that is not an entry through as it is', () => {
    expect(consoleLineOf('not json\n')).toBe('not json');
    expect(consoleLineOf('{"msg":1}\n')).toBe('{"msg":1}');
  });
});

describe('humanConsole', () => {
  it('shows a person warnings and errors as text, after the secrets are censored', () => {
    const { stream, lines } = capturedLines();
    const logger = createLogger(pino.multistream([{ level: 'warn', stream: humanConsole(stream) }]));
    logger.info('an ordinary entry');
    logger.warn({ module: 'updates' }, 'update check failed at http://user:hunter2@updates.example/');
    logger.error({ err: new Error('SQLITE_FULL: database or disk is full') }, 'settling failed');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d warning \[updates\]: update check failed at http:\/\/.*updates\.example\/\n$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d error: settling failed \(SQLITE_FULL: database or disk is full\)\n$/);
    for (const line of lines) expect(line).not.toContain('hunter2');
  });
});
