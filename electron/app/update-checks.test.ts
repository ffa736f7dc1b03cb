import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { capturedLines } from '../testing/captured-lines';
import { scheduleUpdateChecks } from './update-checks';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function schedule(enabled: () => boolean, check: () => Promise<unknown>) {
  const { stream, lines } = capturedLines();
  stops.push(scheduleUpdateChecks({ enabled, check, logger: pino(stream), firstAfterMs: 5, everyMs: 20 }));
  return lines;
}

describe('update checks', () => {
  it('never asks while automatic updates are off, and starts asking when they are turned on', async () => {
    let enabled = false;
    let checks = 0;
    schedule(
      () => enabled,
      () => Promise.resolve(void checks++),
    );
    await wait(70);
    expect(checks).toBe(0);
    enabled = true;
    await wait(70);
    expect(checks).toBeGreaterThanOrEqual(2);
  });

  it('logs and swallows every failure, thrown or rejected, and goes on checking', async () => {
    let checks = 0;
    const lines = schedule(
      () => true,
      () => {
        checks++;
        if (checks === 1) throw new Error('ENOENT app-update.yml');
        return Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
      },
    );
    await wait(80);
    expect(checks).toBeGreaterThanOrEqual(3);
    const failures = lines.map((line) => JSON.parse(line) as { level: number; module: string; msg: string; err: { message: string } });
    expect(failures[0]).toMatchObject({ level: 40, module: 'updates', msg: 'update check failed; the app goes on', err: { message: 'ENOENT app-update.yml' } });
    expect(failures[1]).toMatchObject({ err: { message: 'net::ERR_NAME_NOT_RESOLVED' } });
  });

  it('treats a setting that cannot be read as a failed check, not a crash', async () => {
    const lines = schedule(
      () => {
        throw new Error('The database connection is not open');
      },
      () => Promise.resolve(),
    );
    await wait(40);
    expect(lines[0]).toContain('The database connection is not open');
  });

  it('runs one check at a time, however long a check takes', async () => {
    let running = 0;
    let most = 0;
    schedule(
      () => true,
      async () => {
        most = Math.max(most, ++running);
        await wait(60);
        running--;
      },
    );
    await wait(150);
    expect(most).toBe(1);
  });
});
