import { documentCredentials, type DeviceRegistry } from '../devices/device-registry';

/**
 * `--device-url http://user:password@host:5544`: that Caspos device is added (or updated) and
 * made active. Without user info it logs in as real clients do in the integration mode.
 */
export function registerDeviceUrl(devices: DeviceRegistry, deviceUrl: string): string {
  const url = new URL(deviceUrl);
  const username = url.username ? decodeURIComponent(url.username) : documentCredentials.username;
  const password = url.password ? decodeURIComponent(url.password) : documentCredentials.password;
  url.username = '';
  url.password = '';
  const row = devices.save({ kind: 'caspos', name: 'Caspos Mobile', url: url.toString(), config: { url: url.toString(), username, auth: 'integration' }, secrets: { password } });
  return row.id;
}
