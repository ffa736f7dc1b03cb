import { casposCashierExplanation, casposTextExplanations } from '../../../shared/devices/caspos/error-keys';
import type { CashierExplanation } from '../../../shared/devices/refusal';
import { codeFromMessage } from './errors';

/**
 * The cashier's explanation of a Caspos refusal, by its words first and its code last, because
 * real devices number the same refusal differently where the document names no code: a text
 * real devices are known to send; else the document's own text of a cashier-facing code; else
 * the code. Null: the renderer shows the device's own text to the manager or support.
 */
export function explainCaspos(code: string, deviceText = ''): CashierExplanation | null {
  const words = deviceText.trim().toLowerCase();
  const known = casposTextExplanations.find((entry) => words.includes(entry.text));
  if (known) return known.explanation;
  const documented = codeFromMessage(deviceText);
  const byText = documented === undefined ? null : casposCashierExplanation(String(documented));
  return byText ?? casposCashierExplanation(code);
}
