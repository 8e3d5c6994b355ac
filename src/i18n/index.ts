export { en } from './en/index.ts';
export type { Messages, DeepPartial } from './types.ts';
export { PhoneNumberKitLocalization, useLocalization } from './LocalizationProvider.tsx';
export type { PhoneNumberKitLocalizationProps } from './LocalizationProvider.tsx';
export { formatMessage } from './format.ts';
export { formatNumber, formatClockDuration } from './intl.ts';
export { formatMessageNodes, LeftToRight } from './formatNodes.tsx';
export { errorMessage } from './errorMessage.ts';
