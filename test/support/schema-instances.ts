/**
 * Builds instances of a vendored spec's schemas (the Frontend API's here, the Backend API's in
 * backendSchemaInstances.ts): the schema's own `example` values where it gives them, otherwise a plain valid value
 * of the declared type. Used to check that whatever the spec allows, the parsers read.
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
  /** Which `oneOf`/`anyOf`/`allOf` branch to take, by path (e.g. `{ verification: 1 }`); the first otherwise. */
  branch?: Record<string, number>;
  /**
   * Values for strings with a `pattern`, keyed by the pattern. A pattern without an entry is an error rather
   * than a guess, so a spec change that adds a pattern is noticed.
   */
  patterns?: Record<string, string>;
  /** What a schema with no `type` (any value) becomes: an error by default, or `null`. */
  untyped?: 'error' | 'null';
}

/** The schema helpers for one spec's `components.schemas`: resolve, look up, collect examples, build instances. */
export function schemaTools(spec: () => { components: { schemas: Record<string, SchemaObject> } }, specName: string) {
  /** Resolves a local `#/components/schemas/...` reference. */
  function resolveSchema(schema: SchemaObject): SchemaObject {
    const ref = schema['$ref'];
    if (typeof ref !== 'string') return schema;
    const target = spec().components.schemas[ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`Unresolved ${ref}`);
    return resolveSchema(target);
  }

  /** `#/components/schemas/<name>`, resolved. */
  function schema(name: string): SchemaObject {
    const found = spec().components.schemas[name];
    if (!found) throw new Error(`The ${specName} spec has no schema ${name}`);
    return resolveSchema(found);
  }

  /** Every `example` / `examples` value inside a schema (following refs), with its path. */
  function collectExamples(from: SchemaObject, path = '', seen = new Set<SchemaObject>()): { path: string; value: unknown }[] {
    const resolved = resolveSchema(from);
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

  /** Builds an instance of a schema: its own `example` where it gives one, else a plain valid value of its type. */
  function buildInstance(from: SchemaObject, options: InstanceOptions, path = ''): unknown {
    const resolved = resolveSchema(from);
    if ('example' in resolved) return structuredClone(resolved['example']);
    for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
      const branches = resolved[keyword];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      const branch = (branches as SchemaObject[])[options.branch?.[path] ?? 0];
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
        // An untyped schema (any value) is an error too, unless the caller takes `null` for it.
        if (resolved['type'] === undefined && options.untyped === 'null') return null;
        throw new Error(`Cannot build ${JSON.stringify(resolved['type'])} at ${path}`);
    }
  }

  return { schema, collectExamples, buildInstance };
}

const frontendApi = schemaTools(loadFrontendApiSpec, 'Frontend API');

/** `#/components/schemas/<name>` of the Frontend API spec, resolved. */
export const specSchema = frontendApi.schema;
/** Every `example` / `examples` value inside a Frontend API schema (following refs), with its path. */
export const collectExamples = frontendApi.collectExamples;
/** Builds an instance of a Frontend API schema. */
export const buildInstance = frontendApi.buildInstance;
