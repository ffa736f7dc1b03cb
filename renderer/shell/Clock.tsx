import { useEffect, useState } from 'react';
import { formatDateTime } from '../../shared/date';
import type { Locale } from '../../shared/locale';

export function Clock({ locale }: { locale: Locale }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return <time dateTime={now.toISOString()}>{formatDateTime(now, locale)}</time>;
}
