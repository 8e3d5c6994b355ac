/**
 * Strings of verifyPhoneNumber. `{phoneNumber}` is a formatted number, `{seconds}` a whole number of seconds,
 * `{time}` a duration such as `9:58`, `{length}` the number of digits in the code.
 */
export const verifyPhoneNumber = {
  sentTo: 'Sent to {phoneNumber}',
  notSentYet: 'A code will be sent to {phoneNumber}',
  changeNumber: 'Change number',
  codeLabel: 'Verification code',
  codeHint: 'Enter the {length}-digit code from the text message.',
  expiresIn: 'Code expires in {time}',
  verify: 'Verify',
  verifying: 'Verifying…',
  sendCode: 'Send code',
  resend: 'Resend code',
  resendIn: 'Resend code in {seconds} s',
  sending: 'Sending…',
  getNewCode: 'Get a new code',
  getNewCodeIn: 'Get a new code in {seconds} s',
  codeIncomplete: 'Enter all {length} digits of the code.',
  /** Pasted (or delivered) text with no code in it; what was typed is kept. */
  codeNotFound: 'No {length}-digit code was found in that text. Type the code from the text message.',
  expiredReason: 'This code has expired and can no longer be used.',
  failedReason: 'Too many incorrect codes were entered, so this code no longer works.',
  sendRateLimited: 'Too many codes were requested. You can ask for a new one in {seconds} seconds.',
  verified: 'Phone number verified',
  announceCodeSent: 'A code was sent to {phoneNumber}.',
  announceCooldownEnded: 'You can now ask for a new code.',
  announceVerified: 'Phone number verified',
  /** Under the code field when one more wrong code would use up the code. */
  lastAttempt: 'One attempt left. After one more incorrect code, you will need a new code.',
};
