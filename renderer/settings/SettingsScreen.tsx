import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/locale';
import { AuditPanel } from './AuditPanel';
import { DevicesPanel } from './DevicesPanel';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { OfficePanel } from './OfficePanel';
import { PeoplePanel } from './PeoplePanel';
import { ShopPanel } from './ShopPanel';

type Section = 'devices' | 'people' | 'shop' | 'office' | 'audit' | 'diagnostics';
const sectionKey = {
  devices: 'settings.devices',
  people: 'settings.people',
  shop: 'settings.shop',
  office: 'office.title',
  audit: 'settings.audit',
  diagnostics: 'diagnostics.title',
} as const satisfies Record<Section, string>;

/** The manager's settings; a cashier gets here with a manager's PIN (the main process asks). */
export function SettingsScreen({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('devices');
  return (
    <section className="settings-screen" data-testid="settings-screen">
      <div className="segmented" role="tablist">
        {(['devices', 'people', 'shop', 'office', 'audit', 'diagnostics'] as const).map((s) => (
          <button key={s} type="button" role="tab" className={s === section ? 'touch selected' : 'touch'} aria-selected={s === section} onClick={() => setSection(s)} data-testid={`settings-${s}`}>
            {t(sectionKey[s])}
          </button>
        ))}
      </div>
      {section === 'devices' && <DevicesPanel />}
      {section === 'people' && <PeoplePanel />}
      {section === 'shop' && <ShopPanel />}
      {section === 'office' && <OfficePanel locale={locale} />}
      {section === 'audit' && <AuditPanel locale={locale} />}
      {section === 'diagnostics' && <DiagnosticsPanel locale={locale} />}
    </section>
  );
}
