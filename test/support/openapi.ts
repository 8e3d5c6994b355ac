/**
 * Loads the vendored Clerk Frontend API spec and compiles its schemas with Ajv, so tests can check requests
 * against operations and responses against response schemas. Node-only (reads the file system).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv, type ValidateFunction } from 'ajv';

const specPath = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/clerk-api/clerk-frontend-api.yml');

/** A minimal view of an OpenAPI 3.0 document: just what the tests read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, SchemaObject> };
}
export type SchemaObject = Record<string, unknown>;
export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
  $ref?: string;
}
export interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema: SchemaObject }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: SchemaObject }> }>;
}

let cached: OpenApiDocument | undefined;

/** The parsed spec, exactly as vendored. */
export function loadFrontendApiSpec(): OpenApiDocument {
  cached ??= parse(readFileSync(specPath, 'utf8')) as OpenApiDocument;
  return cached;
}

/**
 * OpenAPI 3.0's `nullable: true` means "or null", even beside `oneOf`/`allOf`, which JSON Schema would still
 * apply to the null. Rewrites each such schema to `anyOf: [null, schema]`.
 */
export function rewriteNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = rewriteNullable(value);
  if (out['nullable'] === true) {
    delete out['nullable'];
    return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

/**
 * Known defects of the spec, patched in a copy for validation only:
 * `Client.User` lists `enterprise_accounts` as required but never defines it while forbidding extra properties.
 */
function patchedSchemas(spec: OpenApiDocument): Record<string, SchemaObject> {
  const schemas = rewriteNullable(structuredClone(spec.components.schemas)) as Record<string, SchemaObject>;
  const user = schemas['Client.User'] as { properties?: Record<string, unknown> } | undefined; // not nullable, so not wrapped
  if (user?.properties && !('enterprise_accounts' in user.properties)) {
    user.properties['enterprise_accounts'] = { type: 'array', items: { type: 'object' } };
  }
  return schemas;
}

let ajv: Ajv | undefined;

function compiler(): Ajv {
  if (ajv) return ajv;
  const spec = loadFrontendApiSpec();
  ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
  // OpenAPI formats the kit relies on; others (date-time, uri, email) are not asserted.
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  for (const format of ['date-time', 'uri', 'email', 'url', 'binary', 'uuid', 'float', 'double']) ajv.addFormat(format, true);
  ajv.addSchema({ $id: 'fapi', components: { schemas: patchedSchemas(spec) } });
  return ajv;
}

/** A validator for `#/components/schemas/<name>` (or any JSON pointer into the spec's components). */
function schemaValidator(name: string): ValidateFunction {
  const ref = name.startsWith('#') ? name : `#/components/schemas/${name}`;
  const validate = compiler().getSchema(`fapi${ref}`);
  if (!validate) throw new Error(`No schema at ${ref}`);
  return validate;
}

/** Validates a value against a schema (name or `$ref`), returning Ajv's error text or `null` when valid. */
export function validateAgainst(schema: string | SchemaObject, value: unknown): string | null {
  const validate =
    typeof schema === 'string'
      ? schemaValidator(schema)
      : compiler().compile({ $id: undefined, ...resolveRefs(schema) });
  return validate(value) ? null : compiler().errorsText(validate.errors, { dataVar: 'body' });
}

/** Rewrites local `#/components/...` refs so an inline schema can be compiled against the registered spec. */
function resolveRefs(schema: SchemaObject): SchemaObject {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/components/', '"$ref":"fapi#/components/')) as SchemaObject;
}

/** The operation for a method and spec path (e.g. `post`, `/v1/me/phone_numbers/{phone_number_id}`). */
export function operation(method: string, path: string): OpenApiOperation {
  const op = loadFrontendApiSpec().paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`The spec has no ${method.toUpperCase()} ${path}`);
  return op;
}

/** The spec's `responses` entries are often refs to `#/components/responses/...`; this resolves one to its JSON schema. */
export function responseSchema(op: OpenApiOperation, status: string): SchemaObject {
  let response = op.responses[status];
  if (!response) throw new Error(`No ${status} response`);
  if (response.$ref) {
    const name = response.$ref.replace('#/components/responses/', '');
    const responses = (loadFrontendApiSpec().components as unknown as { responses: Record<string, typeof response> }).responses;
    response = responses[name];
    if (!response) throw new Error(`Unresolved ${String(name)}`);
  }
  const schema = response.content?.['application/json']?.schema;
  if (!schema) throw new Error(`No JSON schema for ${status}`);
  return schema;
}
