import type { catalogueAdminChannels } from '../../shared/catalogue-admin';
import type { AppContext } from '../app/context';
import { requireLocalProductsAllowed } from '../office/local-products';
import { templateCsv } from '../catalog/template-csv';
import type { Handlers } from './dispatcher';

type CatalogueAdminChannel = keyof typeof catalogueAdminChannels;

/** The manager's catalogue in the app; who may call which is electron/people/access.ts's. */
export function createCatalogueAdminHandlers(ctx: AppContext): Pick<Handlers, CatalogueAdminChannel> {
  const { editor, categories, quickKeys } = ctx.catalog;
  return {
    'catalogue.list': (query) => editor.list(query),
    'catalogue.get': ({ id }) => editor.item(id),
    'catalogue.create': ({ draft, price }) => {
      requireLocalProductsAllowed(ctx);
      return editor.create(draft, price);
    },
    'catalogue.update': ({ id, draft }) => editor.update(id, draft),
    'catalogue.setPrice': ({ id, price }) => editor.setPrice(id, price),
    'catalogue.setActive': ({ id, active }) => editor.setActive(id, active),
    'catalogue.categories': () => categories.list(),
    'catalogue.saveCategory': ({ id, name }) => categories.save(id, name),
    'catalogue.removeCategory': ({ id }) => {
      categories.remove(id);
      return {};
    },
    'quickKeys.pages': () => quickKeys.pages(),
    'quickKeys.save': ({ pages }) => quickKeys.save(pages),
    'catalogue.template': ({ vatRate }) => ({ csv: templateCsv(vatRate) }),
  };
}
