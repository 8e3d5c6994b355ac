/**
 * The admin routes: method, path pattern, the operation an agent needs, and whether the route changes anything
 * (and so requires a JSON body and the custom header). The table in `model/admin.ts` documents the same routes.
 */
import type { AdminOperation } from '../model/admin.ts';

type RouteName = 'findUsers' | 'getUser' | 'addPhoneNumber' | 'updatePhoneNumber' | 'deletePhoneNumber' | 'resetTwoStep' | 'sendCode' | 'checkCode';

interface RouteDefinition {
  name: RouteName;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path segments below the base path; `:userId` and `:phoneNumberId` capture one segment. */
  segments: readonly string[];
  operation: AdminOperation;
}

const routes: readonly RouteDefinition[] = [
  { name: 'findUsers', method: 'GET', segments: ['users'], operation: 'lookup' },
  { name: 'getUser', method: 'GET', segments: ['users', ':userId'], operation: 'lookup' },
  { name: 'addPhoneNumber', method: 'POST', segments: ['users', ':userId', 'phone_numbers'], operation: 'addPhoneNumber' },
  { name: 'resetTwoStep', method: 'DELETE', segments: ['users', ':userId', 'mfa'], operation: 'resetTwoStep' },
  { name: 'updatePhoneNumber', method: 'PATCH', segments: ['phone_numbers', ':phoneNumberId'], operation: 'updatePhoneNumber' },
  { name: 'deletePhoneNumber', method: 'DELETE', segments: ['phone_numbers', ':phoneNumberId'], operation: 'deletePhoneNumber' },
  { name: 'sendCode', method: 'POST', segments: ['phone_numbers', ':phoneNumberId', 'send_code'], operation: 'verifyCaller' },
  { name: 'checkCode', method: 'POST', segments: ['phone_numbers', ':phoneNumberId', 'check_code'], operation: 'verifyCaller' },
];

/** A request matched to its route, with the raw (still unchecked) path parameters. */
export interface RouteMatch {
  name: RouteName;
  operation: AdminOperation;
  /** Every route but the two lookups changes something. */
  changes: boolean;
  params: { userId?: string; phoneNumberId?: string };
}

/** What a path under the base path names: a route, a path whose methods are others (405 + Allow), or nothing. */
export type RouteLookup = { kind: 'route'; match: RouteMatch } | { kind: 'method'; allow: string[] } | { kind: 'none' };

function matchSegments(pattern: readonly string[], segments: string[]): RouteMatch['params'] | null {
  if (pattern.length !== segments.length) return null;
  const params: RouteMatch['params'] = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!;
    const actual = segments[i]!;
    if (expected === ':userId') params.userId = actual;
    else if (expected === ':phoneNumberId') params.phoneNumberId = actual;
    else if (expected !== actual) return null;
  }
  return params;
}

/**
 * Finds the route for `method` and `path` (already stripped of the base path; no leading or trailing slash).
 * Segments are percent-decoded once, so an encoded `/` cannot open another path.
 */
export function findRoute(method: string, path: string): RouteLookup {
  let segments: string[];
  try {
    segments = path === '' ? [] : path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return { kind: 'none' };
  }
  const allow: string[] = [];
  for (const route of routes) {
    const params = matchSegments(route.segments, segments);
    if (!params) continue;
    if (route.method === method) {
      return { kind: 'route', match: { name: route.name, operation: route.operation, changes: route.method !== 'GET', params } };
    }
    allow.push(route.method);
  }
  return allow.length > 0 ? { kind: 'method', allow } : { kind: 'none' };
}
