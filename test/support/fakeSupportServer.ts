/**
 * A small stand-in for `phone-number-kit/server`'s admin handler, as a `fetch`: the routes of `model/admin.ts` over
 * users held in memory, with the handler's request rules (JSON + `x-phone-number-kit: 1` on changes) and a log of
 * every request. For the browser side's unit tests, which count requests exactly; the real handler has its own tests.
 */
import type { AdminPhoneNumber, AdminUser, AdminVerificationStatus } from '../../src/model/admin.ts';

let counter = 0;

/** A phone number as the handler answers it; `overrides` win. */
export function adminPhoneNumber(overrides: Partial<AdminPhoneNumber> = {}): AdminPhoneNumber {
  counter += 1;
  return {
    id: `idn_fake${counter}`,
    userId: 'user_ada',
    phoneNumber: '+12015550123',
    verificationStatus: 'verified',
    verificationAttempts: null,
    verificationExpireAt: null,
    reserved: false,
    reservedForSecondFactor: false,
    defaultSecondFactor: false,
    primary: false,
    linkedTo: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** A user as the handler answers it; `overrides` win. */
export function adminUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return {
    id: 'user_ada',
    firstName: 'Ada',
    lastName: 'Lovelace',
    username: 'ada',
    primaryEmailAddress: 'ada@example.com',
    primaryPhoneNumberId: null,
    twoFactorEnabled: false,
    totpEnabled: false,
    backupCodeEnabled: false,
    phoneNumbers: [],
    ...overrides,
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const failure = (status: number, code: string, message: string) => json({ error: { code, message } }, status);

/** Options of {@link createFakeSupportServer}. */
export interface FakeSupportServerOptions {
  users?: AdminUser[];
  /** The code every `send_code` texts. Default `424242`. */
  code?: string;
  /** Wrong codes allowed per sent code. Default 3. */
  attempts?: number;
}

/** The fake: `fetch` for `createSupportAdapter`, the users, and the request log. */
export function createFakeSupportServer(options: FakeSupportServerOptions = {}) {
  const users = new Map((options.users ?? []).map((user) => [user.id, structuredClone(user)]));
  const code = options.code ?? '424242';
  const attempts = options.attempts ?? 3;
  const requests: string[] = [];
  /** Caller checks by phone number id: the handler's verification, apart from the number's own status. */
  const checks = new Map<string, { id: string; wrong: number; status: AdminVerificationStatus }>();
  let verificationCount = 0;
  /** Replaces the next answer (e.g. a 429), once. */
  let nextAnswer: Response | null = null;

  const ownerOf = (phoneNumberId: string) => [...users.values()].find((user) => user.phoneNumbers.some((p) => p.id === phoneNumberId));
  const touch = (user: AdminUser) => {
    user.primaryPhoneNumberId = user.phoneNumbers.find((p) => p.primary)?.id ?? null;
    user.twoFactorEnabled = user.totpEnabled || user.phoneNumbers.some((p) => p.reservedForSecondFactor);
    return json(user);
  };

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'http://support.test');
    const method = init?.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/phone-number-admin/, '');
    requests.push(`${method} ${path}${url.search}`);
    if (nextAnswer) {
      const answer = nextAnswer;
      nextAnswer = null;
      return answer;
    }
    const headers = new Headers(init?.headers);
    if (method !== 'GET' && (headers.get('content-type') !== 'application/json' || headers.get('x-phone-number-kit') !== '1')) {
      return failure(403, 'forbidden', 'State-changing requests need JSON and the x-phone-number-kit header.');
    }
    const body = (init?.body ? JSON.parse(String(init.body)) : {}) as Record<string, unknown>;
    let match: RegExpMatchArray | null;

    if (method === 'GET' && path === '/users') {
      const wanted = url.searchParams.get('phoneNumber');
      return json({ users: [...users.values()].filter((user) => user.phoneNumbers.some((p) => p.phoneNumber === wanted)) });
    }
    if ((match = path.match(/^\/users\/([^/]+)$/)) && method === 'GET') {
      const user = users.get(decodeURIComponent(match[1]!));
      return user ? json(user) : failure(404, 'not_found', 'No such user.');
    }
    if ((match = path.match(/^\/users\/([^/]+)\/phone_numbers$/)) && method === 'POST') {
      const user = users.get(decodeURIComponent(match[1]!));
      if (!user) return failure(404, 'not_found', 'No such user.');
      const added = adminPhoneNumber({
        userId: user.id,
        phoneNumber: String(body['phoneNumber']),
        verificationStatus: body['verified'] ? 'verified' : null,
        reservedForSecondFactor: body['reservedForSecondFactor'] === true,
        primary: body['primary'] === true,
      });
      if (added.primary) for (const p of user.phoneNumbers) p.primary = false;
      user.phoneNumbers.push(added);
      return touch(user);
    }
    if ((match = path.match(/^\/users\/([^/]+)\/mfa$/)) && method === 'DELETE') {
      const user = users.get(decodeURIComponent(match[1]!));
      if (!user) return failure(404, 'not_found', 'No such user.');
      for (const p of user.phoneNumbers) Object.assign(p, { reservedForSecondFactor: false, defaultSecondFactor: false });
      Object.assign(user, { totpEnabled: false, backupCodeEnabled: false });
      return touch(user);
    }
    if ((match = path.match(/^\/phone_numbers\/([^/]+)(?:\/(send_code|check_code))?$/))) {
      const id = decodeURIComponent(match[1]!);
      const user = ownerOf(id);
      const number = user?.phoneNumbers.find((p) => p.id === id);
      if (!user || !number) return failure(404, 'not_found', 'No such phone number.');
      const action = match[2];
      if (method === 'PATCH' && !action) {
        if (body['verified'] === true) number.verificationStatus = 'verified';
        if (typeof body['reservedForSecondFactor'] === 'boolean') number.reservedForSecondFactor = body['reservedForSecondFactor'];
        if (body['primary'] === true) for (const p of user.phoneNumbers) p.primary = p.id === id;
        return touch(user);
      }
      if (method === 'DELETE' && !action) {
        user.phoneNumbers = user.phoneNumbers.filter((p) => p.id !== id);
        return touch(user);
      }
      if (method === 'POST' && action === 'send_code') {
        verificationCount += 1;
        const verification = { id: `ver_fake${verificationCount}`, wrong: 0, status: 'unverified' as AdminVerificationStatus };
        checks.set(id, verification);
        return json({ phoneNumber: number, verificationId: verification.id, expireAt: 1_700_000_600_000 });
      }
      if (method === 'POST' && action === 'check_code') {
        const verification = checks.get(id);
        if (!verification || verification.id !== body['verificationId']) return failure(422, 'verification_missing', 'No code was sent.');
        if (verification.status === 'failed') return failure(422, 'verification_failed', 'Too many attempts.');
        if (body['code'] === code) {
          verification.status = 'verified';
          number.verificationStatus = 'verified';
          return json({ verified: true, status: 'verified', attemptsLeft: attempts - verification.wrong, phoneNumber: number });
        }
        verification.wrong += 1;
        const attemptsLeft = attempts - verification.wrong;
        if (attemptsLeft <= 0) verification.status = 'failed';
        return json({ verified: false, status: verification.status, attemptsLeft, phoneNumber: number });
      }
    }
    return failure(404, 'not_found', `No route ${method} ${path}`);
  };

  return {
    fetch,
    users,
    /** Requests since the last call, as `METHOD /path?query` (relative to the base path). */
    takeRequests: () => requests.splice(0),
    /** Answers the next request with `response` instead. */
    answerNextWith(response: Response) {
      nextAnswer = response;
    },
  };
}
