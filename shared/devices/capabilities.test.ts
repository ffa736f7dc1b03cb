import { describe, expect, expectTypeOf, it } from 'vitest';
import type { FiscalDocument, Tender } from '../fiscal/documents';
import { DeviceCapabilities, DocumentKind, supportsKind, type TenderKind } from './capabilities';
import { casposCapabilities } from './caspos/capabilities';

describe('device capabilities', () => {
  it('name exactly the document kinds and tenders of the fiscal documents', () => {
    expectTypeOf<DocumentKind>().toEqualTypeOf<FiscalDocument['kind']>();
    expectTypeOf<TenderKind>().toEqualTypeOf<Tender>();
  });

  it('of Caspos parse and support every kind', () => {
    const capabilities = DeviceCapabilities.parse(casposCapabilities);
    for (const kind of DocumentKind.options) expect(supportsKind(capabilities, kind)).toBe(true);
  });
});
