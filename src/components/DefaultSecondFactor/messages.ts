'use client';
/** The strings this folder's components show: English defaults for its own, the shared and the error namespaces. */
import { useMessages } from '../../i18n/useMessages.ts';
import { common } from '../../i18n/en/common.ts';
import { errors } from '../../i18n/en/errors.ts';
import { defaultSecondFactor } from '../../i18n/en/defaultSecondFactor.ts';

const DEFAULTS = { common, errors, defaultSecondFactor };

/** The active language's common, errors, defaultSecondFactor namespaces, and the locale. */
export const useDefaultSecondFactorMessages = () => useMessages(DEFAULTS);
