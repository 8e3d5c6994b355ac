/**
 * Builds instances of the vendored Backend API spec's schemas (the schema's own `example` where it gives one, else a
 * plain valid value of the declared type), so a test can check that what the spec allows, the server's checker reads.
 * The Backend API twin of `schema-instances.ts`, which is bound to the Frontend API spec.
 */
import type { SchemaObject } from './openapi.ts';
import { loadBackendApiSpec } from './backendOpenapi.ts';

function resolve(schema: SchemaObject): SchemaObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const target = loadBackendApiSpec().components.schemas[ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`Unresolved ${ref}`);
  return resolve(target);
}

/** `#/components/schemas/<name>` of the Backend API spec. */
export function backendSchema(name: string): SchemaObject {
  const schema = loadBackendApiSpec().components.schemas[name];
  if (!schema) throw new Error(`The Backend API spec has no schema ${name}`);
  return resolve(schema);
}

/** `full`: every property, one item per array, `true`; `minimal`: required properties only, empty arrays, `false`. */
export function buildBackendInstance(schema: SchemaObject, mode: 'full' | 'minimal', patterns: Record<string, string>, path = ''): unknown {
  const resolved = resolve(schema);
  if ('example' in resolved) return structuredClone(resolved['example']);
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = resolved[keyword];
    if (Array.isArray(branches) && branches.length > 0) return buildBackendInstance(branches[0] as SchemaObject, mode, patterns, path);
  }
  if (Array.isArray(resolved['enum'])) return resolved['enum'][0];
  const full = mode === 'full';
  switch (resolved['type']) {
    case 'object': {
      const properties = (resolved['properties'] ?? {}) as Record<string, SchemaObject>;
      const required = new Set((resolved['required'] ?? []) as string[]);
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(properties)) {
        if (full || required.has(key)) out[key] = buildBackendInstance(child, mode, patterns, path ? `${path}.${key}` : key);
      }
      return out;
    }
    case 'array':
      return full ? [buildBackendInstance(resolved['items'] as SchemaObject, mode, patterns, `${path}.0`)] : [];
    case 'string': {
      const pattern = resolved['pattern'];
      if (typeof pattern === 'string') {
        const value = patterns[pattern];
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
      return null;
  }
}
