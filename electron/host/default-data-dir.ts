import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron would use as `userData` for this app, so the browser host and the
 * desktop app on one machine share one journal instead of splitting a shop's documents.
 */
export function defaultDataDir(productName: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), productName);
}
