/**
 * Input checks for the admin routes. Every value from the request is checked here before anything goes upstream,
 * and a refusal says which value and what shape it must have (a 400), so an agent's tool can fix it.
 */
import type { AdminAddPhoneNumberBody, AdminCheckCodeBody, AdminUpdatePhoneNumberBody } from '../model/admin.ts';
import { invalidRequest } from './AdminHttpError.ts';

/** Strict E.164: a plus, a non-zero digit, up to 15 digits in all, nothing else. */
const E164 = /^\+[1-9]\d{1,14}$/;
/** Clerk-style ids: a lowercase prefix, an underscore, then letters, digits or underscores (no `/`, `.`, `%`). */
const ID = (prefix: string) => new RegExp(`^${prefix}_[A-Za-z0-9_]{1,100}$`);
const USER_ID = ID('user');
const PHONE_NUMBER_ID = ID('idn');
const VERIFICATION_ID = ID('[a-z]{2,12}');
const CODE = /^\d{6}$/;

/** The largest JSON body the routes accept; theirs are a few dozen bytes. */
export const MAX_BODY_BYTES = 4096;

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

export function userId(value: string): string {
  if (!USER_ID.test(value)) throw invalidRequest(`userId must look like user_123abc, got ${shown(value)}.`);
  return value;
}

export function phoneNumberId(value: string): string {
  if (!PHONE_NUMBER_ID.test(value)) throw invalidRequest(`phoneNumberId must look like idn_123abc, got ${shown(value)}.`);
  return value;
}

function e164(name: string, value: unknown): string {
  if (typeof value !== 'string' || !E164.test(value)) {
    throw invalidRequest(`${name} must be an E.164 phone number such as +15555550100 (a plus and up to 15 digits, no spaces), got ${shown(value)}.`);
  }
  return value;
}

/** The search parameters of a `GET /users` lookup: exactly one `phoneNumber`. */
export function lookupQuery(params: URLSearchParams): string {
  const keys = [...new Set(params.keys())];
  const unknown = keys.filter((key) => key !== 'phoneNumber');
  if (unknown.length > 0) throw invalidRequest(`Unknown query parameter ${shown(unknown[0])}; the lookup takes only phoneNumber.`);
  const values = params.getAll('phoneNumber');
  if (values.length !== 1) throw invalidRequest('Give exactly one phoneNumber to look a user up, e.g. ?phoneNumber=%2B15555550100.');
  return e164('phoneNumber', values[0]);
}

type Body = Record<string, unknown>;

function plainObject(value: unknown): Body {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidRequest('The body must be a JSON object.');
  return value as Body;
}

function onlyKeys(body: Body, allowed: readonly string[]): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw invalidRequest(`Unknown field ${shown(key)}; allowed: ${allowed.join(', ')}.`);
  }
}

function optionalBoolean(body: Body, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw invalidRequest(`${key} must be true or false, got ${shown(value)}.`);
  return value;
}

const FLAGS = ['verified', 'reservedForSecondFactor', 'primary'] as const;

/** `POST /users/{userId}/phone_numbers`. */
export function addPhoneNumberBody(json: unknown): AdminAddPhoneNumberBody {
  const body = plainObject(json);
  onlyKeys(body, ['phoneNumber', ...FLAGS]);
  const result: AdminAddPhoneNumberBody = { phoneNumber: e164('phoneNumber', body['phoneNumber']) };
  for (const flag of FLAGS) {
    const value = optionalBoolean(body, flag);
    if (value !== undefined) result[flag] = value;
  }
  if (result.reservedForSecondFactor === true && result.verified !== true) {
    throw invalidRequest('reservedForSecondFactor needs verified: true; only a verified number can be a second factor.');
  }
  return result;
}

/** `PATCH /phone_numbers/{phoneNumberId}`: at least one flag. */
export function updatePhoneNumberBody(json: unknown): AdminUpdatePhoneNumberBody {
  const body = plainObject(json);
  onlyKeys(body, FLAGS);
  const result: AdminUpdatePhoneNumberBody = {};
  for (const flag of FLAGS) {
    const value = optionalBoolean(body, flag);
    if (value !== undefined) result[flag] = value;
  }
  if (Object.keys(result).length === 0) throw invalidRequest(`Nothing to change: give at least one of ${FLAGS.join(', ')}.`);
  return result;
}

/** `POST /phone_numbers/{phoneNumberId}/send_code`: no fields (an empty object or no body). */
export function emptyBody(json: unknown): void {
  if (json === undefined) return;
  onlyKeys(plainObject(json), []);
}

/** `POST /phone_numbers/{phoneNumberId}/check_code`. */
export function checkCodeBody(json: unknown): AdminCheckCodeBody {
  const body = plainObject(json);
  onlyKeys(body, ['verificationId', 'code']);
  const verificationId = body['verificationId'];
  if (typeof verificationId !== 'string' || !VERIFICATION_ID.test(verificationId)) {
    throw invalidRequest(`verificationId must be the id send_code answered, got ${shown(verificationId)}.`);
  }
  const code = body['code'];
  // The code itself is a secret: the message never repeats it.
  if (typeof code !== 'string' || !CODE.test(code)) throw invalidRequest('code must be the 6 digits the caller read out.');
  return { verificationId, code };
}
