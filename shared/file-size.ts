import { formatLocale, type Locale } from './locale';

/**
 * "48,4 kB", "4,2 MB" (1 kB = 1024 bytes, as Windows Explorer counts). Never in bytes: Intl
 * names a byte in German for `az` (formatted through de-DE), and no file shown is that small.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(formatLocale[locale], {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / (megabytes ? 1024 * 1024 : 1024));
}
