/** Types for the test that checks src/components/common/displayFormats.ts is current (see the .mjs). */
export interface Libphonenumber {
  min: unknown;
  max: unknown;
  version: string;
}
export const OUTPUT: string;
export function loadLibphonenumber(): Libphonenumber;
export function generateDisplayFormats(lib: Libphonenumber): string;
