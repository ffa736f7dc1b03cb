import type { AppFault } from '../../shared/ipc/events';
import type { EventBus } from './event-bus';
import type { Logger } from './logger';

export interface ProcessGuard {
  /** From now on what escapes is also shown in the app, through this bus. */
  surfaceOn(bus: EventBus): void;
  /** Takes the handlers off again (tests). */
  remove(): void;
}

/**
 * The last net of both hosts: a promise rejected with nobody listening, or an exception no code
 * caught, is written to the log file and shown in the app, and the till goes on. Going on is safe
 * for the journal: every journal method is one SQLite transaction, rolled back when it throws,
 * and an unsettled document is re-sent with its UUID. (Electron's main process also goes on after
 * an uncaught exception; the web host now does the same rather than dying mid-shift.)
 */
export function guardProcess(target: NodeJS.Process, logger: Logger, now: () => Date = () => new Date()): ProcessGuard {
  const log = logger.child({ module: 'process' });
  let bus: EventBus | undefined;
  const report = (kind: AppFault['kind'], error: unknown) => {
    log.error({ err: error, kind }, kind === 'rejection' ? 'a promise failed with nobody to handle it; the app goes on' : 'an uncaught exception; the app goes on');
    bus?.emit('app.fault', { kind, error: describe(error), at: now().toISOString() });
  };
  const onRejection = (reason: unknown) => report('rejection', reason);
  const onException = (error: Error) => report('exception', error);
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return {
    surfaceOn: (next) => {
      bus = next;
    },
    remove: () => {
      target.off('unhandledRejection', onRejection);
      target.off('uncaughtException', onException);
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' ? `${error.name} ${code}` : error.name).slice(0, 200);
}
