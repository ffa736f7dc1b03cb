import type { Locale } from '../locale';
import { casposTexts } from './caspos/locales';
import { checkboxTexts } from './checkbox/locales';
import { smartOneTexts } from './smartone/locales';
import { smartxTexts } from './smartx/locales';

/**
 * Each fiscal system's texts (shared/devices/<kind>/locales), one line per driver, each under its
 * kind's i18n key: every language's resource takes its part from here, so a driver adds its texts
 * without touching the core locale files.
 */
const deviceTexts = {
  caspos: casposTexts,
  checkbox: checkboxTexts,
  smartx: smartxTexts,
  smartone: smartOneTexts,
};

type DeviceTexts = typeof deviceTexts;

/** The systems' texts in one language, keyed by kind (`caspos.errors.c503.action`, …). */
export function deviceTextsIn<L extends Locale>(locale: L): { [Kind in keyof DeviceTexts]: DeviceTexts[Kind][L] } {
  return Object.fromEntries(Object.entries(deviceTexts).map(([kind, texts]) => [kind, texts[locale]])) as { [Kind in keyof DeviceTexts]: DeviceTexts[Kind][L] };
}
