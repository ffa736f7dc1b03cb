import { isAbsolute } from 'node:path';
import { resources } from '../../shared/i18n/resources';
import { channelNames } from '../../shared/ipc/names';
import { confirmationMatches, type HistorySign, type StartupProblem } from '../../shared/ipc/startup-channels';
import { Locale } from '../../shared/locale';
import { createApp, type AppOptions, type KassaApp } from '../app/create-app';
import type { EventBus } from '../app/event-bus';
import { listBackups, restoreBackup, setDatabaseAside } from '../backup/backups';
import { AppFailure } from '../app/app-failure';
import { createDispatcher, type Dispatch, type Handlers } from '../ipc/dispatcher';

export interface RecoveryOptions extends AppOptions {
  bus: EventBus;
  /** Electron restarts itself on another data folder; the web host is started again by hand. */
  switchFolder?: (dataDir: string) => void;
}

/** The app as the hosts see it: running, or showing the start-up recovery screen until it runs. */
export interface Kassa {
  /** The app's channels, or the recovery screen's until the database is back. */
  dispatch: Dispatch;
  bus: EventBus;
  /** What the recovery screen is about, while it is shown; null once the app runs. */
  problem(): StartupProblem | null;
  /** The app, once it runs (at once, or after a restore or a new start). */
  running: Promise<KassaApp>;
  close(): Promise<void>;
}

/** The word the screen asks a person to type before starting new, in whichever language it shows. */
const confirmationWords = Locale.options.map((locale) => ({ locale, word: resources[locale].translation.startup.confirmWord }));

/**
 * The start-up recovery mode: the database is missing or empty although the folder shows the
 * shop's history. Nothing is created until a person chooses: restore a backup, another folder, or
 * a new start after typing the confirmation word. These run without sign-in, since the people are
 * in the lost database; whoever reaches the screen already holds the station (the desktop window)
 * or the web host's token, printed only to the person who started it, i.e. the data folder's owner.
 * No choice deletes anything: what was in the database's place is renamed and kept.
 */
export function startRecovery(options: RecoveryOptions, signs: HistorySign[]): Kassa {
  const log = options.logger.child({ module: 'startup' });
  const now = options.now ?? (() => new Date());
  log.warn({ signs }, 'the database is missing or empty although the data folder shows history; waiting on the recovery screen');
  let app: KassaApp | undefined;
  let opening = false;
  let announce: (app: KassaApp) => void = () => undefined;
  const running = new Promise<KassaApp>((resolve) => (announce = resolve));

  /** One choice at a time, and none once the app runs. */
  const openApp = async (prepare: () => void) => {
    if (app || opening) throw new AppFailure('not_permitted', 'A recovery choice is already being carried out');
    opening = true;
    try {
      prepare();
      app = await createApp({ ...options, fromRecoveryScreen: true });
    } finally {
      opening = false;
    }
    announce(app);
    return {};
  };

  const problem = (): StartupProblem | null =>
    app
      ? null
      : {
          kind: 'historyWithoutDatabase',
          dataDir: options.dataDir,
          host: options.host,
          signs,
          backups: listBackups(options.dataDir),
          canSwitchFolder: options.switchFolder !== undefined,
        };

  const handlers = {
    ...refuseAll(),
    'startup.status': () => ({ problem: problem() }),
    'startup.restore': ({ backup }) =>
      openApp(() => {
        restoreBackup(options.dataDir, backup, now());
        log.warn({ backup }, 'backup restored from the recovery screen');
      }),
    'startup.startNew': ({ confirmation }) => {
      if (!confirmationWords.some(({ locale, word }) => confirmationMatches(confirmation, word, locale))) {
        throw new AppFailure('invalid_input', 'The confirmation word does not match');
      }
      return openApp(() => {
        setDatabaseAside(options.dataDir, 'before-new', now());
        log.warn('a new database started from the recovery screen');
      });
    },
    'startup.useFolder': ({ dataDir }) => {
      if (!options.switchFolder) throw new AppFailure('not_permitted', 'This host is started on another folder by hand (--data-dir)');
      if (!isAbsolute(dataDir)) throw new AppFailure('invalid_input', 'The folder must be a full path');
      log.warn('restarting on another data folder from the recovery screen');
      options.switchFolder(dataDir);
      return {};
    },
  } satisfies Partial<Handlers> as Handlers;
  const recoveryDispatch = createDispatcher(handlers, options.logger, (_channel, _input, run) => run({}));

  return {
    dispatch: (channel, input) => (app ? app.dispatch(channel, input) : recoveryDispatch(channel, input)),
    bus: options.bus,
    problem,
    running,
    close: async () => {
      await app?.close();
    },
  };
}

/** Without a database no other channel has anything to work on. */
function refuseAll(): Handlers {
  const refuse = () => {
    throw new AppFailure('not_permitted', 'Kassa is waiting on the start-up recovery screen');
  };
  return Object.fromEntries(channelNames.map((channel) => [channel, refuse])) as unknown as Handlers;
}
