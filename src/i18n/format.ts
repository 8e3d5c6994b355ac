/** Fills `{name}` placeholders. Unknown placeholders stay visible, so a missing value is noticed, not hidden. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
