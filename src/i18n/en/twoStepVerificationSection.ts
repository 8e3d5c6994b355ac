/** Strings of twoStepVerificationSection. */
export const twoStepVerificationSection = {
  heading: 'Two-step verification',
  description: 'Signing in also asks for a second step, so a stolen password is not enough.',
  loading: 'Loading your two-step verification settings…',
  loadError: 'We could not load your two-step verification settings.',

  /** `{state}` is `stateOn` or `stateOff`, the one emphasised word. */
  statusOff: 'Two-step verification is {state}.',
  stateOn: 'on',
  stateOff: 'off',
  /** What sign-in asks for first. */
  firstTotp: 'When you sign in, we ask for a code from your authenticator app first.',
  firstSms: 'When you sign in, we text a code to {phoneNumber} first.',
  /** The order among numbers when the authenticator app comes first. */
  fallbackSms: 'If you can’t use your authenticator app, we text a code to {phoneNumber}.',
  fallbackBackupCodes: 'If you lose access to these, you can sign in with a backup code.',

  factorsLabel: 'Your ways to verify',
  totpTitle: 'Authenticator app',
  smsTitle: 'Text message (SMS)',
  backupCodesTitle: 'Backup codes',
  /** Badge of the factor sign-in asks for first. */
  firstBadge: 'Used first',
  factorOn: 'On',
  factorOff: 'Off',
  smsNone: 'No phone number receives sign-in codes.',
  backupCodesOn: 'You have backup codes for when your other ways are not at hand.',
  backupCodesOff: 'Backup codes are created when you turn on two-step verification.',
  backupCodesButton: 'Show backup codes',
};
