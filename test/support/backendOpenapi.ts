/**
 * The vendored Clerk Backend API spec, for contract tests of `phone-number-kit/server` and the reference backend's
 * Backend API: which operation a concrete request is, whether its query and JSON body are what that operation
 * declares, and whether an answer matches the declared response schema. Node-only (reads the file system).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv, type ValidateFunction } from 'ajv';
import { rewriteNullable, type OpenApiDocument, type OpenApiOperation, type SchemaObject } from './openapi.ts';

const specPath = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/clerk-api/clerk-backend-api.yml');

interface BackendDocument extends OpenApiDocument {
  components: OpenApiDocument['components'] & { responses: Record<string, { content?: Record<string, { schema: SchemaObject }> }> };
}

let spec: BackendDocument | undefined;
/** The parsed spec, exactly as vendored. */
export function loadBackendApiSpec(): BackendDocument {
  spec ??= parse(readFileSync(specPath, 'utf8')) as BackendDocument;
  return spec;
}

let ajv: Ajv | undefined;
function compiler(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  for (const format of ['date-time', 'uri', 'email', 'url', 'binary', 'uuid', 'float', 'double']) ajv.addFormat(format, true);
  const components = rewriteNullable(structuredClone(loadBackendApiSpec().components)) as Record<string, unknown>;
  ajv.addSchema({ $id: 'bapi', components });
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();
function compile(schema: SchemaObject): ValidateFunction {
  const text = JSON.stringify(rewriteNullable(schema)).replaceAll('"$ref":"#/components/', '"$ref":"bapi#/components/');
  let validate = compiled.get(text);
  if (!validate) {
    validate = compiler().compile(JSON.parse(text) as SchemaObject);
    compiled.set(text, validate);
  }
  return validate;
}

function check(schema: SchemaObject, value: unknown): string | null {
  const validate = compile(schema);
  return validate(value) ? null : compiler().errorsText(validate.errors, { dataVar: 'body' });
}

/** The spec path template (e.g. `/phone_numbers/{phone_number_id}`) a concrete `/v1/...` path stands for. */
export function specPathFor(pathname: string): string | null {
  const path = pathname.replace(/^\/v1/, '');
  const segments = path.split('/');
  const candidates = Object.keys(loadBackendApiSpec().paths).filter((template) => {
    const parts = template.split('/');
    return parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === segments[i]);
  });
  // A literal segment beats a parameter (`/users/count` over `/users/{user_id}`).
  const params = (template: string) => template.split('{').length;
  candidates.sort((a, b) => params(a) - params(b));
  return candidates[0] ?? null;
}

/** The operation for a method and spec path. */
function backendOperation(method: string, template: string): OpenApiOperation {
  const op = loadBackendApiSpec().paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`The Backend API spec has no ${method.toUpperCase()} ${template}`);
  return op;
}

/**
 * Every way `request` differs from what the spec declares for it (empty when it conforms): an unknown operation,
 * an undeclared query parameter, a missing required one, a body where none is declared, a body not matching its
 * schema, a JSON body without `content-type: application/json`, or a missing bearer token.
 */
export async function backendRequestProblems(request: Request): Promise<string[]> {
  const url = new URL(request.url);
  const template = specPathFor(url.pathname);
  if (!template) return [`no spec path for ${url.pathname}`];
  const op = loadBackendApiSpec().paths[template]?.[request.method.toLowerCase()];
  if (!op) return [`the spec has no ${request.method} ${template}`];
  const problems: string[] = [];
  if (!/^Bearer \S+$/.test(request.headers.get('authorization') ?? '')) problems.push('no bearer token');
  const declared = (op.parameters ?? []).filter((p) => p.in === 'query');
  for (const name of new Set(url.searchParams.keys())) {
    if (!declared.some((p) => p.name === name)) problems.push(`undeclared query parameter ${name}`);
  }
  for (const p of declared) if (p.required && !url.searchParams.has(p.name)) problems.push(`missing query parameter ${p.name}`);
  const text = await request.clone().text();
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  if (text !== '') {
    if (!bodySchema) problems.push(`${request.method} ${template} declares no body`);
    else if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) problems.push('body without content-type: application/json');
    else {
      const error = check(bodySchema, JSON.parse(text));
      if (error) problems.push(error);
    }
  } else if ((op.requestBody as { required?: boolean } | undefined)?.required) {
    problems.push(`${request.method} ${template} requires a body`);
  }
  return problems;
}

/** The declared JSON schema of `status` (falling back to `default`), or `null` when the operation declares none. */
function backendResponseSchema(op: OpenApiOperation, status: number): SchemaObject | null {
  const entry = op.responses[String(status)] ?? op.responses['default'];
  if (!entry) return null;
  const resolved = entry.$ref ? loadBackendApiSpec().components.responses[entry.$ref.replace('#/components/responses/', '')] : entry;
  return resolved?.content?.['application/json']?.schema ?? null;
}

/** Validates an answer body against the schema declared for `method template status`; Ajv's text or `null`. */
export function backendResponseProblem(method: string, template: string, status: number, body: unknown): string | null {
  const schema = backendResponseSchema(backendOperation(method, template), status);
  if (!schema) return `${method} ${template} declares no ${status} answer`;
  return check(schema, body);
}
