import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/catalog';
import type { JournalDocumentView } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { lineGross } from '../../shared/fiscal/receipt-math';
import { appErrorText } from '../ui/app-error-text';
import { call, KassaCallError, useKassaApi } from '../kassa-api';
import { PrepaymentDialog } from '../flows/PrepaymentDialog';
import { useDeviceInfo } from '../queries/use-device-info';
import { useShiftStatus } from '../queries/use-shift';
import { useScannerGap } from '../queries/use-shop-settings';
import { useScanner } from '../scanner/use-scanner';
import { alertSound } from '../ui/alert-sound';
import { useSession } from '../session-store';
import { shiftClock } from '../shift/shift-time';
import { Keypad } from '../ui/Keypad';
import { unitSymbolOf } from '../format-quantity';
import { CartPanel, CartTotals, type CartAction } from './CartPanel';
import { useCart } from './cart-store';
import { cartView, paidView } from '../customer/customer-view';
import { useCustomerFeed } from '../customer/use-customer-feed';
import { Favourites } from './Favourites';
import { MarkingCodeDialog } from './MarkingCodeDialog';
import { DiscountDialog } from './DiscountDialog';
import { ParkedDialog } from './ParkedDialog';
import { PaymentDialog } from './PaymentDialog';
import { receiptLines } from './receipt';
import { ProductSearch } from './ProductSearch';
import { receiptTotals } from './receipt';
import { ResultDialog } from './ResultDialog';

type Overlay =
  | { kind: 'none' }
  | { kind: 'quantity'; key: string; decimals: number }
  | { kind: 'discount'; key: string }
  | { kind: 'receiptDiscount' }
  | { kind: 'marking'; key: string; needed: number }
  | { kind: 'payment' }
  | { kind: 'advance' }
  | { kind: 'parked' }
  | { kind: 'result'; document: JournalDocumentView };

const shortcuts: Record<string, CartAction> = { F4: 'quantity', F5: 'discount', F6: 'receiptDiscount', Delete: 'remove', F8: 'clear', F12: 'pay' };

/** The counter: find or scan products, build the receipt, take payment, hand over the receipt. */
export function SaleScreen({ currency, locale, onNeedShift }: { currency: Currency; locale: Locale; onNeedShift: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const cart = useCart();
  const cleared = useCart((s) => s.cleared);
  const cashierName = useSession((s) => s.cashierName);
  const shift = useShiftStatus();
  const scannerGap = useScannerGap();
  const info = useDeviceInfo();
  const [overlay, setOverlay] = useState<Overlay>({ kind: 'none' });
  const [notice, setNotice] = useState<string>();
  const canSell = shift.data?.open === true && (!shift.data.openedAt || shiftClock(shift.data.openedAt, new Date()).state !== 'expired');

  const addProduct = useCallback(
    (product: Product, options?: { quantity?: number; price?: number }) => {
      setNotice(undefined);
      performance.mark('cart-add');
      useCart.getState().add(product, options);
      const key = useCart.getState().selectedKey;
      if (product.markingRequired && key) setOverlay({ kind: 'marking', key, needed: 1 });
      else if (product.unit !== 'piece' && options?.quantity === undefined && key) setOverlay({ kind: 'quantity', key, decimals: 3 });
      // The frame after the next animation frame has painted the new line.
      requestAnimationFrame(() => setTimeout(() => performance.mark('scan-painted'), 0));
    },
    [],
  );

  const addScanned = useCallback(
    async (code: string) => {
      const scan = await call(api, 'catalog.scan', { barcode: code });
      if (scan.product) {
        addProduct(scan.product, { quantity: scan.quantity, price: scan.price });
        return;
      }
      setNotice(t('sale.unknownBarcode', { code }));
      alertSound();
    },
    [addProduct, api, t],
  );

  // Scans that came while a dialog was open, added in their order once it closes: a scan is
  // never dropped, and never lands in the middle of a payment.
  const [queued, setQueued] = useState<string[]>([]);
  const [saleRound, setSaleRound] = useState(0);
  const nextSale = () => {
    useCart.getState().clear();
    setSaleRound((round) => round + 1);
  };
  const close = () => {
    setOverlay({ kind: 'none' });
    if (queued.length === 0) return;
    setQueued([]);
    void (async () => {
      for (const code of queued) await addScanned(code);
    })();
  };

  useScanner((code) => {
    if (overlay.kind === 'marking') {
      const line = useCart.getState().lines.find((l) => l.key === overlay.key);
      if (line) useCart.getState().setMarkingCodes(line.key, [...line.markingCodes, code]);
      close();
      return;
    }
    if (overlay.kind === 'result') {
      nextSale();
      close();
    } else if (overlay.kind !== 'none') {
      setQueued((codes) => [...codes, code]);
      return;
    }
    void addScanned(code);
  }, scannerGap);

  const act = useCallback(
    (action: CartAction) => {
      const { lines, selectedKey } = useCart.getState();
      const selected = lines.find((l) => l.key === selectedKey);
      switch (action) {
        case 'quantity':
          if (selected) setOverlay({ kind: 'quantity', key: selected.key, decimals: selected.product.unit === 'piece' ? 0 : 3 });
          return;
        case 'discount':
          if (selected) setOverlay({ kind: 'discount', key: selected.key });
          return;
        case 'receiptDiscount':
          if (lines.length > 0) setOverlay({ kind: 'receiptDiscount' });
          return;
        case 'remove':
          if (selected) useCart.getState().remove(selected.key);
          return;
        case 'clear':
          // Clearing a cart with goods is privileged: the main process asks for approval and records it.
          if (lines.length > 0) {
            const { total } = receiptTotals(lines, useCart.getState().receiptDiscount);
            call(api, 'cart.clear', { lines: lines.length, total }).then(
              () => useCart.getState().clearByHand(),
              (error: unknown) => setNotice(error instanceof KassaCallError ? appErrorText(t, error.error) : String(error)),
            );
          }
          return;
        case 'park':
          useCart.getState().park();
          return;
        case 'parked':
          setOverlay({ kind: 'parked' });
          return;
        case 'pay':
        case 'advance':
          if (!canSell) onNeedShift();
          else if (lines.length > 0) setOverlay({ kind: action === 'pay' ? 'payment' : 'advance' });
          return;
      }
    },
    [api, canSell, onNeedShift, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcuts[event.key];
      if (!action || overlay.kind !== 'none' || event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, overlay.kind]);

  // The customer's display follows the cart, and shows the change once the sale is paid.
  const paidSale = overlay.kind === 'result' && overlay.document.document.kind === 'sale' ? overlay.document : undefined;
  useCustomerFeed(
    paidSale && paidSale.document.kind === 'sale'
      ? paidView(paidSale.document, paidSale.total ?? 0, currency)
      : cartView(cart.lines, cart.receiptDiscount, currency),
  );

  const selectedLine = overlay.kind === 'quantity' || overlay.kind === 'discount' ? cart.lines.find((l) => l.key === overlay.key) : undefined;

  return (
    <div className="sale">
      <CartPanel currency={currency} locale={locale} onAction={act} />
      <div className="catalogue-side">
        {/* A new receipt starts with an empty search: the last customer's text and results go with the sale. */}
        <ProductSearch key={saleRound} onPick={(p) => addProduct(p)} currency={currency} locale={locale} />
        {cleared && (
          <p className="notice undo" role="status">
            {t('sale.cleared', { count: cleared.lines.length })}{' '}
            <button type="button" className="touch" onClick={() => useCart.getState().undoClear()} data-testid="undo-clear">
              {t('sale.undoClear')}
            </button>
          </p>
        )}
        {notice && (
          <p className="notice" role="alert" data-testid="notice">
            {notice}
          </p>
        )}
        <Favourites onPick={(p) => addProduct(p)} currency={currency} locale={locale} />
        <CartTotals currency={currency} locale={locale} onAction={act} />
      </div>
      {overlay.kind === 'quantity' && selectedLine && (
        <Keypad
          // The weighed product is named, and the unit stands beside the value: "1,25 kq" of what.
          title={`${overlay.decimals === 3 ? t('sale.weight') : t('sale.quantity')}: ${selectedLine.product.name}`}
          unit={unitSymbolOf(selectedLine.product.unit, locale)}
          decimals={overlay.decimals}
          onClose={close}
          onDone={(value) => {
            const thousandths = overlay.decimals === 3 ? value : value * 1000;
            if (thousandths > 0) useCart.getState().setQuantity(overlay.key, thousandths);
            close();
          }}
        />
      )}
      {overlay.kind === 'discount' && selectedLine && (
        <DiscountDialog
          title={t('sale.lineDiscount')}
          base={lineGross(selectedLine.price, selectedLine.quantity)}
          current={selectedLine.discount}
          currency={currency}
          locale={locale}
          onClose={close}
          onDone={(discount) => {
            useCart.getState().setLineDiscount(overlay.key, discount);
            close();
          }}
        />
      )}
      {overlay.kind === 'receiptDiscount' && (
        <DiscountDialog
          title={t('sale.receiptDiscount')}
          base={receiptTotals(cart.lines, 0).total}
          current={cart.receiptDiscount}
          currency={currency}
          locale={locale}
          onClose={close}
          onDone={(discount) => {
            useCart.getState().setReceiptDiscount(discount);
            close();
          }}
        />
      )}
      {overlay.kind === 'marking' && <MarkingCodeDialog onClose={close} />}
      {overlay.kind === 'parked' && <ParkedDialog currency={currency} locale={locale} onClose={close} />}
      {overlay.kind === 'payment' && (
        <PaymentDialog cashierName={cashierName} currency={currency} locale={locale} onClose={close} onDone={(document) => setOverlay({ kind: 'result', document })} />
      )}
      {overlay.kind === 'advance' && (
        <PrepaymentDialog lines={receiptLines(cart.lines, cart.receiptDiscount)} currency={currency} locale={locale} onClose={close} onDone={() => useCart.getState().clear()} />
      )}
      {queued.length > 0 && (
        <p className="scan-queued" role="status" data-testid="scan-queued">
          {t('sale.scanQueued', { count: queued.length, code: queued.at(-1) })}
        </p>
      )}
      {overlay.kind === 'result' && (
        <ResultDialog
          document={overlay.document}
          qrCodeUrl={info.data?.qrCodeUrl}
          currency={currency}
          locale={locale}
          onNext={() => {
            nextSale();
            close();
          }}
        />
      )}
    </div>
  );
}
