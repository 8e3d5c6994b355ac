/**
 * The kit class of every part, computed from the block name alone. The part registries (`parts.ts`, with their
 * descriptions and data attributes) are documentation: they reach the bundle only as types, so they cost the user
 * nothing. A test checks that these classes equal the registries' for every part.
 */
import type { ComponentKey } from './registry.ts';

/** Each component's block class: its root's class and the prefix of its parts' classes. */
export const PART_BLOCKS: { readonly [K in ComponentKey]: string } = {
  addPhoneNumber: 'pnk-add-phone-number',
  verifyPhoneNumber: 'pnk-verify-phone-number',
  phoneNumbersSection: 'pnk-phone-numbers-section',
  smsTwoFactorSection: 'pnk-sms-two-factor-section',
  defaultSecondFactor: 'pnk-default-second-factor',
  backupCodes: 'pnk-backup-codes',
  common: 'pnk',
};

/** `countrySelect` → `country-select`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * `root` → the block; other parts → `<block>__<kebab-part>`. Shared parts are blocks of their own (`pnk-button`),
 * and the menu's and confirmation panel's inner parts hang off those (`pnk-menu__trigger`).
 */
export function kitPartClass(component: ComponentKey, part: string): string {
  const block = PART_BLOCKS[component];
  if (component === 'common') return `pnk-${kebab(part).replace(/^(menu|confirm)-/, '$1__')}`;
  return part === 'root' ? block : `${block}__${kebab(part)}`;
}
