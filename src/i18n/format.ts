/** Fills `{name}` placeholders: `format('{count} items', { count: 3 })` → `'3 items'`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
