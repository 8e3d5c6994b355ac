/** How many wrong codes a verification takes before it fails, and what that leaves. */

/** Wrong codes the server accepts for one code before it fails the verification (Clerk's limit, the reference backend's default). */
export const MAX_CODE_ATTEMPTS = 3;

/** Tries still left for the current code after `attemptsUsed` wrong codes, never below 0. */
export function attemptsLeft(attemptsUsed: number, maxAttempts: number = MAX_CODE_ATTEMPTS): number {
  return Math.max(0, maxAttempts - attemptsUsed);
}
