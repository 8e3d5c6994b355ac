import { describe, expect, it } from 'vitest';
import { abortedError, errorFromDetails, KitErrorCode, type ApiErrorDetail } from '../../src/model/errors.ts';

const detail = (code: string, field: string | null = null): ApiErrorDetail => ({
  code,
  message: `${code} short`,
  longMessage: `${code} long`,
  field,
  meta: {},
});

describe('errorFromDetails', () => {
  it('takes code, messages and field from the first detail and keeps every detail and the facts', () => {
    const cause = new Error('raw');
    const details = [detail('form_code_incorrect', 'code'), detail('other')];
    const error = errorFromDetails(details, { message: 'unused', status: 422, retryAfter: 5, traceId: 'trace_1', cause });
    expect(error).toMatchObject({
      code: 'form_code_incorrect',
      message: 'form_code_incorrect short',
      longMessage: 'form_code_incorrect long',
      field: 'code',
      errors: details,
      status: 422,
      retryAfter: 5,
      traceId: 'trace_1',
      cause,
    });
  });

  it('without details is an http_error with the given message', () => {
    const error = errorFromDetails([], { message: 'HTTP 502', status: 502 });
    expect(error).toMatchObject({ code: KitErrorCode.http, message: 'HTTP 502', longMessage: 'HTTP 502', status: 502, field: null, errors: [] });
  });
});

it('abortedError keeps the reason as cause, and has none without one', () => {
  const reason = new Error('left');
  expect(abortedError(reason)).toMatchObject({ code: KitErrorCode.aborted, status: null, cause: reason });
  expect('cause' in abortedError()).toBe(false);
});
