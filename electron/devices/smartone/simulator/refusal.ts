/** A refusal of the training device: nothing was done, the answer is `status:"error"` with the code. */
export class Refusal extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export function refuse(code: number, message: string): never {
  throw new Refusal(code, message);
}
