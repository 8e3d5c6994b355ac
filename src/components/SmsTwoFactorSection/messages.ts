'use client';
/** The strings this folder's components show: English defaults for its own, the shared and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';
import { smsTwoFactorSection } from '../../i18n/en/smsTwoFactorSection.ts';

const DEFAULTS = { common, errors, smsTwoFactorSection };

/** The active language's common, errors, smsTwoFactorSection namespaces, and the locale. */
export const useSmsTwoFactorSectionMessages = () => useMessages(DEFAULTS);
