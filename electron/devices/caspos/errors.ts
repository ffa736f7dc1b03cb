import { isCashierFacing } from '../../../shared/devices/caspos/error-keys';
import { casposErrorGroup, casposErrorTexts, type CasposErrorGroup } from './error-codes';

/** A refusal by the device: its code, its own words, and what kind of trouble it is. */
export interface CasposError {
  code: number;
  /** The device's message, or the document's text for the code when the device sent none. */
  deviceText: string;
  group: CasposErrorGroup;
  /** Has an explanation and an action for the cashier in az, uk, ru and en. */
  cashierFacing: boolean;
}

export function casposError(code: number, message?: string | null): CasposError {
  const known = casposErrorTexts[code];
  return {
    code,
    deviceText: message?.trim() || known || `error ${code}`,
    group: casposErrorGroup(code),
    cashierFacing: isCashierFacing(code),
  };
}

const codeByText = new Map<string, number>();
for (const [code, text] of Object.entries(casposErrorTexts)) {
  const key = text.toLowerCase();
  // Where two codes share a text the lower one is kept; either is right for the cashier.
  if (!codeByText.has(key)) codeByText.set(key, Number(code));
}

/** For answers without `code`: the document's error texts identify their code. */
export function codeFromMessage(message: string | null | undefined): number | undefined {
  return message ? codeByText.get(message.trim().toLowerCase()) : undefined;
}

/** "Success operation", "Successful operation" and "Successoperation" (deposit) all mean success. */
export function isSuccessMessage(message: string | null | undefined): boolean {
  const squeezed = message?.toLowerCase().replace(/\s+/g, '');
  return squeezed === 'successoperation' || squeezed === 'successfuloperation';
}
