/** Strings of authenticatorAppSection. */
export const authenticatorAppSection = {
  heading: 'Authenticator app',
  description: 'Signing in can ask for a code from an app on your phone, such as Google Authenticator or 1Password. It works without a phone signal.',
  loading: 'Loading your authenticator app settings…',
  loadError: 'We could not load your authenticator app settings.',

  /** `{state}` is `stateOn` or `stateOff`, the one emphasised word. */
  statusOff: 'Authenticator app is {state}.',
  statusOn: 'Authenticator app is {state}. When you sign in, we ask for a code from your app.',
  /** Inside the two-step card, which already says what sign-in asks for first: on or off only. */
  statusBrief: 'Authenticator app is {state}.',
  stateOn: 'on',
  stateOff: 'off',
  setupButton: 'Set up authenticator app',
  removeButton: 'Remove authenticator app',

  enrollHeading: 'Set up your authenticator app',
  starting: 'Getting your setup key…',
  scanStep: 'Scan this QR code with your authenticator app.',
  qrLabel: 'QR code to scan with your authenticator app',
  cantScan: 'Can’t scan it? Enter this setup key in your app instead.',
  setupKeyLabel: 'Setup key',
  copyKey: 'Copy setup key',
  keyCopied: 'Setup key copied',
  copyFailed: 'Copying is not available here. Select the key and copy it by hand.',
  codeLabel: 'Code from your app',
  /** `{length}` is the number of digits. */
  codeHint: 'Enter the {length}-digit code your app shows for this account.',
  codeIncomplete: 'Enter all {length} digits of the code.',
  codeWrong: 'That code didn’t work. Codes change every 30 seconds: enter the one your app shows now.',
  verify: 'Verify',
  verifying: 'Verifying…',
  backupCodesHeading: 'Save your backup codes',

  removeTitle: 'Remove authenticator app?',
  removeBody: 'Signing in will no longer ask for a code from your app.',
  /** Two-step verification stays on with SMS; `{phoneNumber}` is the number texted first. */
  removeKeepsSms: 'We will text a code to {phoneNumber} instead.',
  removeTurnsOff: 'Two-step verification will turn off: signing in will ask for your password only, and your backup codes will stop working.',
  removeConfirm: 'Remove authenticator app',

  announceOn: 'Authenticator app turned on',
  announceOff: 'Authenticator app removed',
};
