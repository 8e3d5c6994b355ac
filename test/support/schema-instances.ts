/**
 * Builds instances of the vendored Frontend API spec's schemas: the schema's own `example` values where it gives
 * them, otherwise a plain valid value of the declared type. Used to check that whatever the spec allows, the
 * parsers read.
 */
import { loadFrontendApiSpec, type SchemaObject } from './openapi.ts';

/** The spec's schemas for the phone-number resources and what they embed, which the kit parses. */
export const PHONE_NUMBER_SCHEMAS = [
  'Client.PhoneNumber',
  'Stubs.Verification.OTP',
  'Stubs.Verification.Admin',
  'Stubs.Identification.Link',
  'BackupCodes',
  'Client.DeletedObject',
] as const;

export type InstanceMode =
  /** Every declared property, one item per array, `true` for booleans. */
  | 'full'
  /** Only the required properties, empty arrays, `false` for booleans. */
  | 'minimal';

export interface InstanceOptions {
  mode: InstanceMode;
  /** Which `oneOf` branch to take, by path (e.g. `{ verification: 1 }`); the first otherwise. */
  branch?: Record<string, number>;
  /**
   * Values for strings with a `pattern`, keyed by the pattern. A pattern without an entry is an error rather
   * than a guess, so a spec change that adds a pattern is noticed.
   */
  patterns?: Record<string, string>;
}

/** Resolves a local `#/components/schemas/...` reference. */
function resolveSchema(schema: SchemaObject): SchemaObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/components/schemas/', '');
  const target = loadFrontendApiSpec().components.schemas[name];
  if (!target) throw new Error(`Unresolved ${ref}`);
  return resolveSchema(target);
}

/** `#/components/schemas/<name>`, resolved. */
export function specSchema(name: string): SchemaObject {
  const schema = loadFrontendApiSpec().components.schemas[name];
  if (!schema) throw new Error(`The spec has no schema ${name}`);
  return resolveSchema(schema);
}

/** Every `example` / `examples` value inside a schema (following refs), with its path. */
export function collectExamples(schema: SchemaObject, path = '', seen = new Set<SchemaObject>()): { path: string; value: unknown }[] {
  const resolved = resolveSchema(schema);
  if (seen.has(resolved)) return [];
  seen.add(resolved);
  const found: { path: string; value: unknown }[] = [];
  if ('example' in resolved) found.push({ path, value: resolved['example'] });
  if (Array.isArray(resolved['examples'])) for (const value of resolved['examples']) found.push({ path, value });
  const properties = (resolved['properties'] ?? {}) as Record<string, SchemaObject>;
  for (const [key, child] of Object.entries(properties)) found.push(...collectExamples(child, path ? `${path}.${key}` : key, seen));
  if (resolved['items']) found.push(...collectExamples(resolved['items'] as SchemaObject, `${path}[]`, seen));
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = resolved[keyword];
    if (Array.isArray(branches)) branches.forEach((b, i) => found.push(...collectExamples(b as SchemaObject, `${path}<${keyword}${i}>`, seen)));
  }
  return found;
}

/** Builds an instance of a schema. */
export function buildInstance(schema: SchemaObject, options: InstanceOptions, path = ''): unknown {
  const resolved = resolveSchema(schema);
  if ('example' in resolved) return structuredClone(resolved['example']);
  if (Array.isArray(resolved['oneOf'])) {
    const branches = resolved['oneOf'] as SchemaObject[];
    const branch = branches[options.branch?.[path] ?? 0];
    if (!branch) throw new Error(`No branch ${String(options.branch?.[path])} at ${path}`);
    return buildInstance(branch, options, path);
  }
  if (Array.isArray(resolved['enum'])) return resolved['enum'][0];
  const full = options.mode === 'full';
  switch (resolved['type']) {
    case 'object': {
      const properties = (resolved['properties'] ?? {}) as Record<string, SchemaObject>;
      const required = new Set((resolved['required'] ?? []) as string[]);
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(properties)) {
        if (full || required.has(key)) out[key] = buildInstance(child, options, path ? `${path}.${key}` : key);
      }
      return out;
    }
    case 'array':
      return full ? [buildInstance(resolved['items'] as SchemaObject, options, `${path}.0`)] : [];
    case 'string': {
      const pattern = resolved['pattern'];
      if (typeof pattern === 'string') {
        const value = options.patterns?.[pattern];
        if (value === undefined) throw new Error(`No value given for pattern ${pattern} at ${path}`);
        return value;
      }
      return `${path || 'value'}-value`;
    }
    case 'integer':
    case 'number':
      return full ? 1_700_000_000_000 : 0;
    case 'boolean':
      return full;
    default:
      throw new Error(`Cannot build ${JSON.stringify(resolved['type'])} at ${path}`);
  }
}
