/**
 * Instances of the vendored Backend API spec's schemas, so a test can check that what the spec allows, the server's
 * checker reads: `schema-instances.ts`'s builder, bound to the Backend API spec.
 */
import type { SchemaObject } from './openapi.ts';
import { loadBackendApiSpec } from './backendOpenapi.ts';
import { schemaTools, type InstanceMode } from './schema-instances.ts';

const backendApi = schemaTools(loadBackendApiSpec, 'Backend API');

/** `#/components/schemas/<name>` of the Backend API spec, resolved. */
export const backendSchema = backendApi.schema;

/** `full`: every property, one item per array, `true`; `minimal`: required properties only, empty arrays, `false`. */
export function buildBackendInstance(schema: SchemaObject, mode: InstanceMode, patterns: Record<string, string>): unknown {
  // The Backend API types some values as "anything" (no `type`): null is one.
  return backendApi.buildInstance(schema, { mode, patterns, untyped: 'null' });
}
