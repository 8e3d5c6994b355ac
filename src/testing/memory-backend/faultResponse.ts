/**
 * The HTTP rendering of an injected fault: what the client receives instead of the server's answer. The only
 * part of fault injection that needs msw, so it lives behind `phone-number-kit/testing/msw`.
 */
import { delay, HttpResponse } from 'msw';
import type { Fault, FaultPlan } from './faults.ts';

/** The answer for a fault that replaces the server's answer. */
export async function faultResponse(plan: FaultPlan, fault: Exclude<Fault, { kind: 'none' }>): Promise<Response> {
  switch (fault.kind) {
    case 'networkError':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('<html><body>Bad gateway</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    case 'timeout':
      await delay(plan.hangMs);
      return HttpResponse.error();
    case 'rateLimit':
      return HttpResponse.json(
        { errors: [{ code: 'too_many_requests', message: 'Too many requests', long_message: 'Too many requests. Please try again later.' }] },
        { status: 429, headers: { 'Retry-After': String(plan.retryAfterSeconds()) } },
      );
    case 'serverError':
      return HttpResponse.json(
        { errors: [{ code: 'internal_clerk_error', message: 'Oops', long_message: 'There was an internal error on our servers.' }] },
        { status: 500 },
      );
  }
}
