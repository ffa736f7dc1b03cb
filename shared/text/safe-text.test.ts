import { describe, expect, it } from 'vitest';
import { safeText } from './safe-text';

describe('safeText', () => {
  const name = safeText(8);
  const note = safeText(20, { min: 0, multiline: true });

  it('trims and keeps letters of every plane, combining marks included', () => {
    expect(name.parse('  Əli 😀 ')).toBe('Əli 😀');
    expect(name.parse('é')).toBe('é');
  });

  it('refuses NUL and other controls, lone surrogates of either half, and line breaks in one-line text', () => {
    for (const text of ['a\u0000', 'a\u001b', 'a\u0085', 'a\uD800', '\uDC00a', 'a\uDC00\uD800', 'a\nb', 'a\tb']) expect(name.safeParse(text).success, JSON.stringify(text)).toBe(false);
    expect(note.parse('line one\nline two')).toBe('line one\nline two');
    expect(note.safeParse('a\u0000').success).toBe(false);
  });

  it('bounds the length after trimming and requires text unless min is 0', () => {
    expect(name.safeParse('123456789').success).toBe(false);
    expect(name.safeParse('   ').success).toBe(false);
    expect(note.parse('')).toBe('');
  });
});
