/**
 * German catalog (formal "Sie"). Import it only where needed, so English-only apps do not ship it:
 * `import { de } from 'phone-number-kit/locales/de'`. One file per namespace in ./de/, as the English
 * catalog in src/i18n/en/.
 */
import type { Messages } from '../types.ts';
import { common } from './de/common.ts';
import { errors } from './de/errors.ts';
import { addPhoneNumber } from './de/addPhoneNumber.ts';
import { verifyPhoneNumber } from './de/verifyPhoneNumber.ts';
import { backupCodes } from './de/backupCodes.ts';
import { defaultSecondFactor } from './de/defaultSecondFactor.ts';
import { phoneNumbersSection } from './de/phoneNumbersSection.ts';
import { smsTwoFactorSection } from './de/smsTwoFactorSection.ts';
import { reverificationDialog } from './de/reverificationDialog.ts';
import { supportConsole } from './de/supportConsole.ts';
import { supportUserLookup } from './de/supportUserLookup.ts';
import { supportPhoneNumbers } from './de/supportPhoneNumbers.ts';
import { supportResetTwoStep } from './de/supportResetTwoStep.ts';
import { supportVerifyCaller } from './de/supportVerifyCaller.ts';
import { authenticatorAppSection } from './de/authenticatorAppSection.ts';
import { twoStepVerificationSection } from './de/twoStepVerificationSection.ts';

export const de: Messages = {
  common,
  errors,
  addPhoneNumber,
  verifyPhoneNumber,
  backupCodes,
  defaultSecondFactor,
  phoneNumbersSection,
  smsTwoFactorSection,
  reverificationDialog,
  supportConsole,
  supportUserLookup,
  supportPhoneNumbers,
  supportResetTwoStep,
  supportVerifyCaller,
  authenticatorAppSection,
  twoStepVerificationSection,
};
