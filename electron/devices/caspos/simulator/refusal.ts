import { casposErrorTexts } from '../error-codes';

/** The device saying no: its code and its own words from the document's table. */
export class Refusal extends Error {
  constructor(
    readonly code: number,
    text?: string,
  ) {
    super(text ?? casposErrorTexts[code] ?? `error ${code}`);
  }
}

export function refuse(code: number, text?: string): never {
  throw new Refusal(code, text);
}
