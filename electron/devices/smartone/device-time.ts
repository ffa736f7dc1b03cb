/**
 * SmartOne writes times as `yyyy-MM-dd HH:mm:ss` (reports `yyyy-MM-dd HH:mm`, or "" when absent)
 * on the device's clock, which in Azerbaijan is UTC+4 all year.
 */
const bakuOffsetMs = 4 * 3_600_000;
const pattern = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

export function formatDeviceTime(instant: Date): string {
  return new Date(instant.getTime() + bakuOffsetMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** `yyyy-MM-dd`, the report ranges' form, of the day the instant falls on in Baku. */
export function formatDeviceDate(instant: Date): string {
  return formatDeviceTime(instant).slice(0, 10);
}

/** An ISO instant, or undefined for an empty or unreadable time. */
export function parseDeviceTime(text: string | null | undefined): string | undefined {
  const match = text ? pattern.exec(text.trim()) : null;
  if (!match) return undefined;
  const [yyyy, mm, dd, hh, mi, ss] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  return new Date(Date.UTC(yyyy, mm - 1, dd, hh, mi, ss) - bakuOffsetMs).toISOString();
}
