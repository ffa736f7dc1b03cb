import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOf } from '../../shared/device';
import { localeNames } from '../../shared/i18n/resources';
import { Locale, locales } from '../../shared/locale';
import { ShopSettings } from '../../shared/settings';
import { useDeviceStatus } from '../queries/use-device-status';
import { call, useKassaApi } from '../kassa-api';
import { useAppInfo } from '../queries/use-app-info';
import { shopSettingsKey, useShopSettings } from '../queries/use-shop-settings';
import { ErrorText } from '../ui/ErrorText';

/** The shop's settings as a form; the main process checks every value again. */
export function ShopPanel() {
  const settings = useShopSettings();
  return settings.data ? <ShopForm initial={settings.data} /> : <ErrorText error={settings.error} />;
}

function ShopForm({ initial }: { initial: ShopSettings }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const client = useQueryClient();
  const electron = useAppInfo().data?.host === 'electron';
  const [form, setForm] = useState(initial);
  const currencySign = currencyOf(useDeviceStatus().data?.kind ?? 'caspos');
  const save = useMutation({ mutationFn: () => call(api, 'settings.update', form), onSuccess: (value) => client.setQueryData(shopSettingsKey, value) });
  const number = (key: 'answerTimeoutSeconds' | 'idleLockMinutes' | 'scannerBurstGapMs' | 'backupDays', min: number, max: number) => (
    <input type="number" min={min} max={max} value={form[key]} onChange={(e) => setForm({ ...form, [key]: Number(e.target.value) })} data-testid={`setting-${key}`} />
  );
  const valid = ShopSettings.safeParse(form).success;
  return (
    <form
      className="settings-panel fields"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) save.mutate();
      }}
    >
      <label>
        {t('settings.receiptNote')}
        <input value={form.receiptNote} onChange={(e) => setForm({ ...form, receiptNote: e.target.value })} maxLength={200} data-testid="setting-receiptNote" />
      </label>
      <label>
        {t('settings.answerTimeout')}
        {number('answerTimeoutSeconds', 10, 300)}
      </label>
      <label>
        {t('settings.idleLock')}
        {number('idleLockMinutes', 0, 240)}
      </label>
      <label>
        {t('settings.scannerGap')}
        {number('scannerBurstGapMs', 10, 200)}
      </label>
      <label>
        {t('startup.backups.keep')}
        {number('backupDays', 1, 365)}
      </label>
      <label>
        {t('till.settings.discountCap')}
        <input
          type="number"
          min={0}
          max={100}
          value={form.cashierDiscountCapPercent}
          onChange={(e) => setForm({ ...form, cashierDiscountCapPercent: Number(e.target.value) })}
          data-testid="setting-cashierDiscountCapPercent"
        />
      </label>
      <label>
        {t('till.settings.cashConfirmAbove', { currency: currencySign })}
        {/* Whole units on screen (a limit needs no qəpik); minor units in the setting. */}
        <input
          type="number"
          min={0}
          step={1}
          value={Math.floor(form.cashConfirmAbove / 100)}
          onChange={(e) => setForm({ ...form, cashConfirmAbove: Math.round(Number(e.target.value)) * 100 })}
          data-testid="setting-cashConfirmAbove"
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.kiosk} onChange={(e) => setForm({ ...form, kiosk: e.target.checked })} />
        {t('settings.kiosk')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.autoStart} onChange={(e) => setForm({ ...form, autoStart: e.target.checked })} />
        {t('settings.autoStart')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.autoUpdate} onChange={(e) => setForm({ ...form, autoUpdate: e.target.checked })} data-testid="setting-autoUpdate" />
        {t('settings.autoUpdate')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.customerDisplay} onChange={(e) => setForm({ ...form, customerDisplay: e.target.checked })} data-testid="setting-customerDisplay" />
        {t('customer.window')}
      </label>
      {!electron && <p className="hint">{t('settings.desktopOnly')}</p>}
      <label>
        {t('customer.language')}
        <select value={form.customerLocale} onChange={(e) => setForm({ ...form, customerLocale: Locale.parse(e.target.value) })} data-testid="setting-customerLocale">
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeNames[locale]}
            </option>
          ))}
        </select>
      </label>
      {!electron && <p className="hint">{t('customer.address')}</p>}
      {!valid && (
        <p className="device-error" role="alert">
          {t('settings.outOfRange')}
        </p>
      )}
      <ErrorText error={save.error} />
      {save.isSuccess && <p role="status">{t('settings.saved')}</p>}
      <button type="submit" className="touch primary" disabled={!valid || save.isPending} data-testid="settings-save">
        {t('settings.save')}
      </button>
    </form>
  );
}
