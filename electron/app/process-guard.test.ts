import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { AppFault } from '../../shared/ipc/events';
import { capturedLines } from '../testing/captured-lines';
import { EventBus } from './event-bus';
import { createLogger } from './logger';
import { guardProcess } from './process-guard';

describe('the process guard', () => {
  it('logs what escaped, shows its name and code (never its message) in the app, and stays', async () => {
    const target = new EventEmitter();
    const { stream, lines } = capturedLines();
    const bus = new EventBus();
    const faults: AppFault[] = [];
    bus.subscribe((message) => message.event === 'app.fault' && faults.push(message.payload));
    const guard = guardProcess(target as unknown as NodeJS.Process, createLogger(stream), () => new Date('2025-03-01T10:00:00Z'));
    guard.surfaceOn(bus);
    const full = Object.assign(new Error('database or disk is full at /home/shop/secret'), { name: 'SqliteError', code: 'SQLITE_FULL' });
    target.emit('unhandledRejection', full, Promise.resolve());
    target.emit('uncaughtException', new TypeError('x is undefined'), 'uncaughtException');
    await new Promise((resolve) => setImmediate(resolve));
    expect(faults).toEqual([
      { kind: 'rejection', error: 'SqliteError SQLITE_FULL', at: '2025-03-01T10:00:00.000Z' },
      { kind: 'exception', error: 'TypeError', at: '2025-03-01T10:00:00.000Z' },
    ]);
    expect(lines.map((line) => JSON.parse(line) as { level: number; kind: string; err: { message: string } })).toMatchObject([
      { level: 50, kind: 'rejection', err: { message: 'database or disk is full at /home/shop/secret' } },
      { level: 50, kind: 'exception', err: { message: 'x is undefined' } },
    ]);
    guard.remove();
    expect(target.listenerCount('unhandledRejection')).toBe(0);
    expect(target.listenerCount('uncaughtException')).toBe(0);
  });
});
