import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/date';
import type { CreditAccount } from '../../shared/flows/accounts';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { call, useKassaApi } from '../kassa-api';
import { AccountSearch } from './AccountSearch';
import { CreditPayDialog } from './CreditPayDialog';

/** A credit payment from the counter: find the contract among the open ones, then take the payment. */
export function CreditPayment({ currency, locale, onClose }: { currency: Currency; locale: Locale; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [account, setAccount] = useState<CreditAccount>();
  if (account) return <CreditPayDialog account={account} currency={currency} locale={locale} onClose={onClose} />;
  return (
    <AccountSearch<CreditAccount>
      title={t('flows.credit.findTitle')}
      channel="credit.accounts"
      search={(query) => call(api, 'credit.accounts', { query })}
      placeholder={t('flows.credit.search')}
      empty={t('flows.credit.none')}
      onPick={setAccount}
      onClose={onClose}
      row={(a) => (
        <>
          <strong>
            {a.contract} · {a.payer}
          </strong>
          <span className="muted">{t('flows.numberAt', { number: a.documentNumber, date: formatDateTime(new Date(a.createdAt), locale) })}</span>
          <span className="account-sum">{t('flows.credit.left', { amount: formatMoney(a.residue, currency, locale) })}</span>
        </>
      )}
    />
  );
}
