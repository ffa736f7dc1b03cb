import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/locale';
import { formatMoney, type Currency } from '../../../shared/money';
import { isMoneyFigure } from '../../../shared/reports/report-rows';
import { figureLabel } from '../../../shared/reports/report-tables';
import { formatShopTime } from './format-time';
import { Loading } from './Loading';
import { useDifferences } from './use-office';

/** What the tills found between their journals and their devices on the day, and the pushes the office refused. */
export function DifferencesPanel({ shop, date, zones, locale }: { shop: string | undefined; date: string; zones: ReadonlyMap<string, string>; locale: Locale }) {
  const { t } = useTranslation();
  const differences = useDifferences(shop, date);
  const data = differences.data;
  const money = (amount: number | null, currency: Currency) => (amount === null ? '—' : formatMoney(amount, currency, locale));
  const nothing = data && data.mismatches.length === 0 && data.zReports.length === 0 && data.conflictCount === 0;
  return (
    <section className="panel office-panel" aria-labelledby="differences-title" data-testid="office-differences">
      <h2 id="differences-title">{t('officePage.differences.title')}</h2>
      {!data ? (
        <Loading failed={differences.isError} />
      ) : nothing ? (
        <p className="muted">{t('officePage.differences.none')}</p>
      ) : (
        <ul className="office-differences">
          {data.mismatches.map((m) => (
            <li key={m.documentUuid} data-testid="difference">
              <strong>
                {m.tillName} ({m.shopName}), {formatShopTime(m.at, zones.get(m.shopId) ?? 'UTC', locale)}:
              </strong>{' '}
              {m.totalDiffers
                ? t('officePage.differences.mismatch', { journal: money(m.documentTotal, m.currency), device: money(m.deviceTotal, m.currency) })
                : t('officePage.differences.mismatchSame')}
            </li>
          ))}
          {data.zReports.flatMap((z) =>
            z.differing.map((row) => {
              const value = (n: number | null) => (n === null ? '—' : isMoneyFigure(row.figure) ? money(n, z.currency) : String(n));
              return (
                <li key={`${z.documentUuid} ${row.section} ${row.figure} ${row.vatPercent ?? ''}`} data-testid="difference">
                  <strong>
                    {z.tillName} ({z.shopName}):
                  </strong>{' '}
                  {t('officePage.differences.zReport', { number: z.reportNumber, figure: figureLabel(t, row), journal: value(row.journal), device: value(row.device) })}
                </li>
              );
            }),
          )}
          {data.conflictCount > 0 && (
            <li data-testid="push-conflicts">
              <strong>{t('officePage.differences.conflicts', { count: data.conflictCount })}</strong>
              <ul>
                {data.conflicts.map((c) => (
                  <li key={c.id}>
                    {c.tillName} ({c.shopName}): {t('officePage.differences.conflict', { kind: c.itemType, identity: c.identity, at: formatShopTime(c.at, zones.get(c.shopId) ?? 'UTC', locale) })}
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
