'use client';
/** The strings this folder's components show: English defaults for its own, the support console's and the shared namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { supportConsole } from '../../i18n/en/supportConsole.ts';
import { supportUserLookup } from '../../i18n/en/supportUserLookup.ts';

const DEFAULTS = { common, supportConsole, supportUserLookup };

/** The active language's common, supportConsole and supportUserLookup namespaces, and the locale. */
export const useSupportUserLookupMessages = () => useMessages(DEFAULTS);
