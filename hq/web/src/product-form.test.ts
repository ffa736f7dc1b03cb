import { describe, expect, it } from 'vitest';
import type { OfficeProduct } from '../../../shared/office/till-api';
import { emptyProductForm, formOfProduct, matchesSearch, productOfForm } from './product-form';

const bread: OfficeProduct = {
  officeId: '6f1c2a9e-7d3b-4c1a-9f0e-2b5d8c7a1e01',
  name: 'Çörək ağ',
  code: 'B-1',
  barcodes: ['4760001000011', '4760001000028'],
  price: 150,
  vatRate: 'vat18',
  unit: 'piece',
  codeType: 'ean13',
  markingRequired: false,
  favourite: true,
  position: 3,
};

describe('the office product editor’s form', () => {
  it('gives back the product it was made from, barcodes split on any spaces', () => {
    const form = formOfProduct(bread);
    expect(form.barcodes).toBe('4760001000011 4760001000028');
    const fields = Object.fromEntries(Object.entries(bread).filter(([key]) => key !== 'officeId'));
    expect(productOfForm({ ...form, barcodes: '  4760001000011\t 4760001000028 ', name: ' Çörək ağ ' })).toEqual({ fields });
  });

  it('an empty position is none; a new form is a piece at 18% VAT on a quick key', () => {
    const result = productOfForm({ ...emptyProductForm(), name: 'Su' });
    if (!('fields' in result)) throw new Error(`refused: ${result.problems.join(', ')}`);
    const { name, position, unit, vatRate, favourite, barcodes } = result.fields;
    expect({ name, position, unit, vatRate, favourite, barcodes }).toEqual({ name: 'Su', position: null, unit: 'piece', vatRate: 'vat18', favourite: true, barcodes: [] });
  });

  it('names each field the contract refuses, once', () => {
    expect(productOfForm({ ...emptyProductForm(), name: '   ', position: '2.5', price: -1 })).toEqual({ problems: ['name', 'price', 'position'] });
    expect(productOfForm({ ...emptyProductForm(), name: 'X', barcodes: 'a'.repeat(65) })).toEqual({ problems: ['barcodes'] });
    expect(productOfForm({ ...emptyProductForm(), name: 'X', code: 'c'.repeat(65), position: 'first' })).toEqual({ problems: ['code', 'position'] });
  });
});

describe('the catalogue search', () => {
  it('finds by a piece of the name in any case, the code, or a barcode’s digits', () => {
    expect(matchesSearch(bread, '')).toBe(true);
    expect(matchesSearch(bread, 'ÇÖRƏK')).toBe(true);
    expect(matchesSearch(bread, 'b-1')).toBe(true);
    expect(matchesSearch(bread, '000028')).toBe(true);
    expect(matchesSearch(bread, 'milk')).toBe(false);
  });
});
