import { describe, expect, it } from 'vitest';
import { FailedAttempts } from './failed-attempts';
import { OfficeFailure } from './failure';

const wrong = new OfficeFailure(401, 'signInFailed', 'wrong');
const refusal = new OfficeFailure(429, 'tooManyAttempts', 'slow down');

describe('wrong guesses by address', () => {
  it('lets ten wrong tries a minute through, refuses the eleventh before trying, and forgets after the minute', async () => {
    let now = 0;
    const attempts = new FailedAttempts(() => now);
    let tried = 0;
    const guess = (address: string, right = false) =>
      attempts.guard(address, ['signInFailed'], refusal, () => {
        tried += 1;
        return right ? Promise.resolve('in') : Promise.reject(wrong);
      });
    for (let index = 0; index < 10; index += 1) await expect(guess('127.0.0.5')).rejects.toBe(wrong);
    await expect(guess('127.0.0.5', true)).rejects.toBe(refusal);
    expect(tried).toBe(10);
    // Another address is not held up by this one.
    await expect(guess('127.0.0.6', true)).resolves.toBe('in');
    now += 59_000;
    await expect(guess('127.0.0.5', true)).rejects.toBe(refusal);
    now += 1_000;
    await expect(guess('127.0.0.5', true)).resolves.toBe('in');
  });

  it('does not count refusals of other kinds (a bad request is no guess)', async () => {
    const attempts = new FailedAttempts(() => 0);
    const bad = new OfficeFailure(400, 'badRequest', 'bad');
    for (let index = 0; index < 20; index += 1) await expect(attempts.guard('a', ['signInFailed'], refusal, () => Promise.reject(bad))).rejects.toBe(bad);
    await expect(attempts.guard('a', ['signInFailed'], refusal, () => Promise.resolve(1))).resolves.toBe(1);
  });
});
