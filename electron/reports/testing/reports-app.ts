import { afterEach } from 'vitest';
import type { KassaApp } from '../../app/create-app';
import { startCasposSimulator, type CasposSimulator } from '../../devices/caspos/simulator/server';
import type { TrainingDeviceSettings } from '../../devices/caspos/simulator/training-device';
import { useTempDirs } from '../../testing/temp-dir';
import { startTestApp } from '../../testing/test-app';

export interface ReportsApp {
  app: KassaApp;
  /** The training device the app sells on, over HTTP on loopback: its memory and faults are the test's. */
  device: CasposSimulator;
  close(): Promise<void>;
}

/** The real app on a real database file, selling on a training device (with `settings`) the test can reach into. */
export async function startReportsApp(dataDir: string, now?: () => Date, settings?: Partial<TrainingDeviceSettings>): Promise<ReportsApp> {
  const device = await startCasposSimulator({ now, settings });
  const app = await startTestApp(dataDir, { now, deviceUrl: device.url, backoffMs: [20, 40] });
  return {
    app,
    device,
    close: async () => {
      await app.close();
      await device.close();
    },
  };
}

/** A reports app per test on a fresh data folder (a training device with `settings`), closed after the test. */
export function useReportsApps(): (settings?: Partial<TrainingDeviceSettings>) => Promise<ReportsApp> {
  const tempDir = useTempDirs();
  const started: ReportsApp[] = [];
  afterEach(async () => {
    for (const running of started.splice(0)) await running.close();
  });
  return async (settings) => {
    const running = await startReportsApp(tempDir(), undefined, settings);
    started.push(running);
    return running;
  };
}
