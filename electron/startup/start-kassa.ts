import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../app/create-app';
import { EventBus } from '../app/event-bus';
import { databaseFileState } from '../db/integrity';
import { databaseFileName } from '../db/open';
import { historySigns } from './history';
import { startRecovery, type Kassa, type RecoveryOptions } from './recovery';

export interface StartOptions extends Omit<RecoveryOptions, 'bus'> {
  /** When this process started (default: Node's time origin); see historySigns. */
  startedAt?: number;
}

/**
 * Both hosts start here. A missing or empty database where the folder shows the shop's history
 * opens the recovery screen instead of a new install; anything else that goes wrong throws, for
 * the host to say in one line (startup-failure.ts).
 */
export async function startKassa(options: StartOptions): Promise<Kassa> {
  const bus = new EventBus();
  mkdirSync(options.dataDir, { recursive: true });
  const signs = historySigns(options.dataDir, options.startedAt ?? performance.timeOrigin);
  if (signs.length > 0 && databaseFileState(join(options.dataDir, databaseFileName)) !== 'database') {
    return startRecovery({ ...options, bus }, signs);
  }
  const app = await createApp({ ...options, bus });
  return { dispatch: app.dispatch, bus, problem: () => null, running: Promise.resolve(app), close: () => app.close() };
}
