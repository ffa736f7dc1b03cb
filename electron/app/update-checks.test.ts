import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { capturedLines } from '../testing/captured-lines';
import { scheduleUpdateChecks } from './update-checks';

const stops: (() => void)[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

const minute = 60_000;
const hours = (n: number) => n * 60 * minute;

/** Checks as the desktop app schedules them: a minute after the start, then every 6 hours. */
function schedule(enabled: () => boolean, check: () => Promise<unknown>) {
  const { stream, lines } = capturedLines();
  stops.push(scheduleUpdateChecks({ enabled, check, logger: pino(stream) }));
  return lines;
}

describe('update checks', () => {
  it('never asks while automatic updates are off, and asks from the next turn once they are on', async () => {
    let enabled = false;
    let checks = 0;
    schedule(
      () => enabled,
      () => Promise.resolve(void checks++),
    );
    await vi.advanceTimersByTimeAsync(hours(13));
    expect(checks).toBe(0);
    enabled = true;
    await vi.advanceTimersByTimeAsync(hours(6));
    expect(checks).toBe(1);
    await vi.advanceTimersByTimeAsync(hours(12));
    expect(checks).toBe(3);
  });

  it('asks first a minute after the start', async () => {
    let checks = 0;
    schedule(
      () => true,
      () => Promise.resolve(void checks++),
    );
    await vi.advanceTimersByTimeAsync(minute - 1);
    expect(checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(checks).toBe(1);
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
    await vi.advanceTimersByTimeAsync(hours(12));
    expect(checks).toBe(3);
    const failures = lines.map((line) => JSON.parse(line) as { level: number; module: string; msg: string; err: { message: string } });
    expect(failures).toHaveLength(3);
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
    await vi.advanceTimersByTimeAsync(minute);
    expect(lines[0]).toContain('The database connection is not open');
  });

  it('runs one check at a time, however long a check takes', async () => {
    let running = 0;
    let most = 0;
    let checks = 0;
    schedule(
      () => true,
      async () => {
        checks++;
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, hours(7)));
        running--;
      },
    );
    await vi.advanceTimersByTimeAsync(hours(20));
    expect(most).toBe(1);
    expect(checks).toBe(2);
  });

  it('stops when told, with a check still to come', async () => {
    let checks = 0;
    const { stream } = capturedLines();
    const stop = scheduleUpdateChecks({ enabled: () => true, check: () => Promise.resolve(void checks++), logger: pino(stream) });
    stop();
    await vi.advanceTimersByTimeAsync(hours(24));
    expect(checks).toBe(0);
  });
});
