import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../shared/i18n/create-i18n';
import { CustomerDisplay } from './customer/CustomerDisplay';
import { KassaApiProvider } from './kassa-api';
import { Root } from './shell/Root';
import { pickTransport } from './transport/pick-transport';
import './fonts';
import './styles.css';

const i18n = createI18n();

/**
 * The same bundle is the customer-facing display when opened at #customer (Electron's second
 * window, or a second browser page on the web host): one address rule that works in both hosts.
 */
const customerDisplay = window.location.hash === '#customer';

// Calls go to the main process on this machine; a failure is an answer to show, not to retry.
// An answer reaches its components in the same task (a microtask), not a timer later: at the counter
// that timer stood between a search's answer and its painted rows (bench/counter.bench.ts).
notifyManager.setScheduler(queueMicrotask);
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <KassaApiProvider api={pickTransport()}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          {customerDisplay ? <CustomerDisplay /> : <Root />}
        </QueryClientProvider>
      </I18nextProvider>
    </KassaApiProvider>
  </StrictMode>,
);
