import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import type { Currency } from '../../shared/money';
import { ImportPanel } from './ImportPanel';
import { ProductList } from './ProductList';
import { QuickKeyPages } from './QuickKeyPages';

type Tab = 'products' | 'quickKeys' | 'import';

const tabKey = { products: 'products.tabs.products', quickKeys: 'products.tabs.quickKeys', import: 'products.tabs.import' } as const satisfies Record<Tab, `products.tabs.${Tab}`>;

/** The shop's products managed in the app: the list and its editor, the quick-key pages, and CSV files in and out. */
export function CatalogueScreen({ currency, locale }: { currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('products');
  return (
    <section className="catalogue-screen">
      <div className="segmented" role="tablist">
        {(['products', 'quickKeys', 'import'] as const).map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'touch selected' : 'touch'} onClick={() => setTab(key)} data-testid={`catalogue-tab-${key}`}>
            {t(tabKey[key])}
          </button>
        ))}
      </div>
      {tab === 'products' && <ProductList currency={currency} locale={locale} />}
      {tab === 'quickKeys' && <QuickKeyPages />}
      {tab === 'import' && <ImportPanel currency={currency} locale={locale} />}
    </section>
  );
}
