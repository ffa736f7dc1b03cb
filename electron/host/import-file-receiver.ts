import { fail } from '../../shared/result';
import { resultOf } from '../app/app-failure';
import type { Kassa } from '../startup/recovery';
import type { WebHostOptions } from './web-host';

/** The web host's uploads of catalogue files, kept by the running app's PickedFiles. */
export function importFileReceiver(kassa: Pick<Kassa, 'problem' | 'running'>): WebHostOptions['receiveImportFile'] {
  return async (body) => {
    // The recovery screen has no catalogue: the app's database is not open yet.
    if (kassa.problem()) return fail('import_unreadable', 'The app is not running yet: the start-up recovery screen is shown');
    const { context } = await kassa.running;
    return resultOf(async () => ({ fileId: await context.pickedFiles.receive(body) }));
  };
}
