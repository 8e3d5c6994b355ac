/**
 * The routes through the enable wizard, for its "Step 2 of 4" line: a verified number goes straight to the end,
 * an unverified one is verified first, a new one is added and verified; with no number to choose, the wizard
 * starts at adding one.
 */
export type WizardRoute = 'verified' | 'unverified' | 'new' | 'add-first';

/** A step as the progress line counts it: the backup codes and the plain success message are both the end. */
export type RouteStep = 'choose' | 'add' | 'verify' | 'finish';

const ROUTES: Record<WizardRoute, readonly RouteStep[]> = {
  verified: ['choose', 'finish'],
  unverified: ['choose', 'verify', 'finish'],
  new: ['choose', 'add', 'verify', 'finish'],
  'add-first': ['add', 'verify', 'finish'],
};

/** Where a step sits on a route, counted from 1: `{ step: 2, total: 4 }`. */
export function stepPosition(route: WizardRoute, step: RouteStep): { step: number; total: number } {
  const steps = ROUTES[route];
  return { step: steps.indexOf(step) + 1, total: steps.length };
}
