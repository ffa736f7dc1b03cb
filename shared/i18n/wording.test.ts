import { describe, expect, it } from 'vitest';
import type { Locale } from '../locale';
import { resources } from './resources';

/** Every text of a locale with its key path, device texts included. */
function texts(locale: Locale): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(resources[locale].translation, '');
  return out;
}

/** Issue 19, wording: words that read as something else at the counter stay where they mean the right thing. */
describe('wording at the counter', () => {
  it('says "rollback" in English only', () => {
    for (const locale of ['az', 'uk', 'ru'] as const) {
      expect(texts(locale).filter(([, text]) => /rollback/i.test(text))).toEqual([]);
    }
  });

  it('keeps az "Ləğv et" for the fiscal void of a receipt, never for Cancel', () => {
    const az = Object.fromEntries(texts('az'));
    expect(texts('az').filter(([, text]) => text === 'Ləğv et')).toEqual([]);
    expect(az['keypad.cancel']).not.toMatch(/ləğv/i);
    expect(az['quarantine.cancel']).not.toMatch(/ləğv/i);
    expect(az['receipts.rollback']).toMatch(/ləğv/i);
  });

  it('uses az "Qalıq" only for the change handed back, never for what is due or left', () => {
    const az = Object.fromEntries(texts('az'));
    for (const key of ['payment.due', 'payment.remaining', 'flows.advance.left', 'flows.advance.chosen', 'flows.credit.left', 'flows.problems.creditResidue']) expect(az[key], key).not.toMatch(/qalıq/i);
    // The device's own errors about change (Caspos 607, 629; SmartOne 11), the payment's note on it,
    // the receipt's change handed back, and the expected cash's note that change handed back does not stay.
    expect(texts('az').filter(([, text]) => /qalı[qğ]/i.test(text)).map(([path]) => path).sort()).toEqual(
      ['caspos.errors.c607.action', 'caspos.errors.c629.action', 'caspos.errors.c629.explanation', 'payment.changeOnlyCash', 'smartone.errors.c11.explanation', 'till.receipt.change', 'till.expected.explain'].sort(),
    );
  });

  it('uses uk "Решта" for change only, and another word for what is left to pay by card', () => {
    const uk = Object.fromEntries(texts('uk'));
    expect(uk['payment.restByCard']).not.toMatch(/решт/i);
    expect(uk['payment.remaining']).not.toMatch(/решт/i);
    // "Готівка без решти" (exact cash), the devices' errors about change (Caspos 607, 629; SmartOne 11) and the expected cash's note that change handed back does not stay are about change too.
    for (const [path] of texts('uk').filter(([, text]) => /решт/i.test(text))) expect(path).toMatch(/change|exactCash|c11\.|c607\.|c629\.|^till\.expected\.explain$/i);
  });
});
