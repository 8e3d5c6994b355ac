/** A libphonenumber digit pattern compiled to a DFA (see digit-patterns.mjs). */
export interface DigitPattern {
  countWithPrefix(prefix: string, length: number): number;
  leading(prefix: string, length: number): 'yes' | 'no' | 'maybe';
  sample(length: number, random: () => number, prefix?: string): string | undefined;
}
export function compilePattern(src: string): DigitPattern;
