import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceFeatures } from '../../shared/devices/device-features';
import type { DeviceView } from '../../shared/ipc/settings-channels';
import { call, useKassaApi } from '../kassa-api';
import { ErrorText } from '../ui/ErrorText';

/** Written out so each translation key can be found in the source. */
const featureKey = {
  cashDrawer: 'capabilities.features.cashDrawer',
  credit: 'capabilities.features.credit',
  rollBack: 'capabilities.features.rollBack',
  bonus: 'capabilities.features.bonus',
} as const satisfies Record<keyof DeviceFeatures, `capabilities.features.${keyof DeviceFeatures}`>;

/**
 * What the shop has of one device: each switch off takes its buttons off the counter and makes
 * the app refuse the call, so a shop without a drawer never sees one that can only fail.
 */
export function DeviceFeaturesForm({ device, onSaved }: { device: DeviceView; onSaved: () => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const [features, setFeatures] = useState(device.features);
  const save = useMutation({ mutationFn: () => call(api, 'devices.setFeatures', { id: device.id, features }), onSuccess: onSaved });
  return (
    <section className="device-form" aria-label={t('capabilities.features.title', { device: device.name })} data-testid="device-features">
      <h3>{t('capabilities.features.title', { device: device.training ? t('settings.trainingDevice') : device.name })}</h3>
      <p className="hint">{t('capabilities.features.explain')}</p>
      <div className="fields">
        {(Object.keys(featureKey) as (keyof DeviceFeatures)[]).map((feature) => (
          <label className="checkbox" key={feature}>
            <input
              type="checkbox"
              checked={features[feature]}
              onChange={(e) => setFeatures({ ...features, [feature]: e.target.checked })}
              data-testid={`feature-${feature}`}
            />
            {t(featureKey[feature])}
          </label>
        ))}
      </div>
      <ErrorText error={save.error} />
      {save.isSuccess && <p role="status">{t('capabilities.features.saved')}</p>}
      <div className="dialog-actions">
        <button type="button" className="touch primary" onClick={() => save.mutate()} disabled={save.isPending} data-testid="features-save">
          {t('capabilities.features.save')}
        </button>
      </div>
    </section>
  );
}
