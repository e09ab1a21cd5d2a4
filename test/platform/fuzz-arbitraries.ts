import fc, { Arbitrary } from 'fast-check';

/** The part of JSON Schema (OpenAPI 3.0) that Nest's swagger module writes for our DTOs. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export type Components = Record<string, Schema>;

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83dz', '\udc00\ud800'];
const CONTROL = ['\u0000', 'a\u0000b', '\u0007\u001b[31m', '\r\nSet-Cookie: x=1', '\u202etxt.exe', '\ufeff', '\u2028'];
const TRICKY = ["' OR '1'='1", '../../etc/passwd', '%00', '{{7*7}}', '<script>alert(1)</script>', '😀'.repeat(300), ''];

/** Strings a hostile client sends: control characters, lone surrogates, injections, odd Unicode, big ones. */
export const hostileString: Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LONE_SURROGATES, ...CONTROL, ...TRICKY),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }).map((s) => s.repeat(500)),
);

const hugeNumber = fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 1e-320, -0, 0.5, 1e20);

/** A value nested `depth` levels down, in arrays or objects. */
function nested(depth: number, inObjects: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = inObjects ? { a: value } : [value];
  return value;
}

/** Any value of the wrong kind: hostile strings, huge numbers, deep nesting, prototype keys. */
export const hostileValue: Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: hugeNumber, weight: 2 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { $gt: '' }), weight: 2 },
  { arbitrary: fc.integer({ min: 2, max: 2000 }).chain((d) => fc.boolean().map((o) => nested(d, o))), weight: 1 },
  {
    arbitrary: fc.constant(JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}')),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

/** Whole request bodies that are not JSON objects, sent raw. */
export const hostileRawBody: Arbitrary<string> = fc.oneof(
  fc.constantFrom('{', '{"a":}', 'null', '"text"', '[]', '\u0000', '{"title":"\\ud800"}', '{"title":"a\\u0000"}'),
  fc.integer({ min: 100, max: 5000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
  fc.integer({ min: 100, max: 5000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
);

function resolve(schema: Schema, components: Components): Schema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 10; hops += 1) {
    current = components[current.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  if (current.allOf) {
    return current.allOf.reduce<Schema>((merged, part) => {
      const r = resolve(part, components);
      return {
        ...merged,
        ...r,
        properties: { ...merged.properties, ...r.properties },
        required: [...(merged.required ?? []), ...(r.required ?? [])],
      };
    }, {});
  }
  return current;
}

/**
 * Values that follow the schema (so that requests get past validation and reach the rules), with
 * `idPool` standing for any uuid-shaped string so that they name rows that exist.
 */
export function fromSchema(schema: Schema, components: Components, idPool: string[], depth = 0): Arbitrary<unknown> {
  const s = resolve(schema, components);
  const variants = s.oneOf ?? s.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => fromSchema(v, components, idPool, depth + 1)));
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const base = ((): Arbitrary<unknown> => {
    switch (s.type) {
      case 'integer':
        return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000 });
      case 'number':
        return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 4
          ? fc.constant([])
          : fc.array(fromSchema(s.items ?? {}, components, idPool, depth + 1), { maxLength: 4 });
      case 'object':
        return depth > 4 ? fc.constant({}) : objectOf(s, components, idPool, depth);
      case 'string':
        return stringOf(s, idPool);
      default:
        return s.properties ? objectOf(s, components, idPool, depth) : fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return s.nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

function objectOf(s: Schema, components: Components, idPool: string[], depth: number): Arbitrary<unknown> {
  const entries = Object.entries(s.properties ?? {});
  if (entries.length === 0) return fc.constant({});
  const model = Object.fromEntries(entries.map(([k, v]) => [k, fromSchema(v, components, idPool, depth + 1)]));
  return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in model) });
}

function stringOf(s: Schema, idPool: string[]): Arbitrary<string> {
  if (s.format === 'uuid' || /id$/i.test(s.format ?? '')) return fc.oneof(fc.constantFrom(...idPool), fc.uuid());
  if (s.format === 'date-time') {
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (s.format === 'date') {
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 30, 60) });
}

/** A valid-looking body, then mutated: one field replaced by a hostile value, a field added, or all of it. */
export function mutatedBody(valid: Arbitrary<unknown>, fieldNames: string[]): Arbitrary<unknown> {
  const names = fieldNames.length ? fieldNames : ['title'];
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    {
      arbitrary: fc
        .tuple(valid, fc.constantFrom(...names), hostileValue)
        .map(([body, key, value]) => ({ ...(isObject(body) ? body : {}), [key]: value })),
      weight: 5,
    },
    {
      arbitrary: fc.tuple(valid, hostileString, hostileValue).map(([body, key, value]) => ({
        ...(isObject(body) ? body : {}),
        [key]: value,
      })),
      weight: 1,
    },
    { arbitrary: hostileValue, weight: 1 },
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Percent-encodes a path segment or query value, lone surrogates included (as the bytes a raw client would send). */
export function encodeAnything(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\s\S]/g, (ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) {
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
          .map((b) => `%${b.toString(16).toUpperCase()}`)
          .join('');
      }
      return encodeURIComponent(ch);
    });
  }
}

/**
 * A multipart/form-data body for an upload route: parts named after the schema's fields or anything,
 * holding a real file, hostile text or random bytes, sometimes cut short or with a broken boundary.
 */
export function multipartBody(
  fieldNames: string[],
  files: Uint8Array[],
): Arbitrary<{ raw: Buffer; contentType: string }> {
  const boundary = '----quorum-fuzz-boundary';
  const part = fc.record({
    name: fc.oneof(fc.constantFrom(...fieldNames), hostileString),
    fileName: fc.option(fc.oneof(fc.constantFrom('Note.pdf', 'Été 2027.docx', '../../etc/passwd'), hostileString)),
    content: fc.oneof(
      fc.constantFrom(...files).map((bytes) => Buffer.from(bytes)),
      fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes)),
      hostileString.map((text) => Buffer.from(text)),
    ),
  });
  return fc
    .record({
      parts: fc.array(part, { maxLength: 4 }),
      cut: fc.option(fc.nat(2000)),
      contentType: fc.constantFrom(
        `multipart/form-data; boundary=${boundary}`,
        'multipart/form-data',
        `multipart/form-data; boundary=other`,
      ),
    })
    .map(({ parts, cut, contentType }) => {
      const chunks = parts.flatMap((p) => [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"` +
            (p.fileName === null ? '' : `; filename="${p.fileName}"`) +
            '\r\n\r\n',
        ),
        p.content,
        Buffer.from('\r\n'),
      ]);
      const whole = Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
      return { raw: cut === null ? whole : whole.subarray(0, cut), contentType };
    });
}
