import { z } from 'zod';
import type { VatRate } from '../../../shared/fiscal/catalogue-types';
import { defaultOperationNames, type OperationNames } from './operations';

/** A section of the register: its VAT rate is set on the register itself, so a line names the section (spec §5, G). */
export interface Section {
  code: number;
  name: string;
}

export type SectionTable = Partial<Record<VatRate, Section>>;

/** A section's number on the register, or empty where the shop has no section for the group. */
const SectionCode = z.string().trim().regex(/^(\d{1,6})?$/, 'a section number, or empty').default('');
/** Upper-case letters, digits and underscores: what an INTENT_OPERATION_TYPE value looks like. */
const WireName = (fallback: string) => z.string().trim().regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'upper-case letters, digits and _').default(fallback);

/**
 * A SmartX device's settings as the installer enters them, one text field each (the settings
 * form is flat): the address, the register's section for each Belarusian tax group, the names
 * of the operations the documents only imply (C1), and the codes OPERATION_ID answers for an id
 * it never saw (C2).
 */
export const SmartXConfig = z.object({
  /** http://<register-ip>:37015/v1 */
  url: z.string().url().refine((url) => /^http:\/\/.+\/v1\/?$/.test(url), 'http://<ip>:37015/v1'),
  sectionVat20: SectionCode,
  sectionVat10: SectionCode,
  sectionVat0: SectionCode,
  sectionVatFree: SectionCode,
  opWithdraw: WireName(defaultOperationNames.withdraw),
  opOpenShift: WireName(defaultOperationNames.openShift),
  opCloseShift: WireName(defaultOperationNames.closeShift),
  opXReport: WireName(defaultOperationNames.xReport),
  opAnnul: WireName(defaultOperationNames.annul),
  /** G: 399 "general error". Only these make a lookup "not found" and let the stored bytes go again. */
  lookupNotFound: z.string().trim().regex(/^(\d{3}(\s*,\s*\d{3})*)?$/, 'result codes separated by commas').default('399'),
});
export type SmartXConfig = z.infer<typeof SmartXConfig>;

/** The cashier's PIN for AUTH, sealed; empty where the register runs without authorization. */
export const SmartXSecrets = z.object({ pin: z.string().max(32) });
export type SmartXSecrets = z.infer<typeof SmartXSecrets>;

/** What the driver works with, read from the installer's fields. */
export interface SmartXSettings {
  url: string;
  sections: SectionTable;
  operationNames: OperationNames;
  lookupNotFoundCodes: number[];
}

/** The name the receipt shows for each group's section (G: the register may print its own). */
const sectionNames = { vat20: 'НДС 20%', vat10: 'НДС 10%', vat0: 'НДС 0%', vatFree: 'Без НДС' } as const;

export function settingsOf(config: SmartXConfig): SmartXSettings {
  const codes = { vat20: config.sectionVat20, vat10: config.sectionVat10, vat0: config.sectionVat0, vatFree: config.sectionVatFree };
  const sections: SectionTable = {};
  for (const [group, code] of Object.entries(codes) as [keyof typeof sectionNames, string][]) if (code !== '') sections[group] = { code: Number(code), name: sectionNames[group] };
  return {
    url: config.url,
    sections,
    operationNames: { withdraw: config.opWithdraw, openShift: config.opOpenShift, closeShift: config.opCloseShift, xReport: config.opXReport, annul: config.opAnnul },
    lookupNotFoundCodes: config.lookupNotFound === '' ? [] : config.lookupNotFound.split(',').map((code) => Number(code.trim())),
  };
}
