import { app } from 'electron';
import { parseArgs } from 'node:util';

export interface ShellFlags {
  /** Full screen without window controls, for POS screens. */
  kiosk: boolean;
  /** Overrides `userData`, so tests run in their own folder. */
  dataDir?: string;
}

/** Unknown flags are ignored: Chromium and the OS pass their own switches to Electron. */
export function readShellFlags(): ShellFlags {
  const { values } = parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { kiosk: { type: 'boolean' }, 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const dataDir = values['data-dir'] ?? process.env.KASSA_DATA_DIR;
  return {
    kiosk: values.kiosk === true || process.env.KASSA_KIOSK === '1',
    dataDir: typeof dataDir === 'string' && dataDir !== '' ? dataDir : undefined,
  };
}
