import type { DeviceKind } from '../../shared/device';
import { createApp, type KassaApp } from '../app/create-app';
import { silentLogger } from '../app/logger';
import type { OfficeSyncOptions } from '../office/office-sync';

/** The manager every test app signs in as, unless a test asks for nobody. */
export const testManager = { name: 'Leyla Həsənova', pin: '2468' } as const;

export interface TestAppOptions {
  now?: () => Date;
  /** Sell on the Caspos device at this address instead of the built-in training device. */
  deviceUrl?: string;
  /** Sell on the training device of this system instead of Caspos's. */
  trainingKind?: DeviceKind;
  backoffMs?: readonly number[];
  /** false: nobody signed in, and on a new data folder nobody exists (the setup wizard's start). */
  signIn?: boolean;
  officeSync?: OfficeSyncOptions;
}

/** The real app on a real database file in `dataDir`, as either host would start it. */
export async function startTestApp(dataDir: string, options: TestAppOptions = {}): Promise<KassaApp> {
  const app = await createApp({ host: 'web', dataDir, logger: silentLogger, now: options.now, deviceUrl: options.deviceUrl, training: options.trainingKind, backoffMs: options.backoffMs, officeSync: options.officeSync });
  if (options.signIn !== false) await signInTestManager(app);
  return app;
}

/** Signs the test manager in, creating them as the setup wizard would on a new data folder. */
export async function signInTestManager(app: KassaApp): Promise<void> {
  const manager = app.context.people.list().find((person) => person.name === testManager.name);
  if (manager) await app.context.session.signIn(manager.id, testManager.pin);
  else await app.dispatch('setup.createManager', testManager);
}
