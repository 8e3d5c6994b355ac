'use client';
/** The strings this folder's components show: English defaults for its own, the support console's and the shared namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { supportConsole } from '../../i18n/en/supportConsole.ts';
import { supportResetTwoStep } from '../../i18n/en/supportResetTwoStep.ts';

const DEFAULTS = { common, supportConsole, supportResetTwoStep };

/** The active language's common, supportConsole and supportResetTwoStep namespaces, and the locale. */
export const useSupportResetTwoStepMessages = () => useMessages(DEFAULTS);
