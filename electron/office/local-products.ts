import { AppFailure } from '../app/app-failure';
import type { AppContext } from '../app/context';

/**
 * A shop whose office keeps every product refuses products made on a till: they would be
 * unknown to the office and to every other till. An import is refused too: it makes products, and
 * a replacing one would deactivate the office's. A till that belongs to no office makes its own.
 */
export function requireLocalProductsAllowed(ctx: AppContext): void {
  if (ctx.office.store.get()?.localProductsAllowed === false) throw new AppFailure('office_products', 'The shop office does not allow products of this till alone');
}
