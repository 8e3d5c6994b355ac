/** Strings of SupportResetTwoStep. */
export const supportResetTwoStep = {
  title: 'Two-step verification',
  description: 'For a user locked out of their second factor.',
  on: "{user}'s two-step verification is on: {factors}.",
  off: "{user}'s two-step verification is off. There is nothing to reset.",
  /** Joined into `on`'s and `confirmBody`'s `{factors}`. */
  factorSms: 'text messages to {numbers}',
  factorTotp: 'an authenticator app',
  factorBackupCodes: 'backup codes',
  reset: 'Reset two-step verification',
  confirmTitle: 'Reset two-step verification for {user}?',
  confirmBody: 'This turns off every second factor: {factors}. {user} then signs in without a second step until they set it up again. Their phone numbers stay.',
  confirm: 'Reset two-step verification',
  announceReset: "{user}'s two-step verification was reset.",
};
