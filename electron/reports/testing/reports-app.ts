import type { KassaApp } from '../../app/create-app';
import { startCasposSimulator, type CasposSimulator } from '../../devices/caspos/simulator/server';
import type { TrainingDeviceSettings } from '../../devices/caspos/simulator/training-device';
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
