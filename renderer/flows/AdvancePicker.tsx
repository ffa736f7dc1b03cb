import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import type { AdvanceAccount } from '../../shared/flows/accounts';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';
import { AccountSearch } from './AccountSearch';
import { vatRateKey } from '../../shared/i18n/vat-keys';

/** The advance that pays part of a sale, chosen among those with a balance left in the journal. */
export function AdvancePicker({ currency, locale, onPick, onClose }: { currency: Currency; locale: Locale; onPick: (advance: AdvanceAccount) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  return (
    <AccountSearch<AdvanceAccount>
      title={t('flows.advance.pickTitle')}
      channel="advance.accounts"
      search={(query) => call(api, 'advance.accounts', { query })}
      placeholder={t('flows.advance.search')}
      empty={t('flows.advance.none')}
      onPick={onPick}
      onClose={onClose}
      row={(a) => (
        <>
          <strong>
            {t('flows.numberAt', { number: a.documentNumber, date: formatDateTime(new Date(a.createdAt), locale) })}
            {a.clientName ? ` · ${a.clientName}` : ''}
          </strong>
          <span className="muted">
            {t(vatRateKey[a.vatRate])}
            {a.lines?.length ? ` · ${a.lines.map((line) => line.name).join(', ')}` : ''}
          </span>
          <span className="account-sum">{t('flows.advance.left', { amount: formatMoney(a.balance, currency, locale) })}</span>
        </>
      )}
    />
  );
}
