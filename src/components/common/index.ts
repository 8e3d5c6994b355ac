export { Alert } from './Alert.tsx';
export { LiveRegion } from './LiveRegion.tsx';
export { Badge } from './Badge.tsx';
export { ActionsMenu, type ActionsMenuItem } from './ActionsMenu.tsx';
export { ConfirmPanel } from './ConfirmPanel.tsx';
export { formatPhoneNumber } from './formatPhoneNumber.ts';
export { PhoneNumberText } from './PhoneNumberText.tsx';
