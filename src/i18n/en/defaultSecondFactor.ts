/** Strings of defaultSecondFactor. */
export const defaultSecondFactor = {
  title: 'Two-step verification by text message',
  intro: 'Choose which of your verified phone numbers can receive sign-in codes, and which one gets them first.',
  listLabel: 'Your phone numbers',
  /** The switch's accessible name (it shows no text of its own). */
  switchLabel: 'Use {number} for sign-in codes',
  /** Followed by the number in the button's accessible name. */
  makeDefault: 'Make default',
  unverifiedNote: 'Numbers you have not verified yet are not listed: verify a number to receive sign-in codes there.',
  off: 'Two-step verification by text message is off.',
  turnedOn: 'Two-step verification turned on for {number}.',
  turnedOff: 'Two-step verification turned off for {number}.',
  madeDefault: '{number} is now your default number for sign-in codes.',
  changeFailed: 'Could not change {number}. {reason}',
  turnOffLastTitle: 'Turn off two-step verification?',
  turnOffLastBody:
    'Two-step verification will be turned off for your account: signing in will no longer ask for a code sent to {number}, and your backup codes will stop working.',
  turnOffDefaultTitle: 'Stop using your default number?',
  turnOffDefaultBody: '{number} is your default number for sign-in codes. Codes will go to {next} instead.',
  turnOffConfirm: 'Turn off',
  empty: 'You have no phone numbers yet. Add and verify a phone number to use it for two-step verification.',
  loading: 'Loading phone numbers…',
  listError: 'Your phone numbers could not be loaded.',
};
