import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

/**
 * Finds an open credit or advance in the journal as the cashier types (contract, payer, client,
 * number or fiscal id), newest first, and hands the chosen one on.
 */
export function AccountSearch<A extends { uuid: string }>(props: {
  title: string;
  /** The query's key: the channel, so a document sent elsewhere refreshes the list. */
  channel: 'credit.accounts' | 'advance.accounts';
  search: (query: string | undefined) => Promise<A[]>;
  placeholder: string;
  empty: string;
  row: (account: A) => ReactNode;
  onPick: (account: A) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { search } = props;
  const accounts = useQuery({
    queryKey: [props.channel, query],
    queryFn: () => search(query.trim() || undefined),
    placeholderData: (previous) => previous,
  });
  return (
    <Dialog title={props.title} onClose={props.onClose} wide>
      <input
        type="search"
        className="search-box"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={props.placeholder}
        aria-label={props.placeholder}
        maxLength={64}
        autoFocus
        data-testid="account-search"
      />
      {accounts.data?.length === 0 && <p className="muted">{props.empty}</p>}
      <ul className="account-list" data-testid="account-list">
        {accounts.data?.map((account) => (
          <li key={account.uuid}>
            <button type="button" className="touch account" onClick={() => props.onPick(account)}>
              {props.row(account)}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="touch" onClick={props.onClose}>
          {t('keypad.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
