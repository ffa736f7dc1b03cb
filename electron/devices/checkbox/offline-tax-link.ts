/**
 * The tax service's check link for a receipt made offline, before the service has given one.
 * Its shape is read from the seed's offline receipt (003, `is_created_offline: true`):
 * `https://cabinet.tax.gov.ua/cashregs/check?id=<fiscal code>&date=YYYYMMDD&time=HH:MM:SS&fn=<register's
 * fiscal number>&mac=…`, date and time on Kyiv's clock. Two parts are our choice, not the seed's:
 * `sm` (the sum, as the lane asks and the cabinet's check form takes), and no `mac` (the hash of
 * the previous offline document, which only the service computes). The base is a parameter so a
 * changed address is a setting, not a release.
 */
export const defaultTaxCheckBase = 'https://cabinet.tax.gov.ua/cashregs/check';

export interface OfflineTaxLink {
  fiscalCode: string;
  /** The register's fiscal number (ФН ПРРО). */
  fiscalNumber: string;
  /** The offline fiscal date: the journal's commit time, ISO 8601. */
  at: string;
  /** What the customer pays, in kopecks (the rounded total). */
  sum: number;
}

const kyiv = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

export function offlineTaxUrl(link: OfflineTaxLink, base: string = defaultTaxCheckBase): string | undefined {
  const instant = new Date(link.at);
  if (Number.isNaN(instant.getTime())) return undefined;
  const part = Object.fromEntries(kyiv.formatToParts(instant).map((p) => [p.type, p.value]));
  const sum = `${Math.floor(Math.abs(link.sum) / 100)}.${String(Math.abs(link.sum) % 100).padStart(2, '0')}`;
  const query = new URLSearchParams({ id: link.fiscalCode, date: `${part.year}${part.month}${part.day}`, time: `${part.hour}:${part.minute}:${part.second}`, fn: link.fiscalNumber, sm: sum });
  return `${base}?${query.toString()}`;
}
