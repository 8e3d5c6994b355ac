'use client';
/** The strings this folder's components show: English defaults for its own, the support console's, shared and error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';
import { supportConsole } from '../../i18n/en/supportConsole.ts';
import { supportResetTwoStep } from '../../i18n/en/supportResetTwoStep.ts';

const DEFAULTS = { common, errors, supportConsole, supportResetTwoStep };

/** The active language's common, errors, supportConsole and supportResetTwoStep namespaces, and the locale. */
export const useSupportResetTwoStepMessages = () => useMessages(DEFAULTS);
