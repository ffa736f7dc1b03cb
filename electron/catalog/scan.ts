import type { Product, ScanResult } from '../../shared/catalog';
import type { ProductQueries } from './product-queries';
import { decodeWeighted, type WeightedBarcodeSettings, type WeightedCode } from './weighted-barcode';

/**
 * What a scanned barcode sells. A barcode the catalogue holds wins, even in the weighted range:
 * a shop may sell a pre-packed item whose printed code starts with 2. Otherwise a scale's label
 * is read for its item and its weight or price.
 */
export function scanBarcode(queries: ProductQueries, settings: WeightedBarcodeSettings, barcode: string): ScanResult {
  const exact = queries.sellableByBarcode(barcode);
  if (exact) return { product: exact };
  const weighed = decodeWeighted(barcode, settings);
  const product = weighed && weighedProduct(queries, weighed);
  if (!weighed || !product) return { product: null };
  switch (settings.mode) {
    case 'weight':
      return { product, quantity: weighed.value };
    case 'price':
      return { product, price: weighed.value };
  }
}

/**
 * The product a scale's label names: by "2PIIIII" among the barcodes (specific to one prefix),
 * else by the code "IIIII", else by that code without its leading zeros, since shops type
 * a scale's PLU 42 as "42" at least as often as "00042".
 */
function weighedProduct(queries: ProductQueries, weighed: WeightedCode): Product | undefined {
  const unpadded = weighed.itemCode.replace(/^0+(?=\d)/, '');
  return (
    queries.sellableByBarcode(weighed.itemBarcode) ??
    queries.sellableByCode(weighed.itemCode) ??
    (unpadded === weighed.itemCode ? undefined : queries.sellableByCode(unpadded))
  );
}
