/**
 * The vendored seed fixtures (test/fixtures/seeds/) and a validator for the seed JSON Schema.
 * Node-only (reads the file system).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { rewriteNullable } from './openapi.ts';

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/seeds');

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(resolve(seedsDir, name), 'utf8')) as unknown;
}

/** One whole example object assembled from a seed document. */
export interface SeedExample {
  name: string;
  seed: string;
  description: string;
  json: Record<string, unknown>;
}

/** The examples in `examples.json`. */
export function seedExamples(): SeedExample[] {
  return (readJson('examples.json') as { phoneNumbers: SeedExample[] }).phoneNumbers;
}

/** The seed JSON Schema, exactly as vendored. */
export function seedSchema(): Record<string, unknown> {
  return readJson('clerk-phonenumber.schema.json') as Record<string, unknown>;
}

let validator: { ajv: Ajv2020; validate: ValidateFunction } | undefined;

function compiled(): { ajv: Ajv2020; validate: ValidateFunction } {
  if (validator) return validator;
  // strict: false ignores `discriminator` (its mapping points outside this file) and the `x-speakeasy-*` keywords.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  validator = { ajv, validate: ajv.compile(rewriteNullable(seedSchema()) as Record<string, unknown>) };
  return validator;
}

/** Validates a value against the seed JSON Schema; returns Ajv's error text, or `null` when valid. */
export function validateAgainstSeedSchema(value: unknown): string | null {
  const { ajv, validate } = compiled();
  return validate(value) ? null : ajv.errorsText(validate.errors, { dataVar: 'phone_number' });
}
