import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { AppError } from '../../shared/result';

/** The details of a barcode or code that another product holds (electron/catalog/product-editor.ts). */
const Taken = z.object({
  field: z.enum(['barcodes', 'code']),
  value: z.string(),
  holder: z.object({ name: z.string(), active: z.boolean() }),
});

/** Which product holds what the manager typed, in their language; undefined for any other error. */
export function takenText(t: TFunction, error: AppError): string | undefined {
  const taken = Taken.safeParse(error.details);
  if (error.code !== 'invalid_input' || !taken.success) return undefined;
  const { field, value, holder } = taken.data;
  if (!holder.active) return t('products.takenInactive', { value, name: holder.name });
  return t(field === 'barcodes' ? 'products.barcodeTaken' : 'products.codeTaken', { value, name: holder.name });
}
