'use client';
/** The strings this folder's components show: English defaults for its own, the support console's and the shared namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { supportConsole } from '../../i18n/en/supportConsole.ts';
import { supportVerifyCaller } from '../../i18n/en/supportVerifyCaller.ts';

const DEFAULTS = { common, supportConsole, supportVerifyCaller };

/** The active language's common, supportConsole and supportVerifyCaller namespaces, and the locale. */
export const useSupportVerifyCallerMessages = () => useMessages(DEFAULTS);
