import { z } from 'zod';
import { Product } from './catalog';
import { QuantityUnit, VatRate } from './fiscal/catalogue-types';
import { maxItemCodeLength, maxItemNameLength } from './fiscal/limits';
import { Money, UnitPrice } from './fiscal/units';
import { safeText } from './text/safe-text';

/** What a scanner sends: no spaces, not the import file's "|" separator, nothing a receipt refuses. */
const Barcode = safeText(maxItemCodeLength).refine((code) => !/[\s|]/.test(code), { message: 'a space or "|" in a barcode' });

/** A product as the manager writes it in the app; the price has its own channel (audited, approved). */
export const ProductDraft = z.strictObject({
  name: safeText(maxItemNameLength),
  code: safeText(maxItemCodeLength, { min: 0 }),
  barcodes: z.array(Barcode).max(20),
  vatRate: VatRate,
  /** `kg` is sold by weight: the counter asks for the weight (or reads a scale's label). */
  unit: QuantityUnit,
  categoryId: z.number().int().positive().nullable(),
  /** A quick key on the sale screen while the manager has arranged no pages. */
  favourite: z.boolean(),
});
export type ProductDraft = z.infer<typeof ProductDraft>;

/** A product as the catalogue screen lists it: sold or not, and its category. */
export const CatalogueItem = Product.extend({ active: z.boolean(), categoryId: z.number().int().nullable() });
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const Category = z.object({ id: z.number().int(), name: z.string(), products: z.number().int() });
export type Category = z.infer<typeof Category>;
const CategoryName = safeText(64);

export const QuickKeyPage = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The page's products in the order of their keys; deactivated ones are left out. */
  products: z.array(Product),
});
export type QuickKeyPage = z.infer<typeof QuickKeyPage>;
const PageName = safeText(40);
const Id = z.number().int().positive();

/** The most rows one call lists: a screenful or two; the screen asks for more as it scrolls. */
export const maxListed = 200;

/** The catalogue's channels for the manager, merged into the contract. */
export const catalogueAdminChannels = {
  /** Sold products by the counter's search when `query` is given; deactivated ones by name. */
  'catalogue.list': {
    input: z.strictObject({
      query: z.string().max(100).default(''),
      status: z.enum(['active', 'inactive']).default('active'),
      categoryId: Id.nullable().default(null),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(maxListed).default(100),
    }),
    output: z.object({ items: z.array(CatalogueItem), more: z.boolean() }),
  },
  'catalogue.get': { input: z.strictObject({ id: Id }), output: CatalogueItem },
  'catalogue.create': { input: z.strictObject({ draft: ProductDraft, price: UnitPrice }), output: CatalogueItem },
  /** Everything but the price, which changes only through `catalogue.setPrice`. */
  'catalogue.update': { input: z.strictObject({ id: Id, draft: ProductDraft }), output: CatalogueItem },
  'catalogue.setPrice': { input: z.strictObject({ id: Id, price: UnitPrice }), output: z.object({ product: CatalogueItem, oldPrice: Money }) },
  /** Deactivated, a product is kept (receipts name it) but neither found, scanned nor shown as a quick key. */
  'catalogue.setActive': { input: z.strictObject({ id: Id, active: z.boolean() }), output: CatalogueItem },
  'catalogue.categories': { input: z.strictObject({}), output: z.array(Category) },
  /** A new category without `id`; renamed with one. */
  'catalogue.saveCategory': { input: z.strictObject({ id: Id.optional(), name: CategoryName }), output: Category },
  /** Its products stay, in no category. */
  'catalogue.removeCategory': { input: z.strictObject({ id: Id }), output: z.object({}) },
  'quickKeys.pages': { input: z.strictObject({}), output: z.array(QuickKeyPage) },
  /** Writes every page at once, as the manager arranged them: names, order, products in their keys' order. */
  'quickKeys.save': {
    input: z.strictObject({
      pages: z.array(z.strictObject({ name: PageName, productIds: z.array(Id).max(200) })).max(20),
    }),
    output: z.array(QuickKeyPage),
  },
  /** An empty catalogue file with one example row, in the format the import reads. */
  'catalogue.template': { input: z.strictObject({ vatRate: VatRate.default('vat18') }), output: z.object({ csv: z.string() }) },
} as const;
