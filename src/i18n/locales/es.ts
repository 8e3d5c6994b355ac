/**
 * Spanish catalog (informal "tú", neutral Spanish). Import it only where needed, so English-only apps do not ship it:
 * `import { es } from 'phone-number-kit/locales/es'`. One file per namespace in ./es/, as the English
 * catalog in src/i18n/en/.
 */
import type { Messages } from '../types.ts';
import { common } from './es/common.ts';
import { errors } from './es/errors.ts';
import { addPhoneNumber } from './es/addPhoneNumber.ts';
import { verifyPhoneNumber } from './es/verifyPhoneNumber.ts';
import { backupCodes } from './es/backupCodes.ts';
import { defaultSecondFactor } from './es/defaultSecondFactor.ts';
import { phoneNumbersSection } from './es/phoneNumbersSection.ts';
import { smsTwoFactorSection } from './es/smsTwoFactorSection.ts';
import { reverificationDialog } from './es/reverificationDialog.ts';
import { supportConsole } from './es/supportConsole.ts';
import { supportUserLookup } from './es/supportUserLookup.ts';
import { supportPhoneNumbers } from './es/supportPhoneNumbers.ts';
import { supportResetTwoStep } from './es/supportResetTwoStep.ts';
import { supportVerifyCaller } from './es/supportVerifyCaller.ts';
import { authenticatorAppSection } from './es/authenticatorAppSection.ts';
import { twoStepVerificationSection } from './es/twoStepVerificationSection.ts';

export const es: Messages = {
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
