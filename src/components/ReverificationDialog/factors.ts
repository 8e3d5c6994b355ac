/**
 * The step-up dialog's table of the ways to confirm: each factor's label, which factors are typed on the code field
 * (with the hint under it), and a key that tells two factors of one kind apart.
 */
import type { ReverificationFactor } from '../../model/reverification.ts';
import { formatMessage } from '../../i18n/format.ts';
import type { ReverificationDialogMessages } from './messages.ts';

type DialogText = ReverificationDialogMessages['reverificationDialog'];

/** Each way to confirm: its label and, for a code typed on the code field, the hint under that field. */
const METHOD: Record<ReverificationFactor['strategy'], readonly [label: keyof DialogText, hint?: keyof DialogText]> = {
  password: ['methodPassword'],
  email_code: ['methodEmailCode', 'codeHintEmail'],
  phone_code: ['methodPhoneCode', 'codeHintPhone'],
  totp: ['methodTotp', 'codeHintTotp'],
  backup_code: ['methodBackupCode'],
};

/** One of the texts, with the masked address or number a code went to as `{identifier}` (none for the other ways). */
const say = (factor: ReverificationFactor, text: DialogText, key: keyof DialogText) =>
  formatMessage(text[key], { identifier: 'safeIdentifier' in factor ? factor.safeIdentifier : '' });

/** The factor's name among the ways to confirm. */
export const methodLabel = (factor: ReverificationFactor, text: DialogText) => say(factor, text, METHOD[factor.strategy][0]);

/** Typed on the code field shared with the SMS step: a code sent by email or text message, or an authenticator's. */
export const isCodeFactor = (factor: ReverificationFactor) => METHOD[factor.strategy].length > 1;

/** The hint under the code field; empty for the factors typed elsewhere. */
export function codeHint(factor: ReverificationFactor, text: DialogText): string {
  const hint = METHOD[factor.strategy][1];
  return hint ? say(factor, text, hint) : '';
}

/** Tells factors apart: two email addresses (or numbers) are two ways to confirm. */
export const factorKey = (factor: ReverificationFactor) =>
  factor.strategy === 'email_code' ? `email:${factor.emailAddressId}` : factor.strategy === 'phone_code' ? `phone:${factor.phoneNumberId}` : factor.strategy;
