/**
 * The Frontend API adapter's account-level methods: the user's two-step facts and primary number (`GET`/`PATCH
 * /v1/me`) and the authenticator app (`/v1/me/totp`, `/v1/me/totp/attempt_verification`).
 */
import { parseDeletedObjectEnvelope } from '../../model/parse.ts';
import { parseAccountSecurityEnvelope, parseTotpEnrollmentEnvelope, parseTotpVerificationEnvelope } from '../../model/parseAccount.ts';
import type { PhoneNumberAdapter } from '../types.ts';
import { decode, type Send } from './transport.ts';

type AccountMethods = Pick<PhoneNumberAdapter, 'getAccountSecurity' | 'setPrimaryPhoneNumber' | 'createTotp' | 'verifyTotp' | 'deleteTotp'>;

const ME = '/v1/me';
const TOTP = '/v1/me/totp';

/** The five account methods over `send`. */
export function accountMethods(send: Send): AccountMethods {
  return {
    async getAccountSecurity(call) {
      return decode(await send({ method: 'GET', path: ME }, call?.signal), parseAccountSecurityEnvelope);
    },

    async setPrimaryPhoneNumber(id, call) {
      const request = { method: 'PATCH', path: ME, form: { primary_phone_number_id: id } } as const;
      return decode(await send(request, call?.signal), parseAccountSecurityEnvelope);
    },

    async createTotp(call) {
      return decode(await send({ method: 'POST', path: TOTP }, call?.signal), parseTotpEnrollmentEnvelope);
    },

    async verifyTotp(code, call) {
      const request = { method: 'POST', path: `${TOTP}/attempt_verification`, form: { code } } as const;
      return decode(await send(request, call?.signal), parseTotpVerificationEnvelope);
    },

    async deleteTotp(call) {
      const result = await send({ method: 'DELETE', path: TOTP }, call?.signal);
      // As for a deleted number: a bodiless 204 is a success, a body must be a deleted-object envelope.
      if (result.facts.status === 204 && result.json === undefined) return;
      decode(result, parseDeletedObjectEnvelope);
    },
  };
}
