export { Alert } from './Alert.tsx';
export { LiveRegion } from './LiveRegion.tsx';
export { Badge } from './Badge.tsx';
export { ActionsMenu, type ActionsMenuItem } from './ActionsMenu.tsx';
export { ConfirmPanel, type ConfirmPanelProps } from './ConfirmPanel.tsx';
export { useFocusOnMount } from './useFocusAfterRender.ts';
export { formatPhoneNumber } from './formatPhoneNumber.ts';
