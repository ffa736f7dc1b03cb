import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { HourFigures } from '../../shared/ipc/dashboard-channels';
import type { Locale } from '../../shared/locale';
import { formatMoney, formatMoneyBrief, type Currency } from '../../shared/money';
import { nextHour } from '../../shared/shop-time';
import { chartColors } from './chart-colors';
import { ValuesToggle } from './ValuesToggle';

const clockHour = (hour: string) => `${hour.slice(11, 13)}:00`;

/** Net sales per hour as bars (an hour of refunds only goes below zero), and the same as a table. */
export function HourlySales({ hours, currency, locale }: { hours: HourFigures[]; currency: Currency; locale: Locale }) {
  const { t } = useTranslation();
  const [table, setTable] = useState(false);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const brief = (amount: number) => formatMoneyBrief(amount, currency, locale);
  // Two stacked series so a loss is drawn in its own colour below the axis.
  const data = hours.map((h) => ({ label: clockHour(h.hour), gain: Math.max(h.net, 0), loss: Math.min(h.net, 0) }));
  const widest = Math.max(...hours.map((h) => brief(h.net).length), 4);
  return (
    <figure className="panel hourly" aria-labelledby="hours-title" data-testid="hourly-sales">
      <div className="panel-head">
        <h2 id="hours-title">{t('dashboard.hours.title')}</h2>
        <ValuesToggle table={table} onChange={setTable} testId="hours-as-table" />
      </div>
      {!table && (
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke={chartColors.grid} />
              <XAxis dataKey="label" tick={{ fontSize: 14, fill: chartColors.axis }} interval="preserveStartEnd" minTickGap={4} />
              <YAxis tickFormatter={brief} width={widest * 9 + 12} tick={{ fontSize: 14, fill: chartColors.axis }} />
              <ReferenceLine y={0} stroke={chartColors.axis} />
              <Bar dataKey="gain" stackId="net" fill={chartColors.sales} maxBarSize={64} isAnimationActive={false} />
              <Bar dataKey="loss" stackId="net" fill={chartColors.refunds} maxBarSize={64} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <div className={table ? 'values' : 'visually-hidden'}>
        <table className="figures" data-testid="hours-table">
          <caption className="visually-hidden">{t('dashboard.hours.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.hours.hour')}</th>
              <th scope="col">{t('dashboard.hours.receipts')}</th>
              <th scope="col">{t('dashboard.hours.sales')}</th>
              <th scope="col">{t('dashboard.hours.refunds')}</th>
              <th scope="col">{t('dashboard.hours.net')}</th>
            </tr>
          </thead>
          <tbody>
            {hours.map((h) => (
              <tr key={h.hour}>
                <th scope="row">
                  {clockHour(h.hour)}–{clockHour(nextHour(h.hour))}
                </th>
                <td>{h.receipts}</td>
                <td>{money(h.sales)}</td>
                <td>{money(h.refunds)}</td>
                <td>{money(h.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
