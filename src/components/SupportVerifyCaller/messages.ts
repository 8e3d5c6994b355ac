'use client';
/** The strings this folder's components show: English defaults for its own, the support console's, shared and error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';
import { supportConsole } from '../../i18n/en/supportConsole.ts';
import { supportVerifyCaller } from '../../i18n/en/supportVerifyCaller.ts';

const DEFAULTS = { common, errors, supportConsole, supportVerifyCaller };

/** The active language's common, errors, supportConsole and supportVerifyCaller namespaces, and the locale. */
export const useSupportVerifyCallerMessages = () => useMessages(DEFAULTS);
