import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { OfficePage } from './OfficePage';
import { initialLocale } from './page-state';
import '../../../renderer/fonts';
import '../../../renderer/styles.css';
import './office.css';

const i18n = createI18n(initialLocale());

// The office is across the network: a failed read is tried again on the next refresh, not at once.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <OfficePage />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
