import { createApp, type KassaApp } from '../app/create-app';
import { silentLogger } from '../app/logger';

/** The real app on a real database file in `dataDir`, as either host would start it. */
export function startTestApp(dataDir: string, now?: () => Date): Promise<KassaApp> {
  return createApp({ host: 'web', dataDir, logger: silentLogger, now });
}
