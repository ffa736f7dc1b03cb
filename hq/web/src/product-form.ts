import type { CodeType, QuantityUnit, VatRate } from '../../../shared/fiscal/catalogue-types';
import type { OfficeProduct } from '../../../shared/office/till-api';
import { ProductFields } from '../../../shared/office/office-admin';

/** The editor's fields as the manager types them: barcodes on one line, the position as text. */
export interface ProductForm {
  name: string;
  code: string;
  barcodes: string;
  price: number;
  vatRate: VatRate;
  unit: QuantityUnit;
  codeType: CodeType;
  markingRequired: boolean;
  favourite: boolean;
  position: string;
}

/** A field the service's contract refuses, named as the editor names it. */
export type ProductProblem = keyof ProductForm;

export const emptyProductForm = (): ProductForm => ({
  name: '',
  code: '',
  barcodes: '',
  price: 0,
  vatRate: 'vat18',
  unit: 'piece',
  codeType: 'plain',
  markingRequired: false,
  favourite: true,
  position: '',
});

export const formOfProduct = (product: OfficeProduct): ProductForm => ({
  name: product.name,
  code: product.code,
  barcodes: product.barcodes.join(' '),
  price: product.price,
  vatRate: product.vatRate,
  unit: product.unit,
  codeType: product.codeType,
  markingRequired: product.markingRequired,
  favourite: product.favourite,
  position: product.position === null ? '' : String(product.position),
});

const formField = (key: PropertyKey | undefined): ProductProblem | undefined => {
  const known: readonly ProductProblem[] = ['name', 'code', 'barcodes', 'price', 'vatRate', 'unit', 'codeType', 'markingRequired', 'favourite', 'position'];
  return known.find((field) => field === key);
};

/**
 * The form as the office API's contract (the same zod schema the service reads with), or the
 * fields it refuses: the page says which before sending, so the manager's typing is not lost.
 */
export function productOfForm(form: ProductForm): { fields: ProductFields } | { problems: ProductProblem[] } {
  const position = form.position.trim();
  const parsed = ProductFields.safeParse({
    name: form.name.trim(),
    code: form.code.trim(),
    barcodes: form.barcodes.split(/\s+/).filter((barcode) => barcode !== ''),
    price: form.price,
    vatRate: form.vatRate,
    unit: form.unit,
    codeType: form.codeType,
    markingRequired: form.markingRequired,
    favourite: form.favourite,
    // Not a number (or a fraction) stays itself, for the schema to refuse it by name.
    position: position === '' ? null : /^\d+$/.test(position) ? Number(position) : position,
  });
  if (parsed.success) return { fields: parsed.data };
  const problems = parsed.error.issues.map((issue) => formField(issue.path[0])).filter((field) => field !== undefined);
  return { problems: [...new Set(problems)] };
}

/** The counter's search: a piece of the name (any case), the code, or a whole or partial barcode. */
export function matchesSearch(product: OfficeProduct, query: string): boolean {
  const wanted = query.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  return product.name.toLocaleLowerCase().includes(wanted) || product.code.toLocaleLowerCase().includes(wanted) || product.barcodes.some((barcode) => barcode.includes(wanted));
}
