import type { catalogChannels } from '../../shared/catalog';
import type { AppContext } from '../app/context';
import { ImportRefusedError } from '../catalog/catalog-import';
import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';

type CatalogChannel = keyof typeof catalogChannels;

export function createCatalogHandlers(ctx: AppContext): Pick<Handlers, CatalogChannel> {
  return {
    'catalog.search': ({ query, limit }) => ctx.catalog.search(query, limit),
    'catalog.scan': ({ barcode }) => ctx.catalog.scan(barcode),
    'catalog.favourites': () => ctx.catalog.favourites(),
    'catalog.importPreview': ({ csv }) => ctx.catalog.preview(csv),
    'catalog.import': ({ csv, mode }) => {
      try {
        return { imported: ctx.catalog.import(csv, mode) };
      } catch (error) {
        // The manager sees what to fix, row by row; the file itself is never logged.
        if (error instanceof ImportRefusedError) throw new AppFailure('import_invalid', error.message, error.problems);
        throw error;
      }
    },
    'catalog.export': () => ({ csv: ctx.catalog.export() }),
  };
}
