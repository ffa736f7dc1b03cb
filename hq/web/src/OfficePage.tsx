import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Locale } from '../../../shared/locale';
import { ShopClock } from '../../../shared/shop-time';
import { DayPicker } from '../../../renderer/dashboard/DayPicker';
import { LanguageSwitch } from '../../../renderer/shell/LanguageSwitch';
import { DifferencesPanel } from './DifferencesPanel';
import { OfficeCallError } from './office-client';
import { rememberLocale, usePageFilter } from './page-state';
import { SalesPanel } from './SalesPanel';
import { SignIn } from './SignIn';
import { TillsPanel } from './TillsPanel';
import { useShops, useTills } from './use-office';
import { ZReportsPanel } from './ZReportsPanel';

/** The clock of "today" before the office has named a shop: the zone a new shop gets (hq/migrations/0002). */
const fallbackTimeZone = 'Asia/Baku';

const signedOut = (error: unknown) => error instanceof OfficeCallError && error.reason === 'signedOut';

/** Every till of every shop for the manager: who is online, the day's takings, Z reports and differences. */
export function OfficePage() {
  const { t, i18n } = useTranslation();
  const locale = Locale.catch('en').parse(i18n.language);
  const queryClient = useQueryClient();
  const [filter, setFilter] = usePageFilter();
  const shops = useShops();
  const tills = useTills(filter.shop);
  const shopList = useMemo(() => shops.data?.shops ?? [], [shops.data]);
  const zones = useMemo(() => new Map(shopList.map((s) => [s.shopId, s.timeZone])), [shopList]);
  const clockZone = zones.get(filter.shop ?? '') ?? shopList[0]?.timeZone ?? fallbackTimeZone;
  const clock = useMemo(() => new ShopClock(clockZone), [clockZone]);
  // "Today" moves on at the shop's midnight while the page stays open.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const today = clock.dateOf(now);
  const date = filter.date ?? today;
  const changeLocale = (next: Locale) => {
    rememberLocale(next);
    void i18n.changeLanguage(next);
  };

  return (
    <div className="office-page" data-testid="office-page">
      <header className="office-bar">
        <h1>{t('officePage.title')}</h1>
        <LanguageSwitch current={locale} onChange={changeLocale} />
      </header>
      {signedOut(shops.error) || signedOut(tills.error) ? (
        <SignIn onSignedIn={() => void queryClient.invalidateQueries()} />
      ) : (
        <main className="office-main">
          {shops.isError && (
            <p className="device-error" role="alert">
              {t('officePage.failed')}
            </p>
          )}
          <div className="dashboard-bar office-filter">
            <label>
              {t('officePage.shop')}{' '}
              <select className="touch" value={filter.shop ?? ''} onChange={(event) => setFilter({ shop: event.target.value || undefined, date: filter.date })} data-testid="shop-filter">
                <option value="">{t('officePage.allShops')}</option>
                {shopList.map((s) => (
                  <option key={s.shopId} value={s.shopId}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <span className="office-day" aria-label={t('officePage.day')}>
              <DayPicker day={date} today={today} locale={locale} onChange={(day) => setFilter({ shop: filter.shop, date: day === today ? undefined : day })} />
            </span>
          </div>
          <TillsPanel tills={tills} zones={zones} locale={locale} />
          {shops.data && (
            <>
              <SalesPanel shop={filter.shop} date={date} locale={locale} />
              <ZReportsPanel shop={filter.shop} date={date} zones={zones} locale={locale} />
              <DifferencesPanel shop={filter.shop} date={date} zones={zones} locale={locale} />
            </>
          )}
        </main>
      )}
    </div>
  );
}
