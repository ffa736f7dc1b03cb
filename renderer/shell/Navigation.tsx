import { useEffect, useState } from 'react';
import { HelpOverlay } from './HelpOverlay';
import { useTranslation } from 'react-i18next';

export type Screen = 'sale' | 'receipts' | 'cash' | 'catalogue' | 'dashboard' | 'settings';

const screens = [
  { screen: 'sale', key: 'nav.sale', shortcut: 'F1' },
  { screen: 'receipts', key: 'nav.receipts', shortcut: 'F2' },
  { screen: 'cash', key: 'nav.cash', shortcut: 'F3' },
  { screen: 'catalogue', key: 'nav.catalogue', shortcut: 'F7' },
  // No key of its own: F5 is the sale screen's line discount, and F11 the window's full screen.
  { screen: 'dashboard', key: 'dashboard.nav', shortcut: null },
  { screen: 'settings', key: 'nav.settings', shortcut: 'F9' },
] as const;

/** The cashier's screens, by touch or by F-key. */
export function Navigation({ current, onChange }: { current: Screen; onChange: (screen: Screen) => void }) {
  const { t } = useTranslation();
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F10') {
        event.preventDefault();
        setHelp((shown) => !shown);
        return;
      }
      const target = screens.find((s) => s.shortcut === event.key);
      if (!target || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      onChange(target.screen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onChange]);
  return (
    <nav className="navigation">
      {screens.map(({ screen, key, shortcut }) => (
        <button key={screen} type="button" className={screen === current ? 'touch selected' : 'touch'} aria-pressed={screen === current} onClick={() => onChange(screen)} data-testid={`nav-${screen}`}>
          {t(key)} {shortcut && <kbd>{shortcut}</kbd>}
        </button>
      ))}
      <button type="button" className="touch" onClick={() => setHelp(true)} data-testid="nav-help">
        {t('nav.help')} <kbd>F10</kbd>
      </button>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </nav>
  );
}
