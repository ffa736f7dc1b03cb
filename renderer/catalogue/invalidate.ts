import type { QueryClient } from '@tanstack/react-query';

/** After any catalogue change: the lists, the quick keys and the sale screen's search read afresh. */
export function invalidateCatalogue(client: QueryClient): void {
  for (const key of ['catalog.favourites', 'quickKeys.pages', 'catalogue.list', 'catalogue.categories', 'catalog.search']) void client.invalidateQueries({ queryKey: [key] });
}
