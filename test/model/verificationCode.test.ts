/** Reading a verification code out of pasted or delivered text. */
import { describe, expect, it } from 'vitest';
import { readReceivedCode } from '../../src/model/verificationCode.ts';

describe('readReceivedCode', () => {
  it.each([
    ['424242', '424242'],
    ['424 242', '424242'],
    ['424-242', '424242'],
    ['424\u2013242', '424242'],
    ['42 42 42', '424242'],
    ['Your Acme code is 424242', '424242'],
    ['Your Acme code is 424242. Call 201-555-0123 if this was not you.', '424242'],
    ['Call 201-555-0123, then enter 424 242', '424242'],
    ['  424242\n', '424242'],
  ])('%j holds the code %s', (text, code) => {
    expect(readReceivedCode(text, 6)).toEqual({ kind: 'code', code });
  });

  it('bare digits shorter than a code are part of one', () => {
    expect(readReceivedCode('42', 6)).toEqual({ kind: 'digits', digits: '42' });
    expect(readReceivedCode(' 4 2-4 ', 6)).toEqual({ kind: 'digits', digits: '424' });
  });

  it.each(['', 'Your code is on its way', 'Code 4242', '4242424', 'Call 201-555-0123', 'Room 42'])('%j holds no code', (text) => {
    expect(readReceivedCode(text, 6)).toEqual({ kind: 'none' });
  });

  it('honours the length', () => {
    expect(readReceivedCode('Your code: 4242', 4)).toEqual({ kind: 'code', code: '4242' });
    expect(readReceivedCode('424242', 4)).toEqual({ kind: 'none' });
  });
});
