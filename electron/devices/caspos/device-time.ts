/**
 * The device writes times as dd.MM.yyyy HH:mm:ss. Fields named ...AtUtc are UTC; the others
 * (shift_open_time, last_online_time) are the device's clock, which in Azerbaijan is UTC+4
 * all year (no daylight saving since 2016).
 */
const pattern = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;
const bakuOffsetMinutes = 4 * 60;

export function parseDeviceTime(text: string | undefined, zone: 'utc' | 'device'): string | undefined {
  const match = text ? pattern.exec(text) : null;
  if (!match) return undefined;
  const [, dd, mm, yyyy, hh, mi, ss] = match.map(Number) as [number, number, number, number, number, number, number];
  const utc = Date.UTC(yyyy, mm - 1, dd, hh, mi, ss) - (zone === 'device' ? bakuOffsetMinutes * 60_000 : 0);
  return new Date(utc).toISOString();
}

export function formatDeviceTime(instant: Date, zone: 'utc' | 'device'): string {
  const shifted = new Date(instant.getTime() + (zone === 'device' ? bakuOffsetMinutes * 60_000 : 0));
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(shifted.getUTCDate())}.${two(shifted.getUTCMonth() + 1)}.${shifted.getUTCFullYear()} ` +
    `${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}:${two(shifted.getUTCSeconds())}`
  );
}
