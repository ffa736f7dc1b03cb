import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../shared/ipc/contract';
import type { EventPayload } from '../../shared/ipc/events';
import { call, useKassaApi } from '../kassa-api';
import { useAppInfo } from '../queries/use-app-info';
import { ErrorText } from '../ui/ErrorText';
import type { DeviceFormStart } from './DeviceForm';

export type FoundDevice = ChannelOutput<'device.discover'>[number];

/** The settings form of a found device: its kind, its name on the device, and what its driver suggests. */
export function formOfFound(found: FoundDevice): DeviceFormStart {
  return { kind: found.kind, name: found.info.objectName ?? found.info.model, settings: found.settings ?? {} };
}

/**
 * "Scan network": the desktop app scans the PC's own networks; the web host (tests, demos) a
 * loopback range, which it is the only kind it accepts.
 */
export function DeviceDiscovery({ onPick }: { onPick: (device: FoundDevice) => void }) {
  const { t } = useTranslation();
  const api = useKassaApi();
  const host = useAppInfo().data?.host;
  const [range, setRange] = useState('127.0.0.0/24');
  const [progress, setProgress] = useState<EventPayload<'discovery.progress'>>();
  const scan = useMutation({
    mutationFn: () => call(api, 'device.discover', host === 'web' ? { ranges: [range.trim()] } : {}),
  });
  useEffect(() => api.subscribe('discovery.progress', setProgress), [api]);
  return (
    <section className="discovery" aria-label={t('setup.scanTitle')}>
      <div className="form-row">
        {host === 'web' ? (
          <label>
            {t('setup.range')}
            <input value={range} onChange={(e) => setRange(e.target.value)} maxLength={20} data-testid="scan-range" />
          </label>
        ) : (
          <p>{t('setup.scanOwnNetworks')}</p>
        )}
        <button type="button" className="touch primary" disabled={scan.isPending || !host} onClick={() => scan.mutate()} data-testid="scan-network">
          {t('setup.scan')}
        </button>
      </div>
      {scan.isPending && progress && (
        <progress max={progress.total} value={progress.scanned} aria-label={t('setup.scanning', { scanned: progress.scanned, total: progress.total })} />
      )}
      <ErrorText error={scan.error} />
      {scan.data?.length === 0 && <p role="status">{t('setup.noneFound')}</p>}
      <ul className="found-devices">
        {scan.data?.map((device) => (
          <li key={device.url}>
            <button type="button" className="touch found-device" onClick={() => onPick(device)} data-testid={`found-${device.host}`}>
              <strong>
                {device.info.model ?? '?'} · {device.host}
              </strong>
              <span>{t('setup.factoryNumber', { number: device.info.cashboxFactoryNumber ?? '?' })}</span>
              <span>
                {device.info.companyName ?? ''} · {device.info.objectName ?? ''}
              </span>
              <span>{t('setup.taxNumbers', { company: device.info.companyTaxNumber ?? '?', object: device.info.objectTaxNumber ?? '?' })}</span>
              <span>{t('setup.appVersion', { version: device.info.applicationVersion ?? '?', state: device.info.state ?? '?' })}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
