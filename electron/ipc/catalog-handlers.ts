import type { catalogChannels } from '../../shared/catalog';
import type { catalogFileChannels } from '../../shared/catalog-file-import';
import type { AppContext } from '../app/context';
import { ImportRefusedError } from '../catalog/catalog-import';
import { AppFailure } from '../app/app-failure';
import type { Handlers } from './dispatcher';
import { requireLocalProductsAllowed } from '../office/local-products';

type CatalogChannel = keyof typeof catalogChannels | keyof typeof catalogFileChannels;

export function createCatalogHandlers(ctx: AppContext): Pick<Handlers, CatalogChannel> {
  return {
    'catalog.search': ({ query, limit }) => ctx.catalog.search(query, limit),
    'catalog.scan': ({ barcode }) => ctx.catalog.scan(barcode),
    'catalog.favourites': () => ctx.catalog.favourites(),
    'catalog.importPreview': ({ csv }) => ctx.catalog.preview(csv),
    'catalog.import': ({ csv, mode }) => {
      requireLocalProductsAllowed(ctx);
      try {
        return { imported: ctx.catalog.import(csv, mode) };
      } catch (error) {
        throw refusalAsFailure(error);
      }
    },
    'catalog.previewFile': ({ fileId }) => ctx.fileImports.preview(fileId),
    'catalog.importFile': async ({ fileId, mode }) => {
      requireLocalProductsAllowed(ctx);
      try {
        return { imported: await ctx.fileImports.import(fileId, mode) };
      } catch (error) {
        throw refusalAsFailure(error);
      }
    },
    'catalog.cancelImport': () => ({ cancelled: ctx.fileImports.cancel() }),
    'catalog.export': () => ({ csv: ctx.catalog.export() }),
  };
}

/** The manager sees what to fix, row by row; the file itself is never logged. */
function refusalAsFailure(error: unknown): unknown {
  return error instanceof ImportRefusedError ? new AppFailure('import_invalid', error.message, error.problems) : error;
}
