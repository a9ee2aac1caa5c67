/** Fills `{name}` placeholders: `format('{count} items', { count: 3 })` → `'3 items'`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `plural('en', 3, '1 message', '{count} messages')` → `'3 messages'`, by the language's plural rules. */
export function plural(lang: string, count: number, one: string, other: string): string {
  return new Intl.PluralRules(lang).select(count) === 'one' ? format(one, { count }) : format(other, { count });
}

/** `formatDate('en', '2026-12-01')` → `'December 1, 2026'`; `'ja'` → `'2026年12月1日'`. */
export function formatDate(lang: string, isoDate: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
