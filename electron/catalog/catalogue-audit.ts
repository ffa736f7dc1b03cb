import type { ChannelName } from '../../shared/ipc/names';
import type { AuditDetails } from '../../shared/people/audit';

interface Named {
  id?: unknown;
  name?: unknown;
  code?: unknown;
  price?: unknown;
}

/**
 * What a manager reads later about a catalogue change: which product (name, code), the old and
 * the new price, an import's mode and size. Read from the call's input and answer, which the
 * channel's schemas have checked; never a whole file.
 */
export function catalogueAuditDetails(channel: ChannelName, input: unknown, value: unknown): AuditDetails {
  return describers[channel]?.(input ?? {}, value ?? {}) ?? {};
}

interface Given {
  mode?: unknown;
  active?: unknown;
  pages?: unknown;
  name?: unknown;
}

type Made = Named & { product?: Named; oldPrice?: unknown; imported?: unknown };

const productChange = (_: Given, made: Made): AuditDetails => ({ ...productOf(made), price: number(made.price) });

/** The channels whose changes the log describes beyond the channel's name. */
const describers: Partial<Record<ChannelName, (given: Given, made: Made) => AuditDetails>> = {
  'catalogue.setPrice': (_, made) => ({ ...productOf(made.product ?? {}), oldPrice: number(made.oldPrice), newPrice: number(made.product?.price) }),
  'catalogue.create': productChange,
  'catalogue.update': productChange,
  'catalogue.setActive': (given, made) => ({ ...productOf(made), active: given.active === true }),
  'catalog.import': (given, made) => ({ mode: String(given.mode), imported: number(made.imported) }),
  'catalogue.saveCategory': (given) => ({ category: String(given.name) }),
  'quickKeys.save': (given) => ({ pages: Array.isArray(given.pages) ? given.pages.length : 0 }),
};

function productOf(product: Named): AuditDetails {
  return { productId: number(product.id), product: typeof product.name === 'string' ? product.name : null, code: typeof product.code === 'string' ? product.code : null };
}

function number(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
