import { describe, expect, it } from 'vitest';
import { isTotpCodeValid, randomTotpSecret, totpCode, totpUri } from '../../../src/testing/memory-backend/totp.ts';

/** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890", here in Base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

// The RFC lists 8-digit values; a 6-digit code is the same number modulo 10^6, i.e. the last six digits.
const RFC_VECTORS: [seconds: number, eightDigits: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('RFC 6238 TOTP (SHA-1, 30 s, 6 digits)', () => {
  it.each(RFC_VECTORS)('at T=%i s gives the RFC value %s (last six digits)', (seconds, eightDigits) => {
    expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(eightDigits.slice(-6));
  });

  it('accepts the previous, current and next step, and nothing further', () => {
    const at = 1234567890_000;
    for (const step of [-1, 0, 1]) expect(isTotpCodeValid(RFC_SECRET, totpCode(RFC_SECRET, at + step * 30_000), at)).toBe(true);
    for (const step of [-2, 2]) expect(isTotpCodeValid(RFC_SECRET, totpCode(RFC_SECRET, at + step * 30_000), at)).toBe(false);
  });

  it('refuses anything that is not six digits', () => {
    const at = 59_000;
    for (const code of ['', '28708', '2870822', '28708a', ' 287082']) expect(isTotpCodeValid(RFC_SECRET, code, at)).toBe(false);
  });

  it('makes fresh 160-bit Base32 secrets and an otpauth:// URI with SHA1, 6 digits, 30 s', () => {
    const secret = randomTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(randomTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'user@example.com'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ secret, algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
