/**
 * Runs axe-core on the rendered story after its play function, with WCAG 2.0–2.2 A and AA rules; any violation
 * fails the story's test. A story may list rules it legitimately cannot meet in `parameters.axe.disable`, with a reason.
 */
import axe from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function assertNoAxeViolations(root: Element, disabledRules: string[] = []): Promise<void> {
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: TAGS },
    rules: Object.fromEntries(disabledRules.map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
    ...v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`),
  ]);
  throw new Error(`axe found ${results.violations.length} WCAG A/AA violation(s):\n${lines.join('\n')}`);
}
