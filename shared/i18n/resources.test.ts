import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../locale';
import { resources } from './resources';

const root = join(import.meta.dirname, '..', '..');
const codeFolders = ['electron', 'renderer', 'shared', 'scripts', 'hq'];

function flatten(tree: object, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix + name;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [k, v] of flatten(value as object, `${key}.`)) keys.set(k, v);
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const isCode = /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.d\.ts$/.test(name);
    const isResource = relative(root, path).startsWith(join('shared', 'i18n', 'locales'));
    return isCode && !isResource ? [path] : [];
  });
}

const code = codeFolders.flatMap((folder) => sourceFiles(join(root, folder))).map((file) => readFileSync(file, 'utf8'));
const english = flatten(resources.en.translation);

describe('translations', () => {
  it.each(locales)('%s has exactly the keys of en, none empty, with the same placeholders', (locale) => {
    const keys = flatten(resources[locale].translation);
    expect([...keys.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of keys) {
      expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(placeholders(text), `${locale}: ${key}`).toEqual(placeholders(english.get(key)!));
    }
  });

  it('has no key that no code uses', () => {
    const unused = [...english.keys()].filter((key) => !code.some((text) => new RegExp(`['"\`]${key.replace(/\./g, '\\.')}['"\`]`).test(text)));
    expect(unused).toEqual([]);
  });

  it('has every key that code asks for with t()', () => {
    const asked = code.flatMap((text) => [...text.matchAll(/\bt\(\s*['"]([\w.]+)['"]/g)].map((m) => m[1]!));
    expect(asked.length).toBeGreaterThan(5);
    expect(asked.filter((key) => !english.has(key))).toEqual([]);
  });
});
