import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Payloads for fuzzing a channel from its own zod schema: the shape the schema expects, with every
 * leaf drawn from values inside its bounds, on them, just outside them, and adversarial ones
 * (NaN, ±Infinity, −0, 1e308, NUL, lone surrogates, huge texts). Addresses are loopback only.
 */

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((c) => c._zod.def);

/** Longest text or list generated at random; bounds above this are tried only as constants. */
const generatedLength = 300;
const hugeText = 'x'.repeat(1_000_000);

export const adversarialNumbers = [0, -0, -1, 0.5, NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER] as const;
export const adversarialTexts = ['', ' ', '\u0000', 'a\u0000b', '\uD800', 'a\uDC00', '\uDBFF\uD800', '\u202E', '\u001b[2J', '__proto__', 'constructor', '𝒜😀', hugeText] as const;

function numberArbitrary(def: Def): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const int = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
  const lower = Math.max(...checks.filter((c) => c.check === 'greater_than').map((c) => c.value ?? -Infinity), -Number.MAX_SAFE_INTEGER);
  const upper = Math.min(...checks.filter((c) => c.check === 'less_than').map((c) => c.value ?? Infinity), Number.MAX_SAFE_INTEGER);
  const inside = int ? fc.integer({ min: Math.ceil(lower), max: Math.floor(upper) }) : fc.double({ min: lower, max: upper, noNaN: true });
  return fc.oneof({ arbitrary: inside, weight: 3 }, fc.constantFrom(lower, upper, lower - 1, upper + 1, ...adversarialNumbers));
}

function stringArbitrary(def: Def): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  switch (def.format ?? '') {
    case 'uuid':
      return fc.oneof({ arbitrary: fc.uuid({ version: 4 }), weight: 4 }, fc.constantFrom(...adversarialTexts));
    case 'datetime':
      return fc.oneof({ arbitrary: fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), weight: 4 }, fc.constantFrom(...adversarialTexts));
    case 'date':
      return fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'url':
      // Never anything but loopback: a device test or save must not reach another machine.
      return fc.constantFrom('http://127.0.0.1:1', 'http://127.0.0.1:9/', 'http://127.0.0.1:1/\u0000', 'https://127.0.0.1:1', 'ftp://127.0.0.1');
    default:
      break;
  }
  const pattern = checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern;
  if (pattern) return fc.oneof({ arbitrary: fc.stringMatching(pattern), weight: 4 }, fc.constantFrom(...adversarialTexts));
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity));
  const bounds = Number.isFinite(max) && max < 100_000 ? ['x'.repeat(max), 'é'.repeat(max), 'x'.repeat(max + 1), ' '.repeat(max + 1)] : [];
  const length = { minLength: Math.min(min, generatedLength), maxLength: Math.min(max, generatedLength) };
  return fc.oneof(
    { arbitrary: fc.string({ ...length, unit: 'grapheme' }), weight: 3 },
    { arbitrary: fc.string({ ...length, unit: 'binary' }), weight: 2 },
    fc.constantFrom(...bounds, ...adversarialTexts),
  );
}

function arrayArbitrary(def: Def): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity));
  const element = arbitraryOf(def.element!);
  const usual = fc.array(element, { minLength: min, maxLength: Math.max(min, Math.min(max, 4)) });
  // One past the longest list the schema takes, where that is a list worth building.
  const tooLong = Number.isFinite(max) && max <= 600 ? [fc.array(element, { minLength: max + 1, maxLength: max + 1 })] : [];
  return fc.oneof({ arbitrary: usual, weight: 9 }, ...tooLong.map((arbitrary) => ({ arbitrary, weight: 1 })));
}

/** Adds a key named like a prototype now and then, as an own property (as JSON.parse would). */
function withPrototypeKeys(record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: record, weight: 9 },
    record.map((r) => ({ ...r, ['__proto__']: { polluted: true } })),
    record.map((r) => ({ ...r, constructor: { prototype: { polluted: true } } })),
  );
}

export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.oneof({ arbitrary: fc.boolean(), weight: 4 }, fc.constantFrom(0, 1, 'true', null));
    case 'enum':
      return fc.oneof({ arbitrary: fc.constantFrom(...Object.values(def.entries!)), weight: 9 }, fc.constantFrom('', 'x', 0));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'object': {
      const shape = def.shape!;
      const optional = (s: z.ZodType) => ['optional', 'default'].includes(defOf(s).type);
      const model = Object.fromEntries(Object.entries(shape).map(([key, s]) => [key, arbitraryOf(s)]));
      const requiredKeys = Object.keys(shape).filter((key) => !optional(shape[key]!));
      return withPrototypeKeys(fc.record(model, { requiredKeys }));
    }
    case 'array':
      return arrayArbitrary(def);
    case 'optional':
    case 'default':
      return fc.option(arbitraryOf(def.innerType!), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType!), { nil: null, freq: 4 });
    case 'union':
      return fc.oneof(...def.options!.map((option) => arbitraryOf(option)));
    case 'pipe':
      return arbitraryOf(def.in!);
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 20 }), arbitraryOf(def.valueType!), { maxKeys: 4 });
    default:
      return fc.anything();
  }
}

/** Anything at all, and the forms an attacker sends on purpose: deep nesting, prototype keys, the wrong kind of value. */
export function adversarialPayload(): fc.Arbitrary<unknown> {
  const deepArray = (depth: number) => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 0);
  const deepObject = (depth: number) => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), {});
  const forms: unknown[] = [
    undefined,
    null,
    ...adversarialNumbers,
    ...adversarialTexts,
    10n,
    [],
    [{}],
    {},
    Object.create(null),
    new Date(NaN),
    new Map([['a', 1]]),
    new Uint8Array(16),
    deepArray(10_000),
    deepObject(10_000),
    JSON.parse('{"__proto__": {"polluted": true}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
    { document: JSON.parse('{"__proto__": {"kind": "sale"}}') as unknown },
    { document: deepObject(5_000) },
    { document: { kind: 'sale', lines: Array.from({ length: 100_000 }, () => ({})) } },
  ];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...forms), weight: 2 },
    { arbitrary: fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true, withDate: true, withMap: true, withSet: true, withBigInt: true, withObjectString: true, maxDepth: 4 }), weight: 5 },
    { arbitrary: fc.dictionary(fc.constantFrom('document', 'name', 'pin', 'uuid', 'id', 'query', 'csv', 'from', 'to', 'scope', '__proto__'), fc.anything({ maxDepth: 3 })), weight: 3 },
  );
}
