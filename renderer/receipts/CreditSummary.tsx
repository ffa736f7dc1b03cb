import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { formatMoney, type Currency } from '../../shared/money';
import { CreditPayDialog } from '../flows/CreditPayDialog';
import { call, useKassaApi } from '../kassa-api';
import { useCan } from '../queries/use-can';
import { Facts } from '../ui/Facts';

/** A credit sale's contract and what is still owed on it, and the way to take a payment towards it. */
export function CreditSummary({ uuid, currency, locale }: { uuid: string; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [paying, setPaying] = useState(false);
  const able = useCan();
  const account = useQuery({ queryKey: ['credit.account', uuid], queryFn: () => call(api, 'credit.account', { uuid }) });
  if (!account.data) return null;
  const a = account.data;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <section className="credit-summary" data-testid="credit-summary">
      <Facts
        rows={[
          [t('flows.credit.contract'), a.contract],
          [t('flows.credit.payer'), a.payer],
          [t('flows.credit.onCredit'), money(a.credit)],
          [t('flows.credit.residue'), a.residue > 0 ? money(a.residue) : t('flows.credit.paidOff')],
        ]}
      />
      {a.residue > 0 && able('document.creditPay') && (
        <button type="button" className="touch" onClick={() => setPaying(true)} data-testid="credit-pay">
          {t('flows.credit.payOpen')}
        </button>
      )}
      {paying && <CreditPayDialog account={a} currency={currency} locale={locale} onClose={() => setPaying(false)} />}
    </section>
  );
}
