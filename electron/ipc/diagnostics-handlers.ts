import type { AppContext } from '../app/context';
import { logsDirOf } from '../app/logger';
import { exportDiagnostics, exportsDirOf } from '../diagnostics/export-diagnostics';
import type { Handlers } from './dispatcher';

export function createDiagnosticsHandlers(ctx: AppContext): Pick<Handlers, 'diagnostics.export' | 'diagnostics.folders'> {
  return {
    'diagnostics.export': () => exportDiagnostics(ctx),
    'diagnostics.folders': () => ({ logs: logsDirOf(ctx.dataDir), exports: exportsDirOf(ctx.dataDir) }),
  };
}
