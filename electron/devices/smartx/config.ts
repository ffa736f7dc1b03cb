import { z } from 'zod';
import { VatRate } from '../../../shared/fiscal/catalogue-types';
import { OperationNames, defaultOperationNames } from './operations';

/** A section of the register: its VAT rate is set on the register itself, so a line names the section (spec §5, G). */
export const Section = z.object({ code: z.number().int().nonnegative().max(999_999), name: z.string().trim().min(1).max(40) });
export type Section = z.infer<typeof Section>;

export const SmartXConfig = z.object({
  /** http://<register-ip>:37015/v1 */
  url: z.string().url().refine((url) => /^http:\/\/.+\/v1\/?$/.test(url), 'http://<ip>:37015/v1'),
  /** Our tax group → the register's section with that rate; a group without one is refused before the journal. */
  sections: z.partialRecord(VatRate, Section).default({}),
  /** The names of the operations the documents only imply (C1), correctable by the installer. */
  operationNames: OperationNames.default(defaultOperationNames),
  /**
   * The result codes with which the register answers OPERATION_ID for an id it never saw (C2, G:
   * 399 "general error"): only these make a lookup "not found" and let the stored bytes go again.
   */
  lookupNotFoundCodes: z.array(z.number().int()).default([399]),
});
export type SmartXConfig = z.infer<typeof SmartXConfig>;

/** The cashier's PIN for AUTH, sealed; empty where the register runs without authorization. */
export const SmartXSecrets = z.object({ pin: z.string().max(32) });
export type SmartXSecrets = z.infer<typeof SmartXSecrets>;
