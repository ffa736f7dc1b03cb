import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('writes kilobytes below a megabyte and megabytes above, in each locale’s numbers', () => {
    expect(formatFileSize(49_562, 'en')).toBe('48.4 kB');
    expect(formatFileSize(4_414_504, 'az')).toBe('4,2 MB');
    expect(formatFileSize(4_414_504, 'ru')).toBe('4,2 МБ');
    expect(formatFileSize(512, 'uk')).toBe('0,5 кБ');
  });
});
