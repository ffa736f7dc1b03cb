import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../shared/i18n/create-i18n';
import { KassaApiProvider } from './kassa-api';
import { Root } from './shell/Root';
import { pickTransport } from './transport/pick-transport';
import './fonts';
import './styles.css';

const i18n = createI18n();

// Calls go to the main process on this machine; a failure is an answer to show, not to retry.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <KassaApiProvider api={pickTransport()}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <Root />
        </QueryClientProvider>
      </I18nextProvider>
    </KassaApiProvider>
  </StrictMode>,
);
