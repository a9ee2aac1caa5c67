import { exchange } from './exchange.ts';
import { exim } from './exim.ts';
import { gmail } from './gmail.ts';
import { japanese } from './japanese.ts';
import { postfix } from './postfix.ts';
import { qmail } from './qmail.ts';
import { sendmail } from './sendmail.ts';
import { ses } from './ses.ts';
import type { Format, Hint } from './types.ts';
import { yahoo } from './yahoo.ts';

export type { Hint, Stage } from './types.ts';
export { inReplyTo } from './postfix.ts';

/** In the order they are tried: the more specific signs first (an Exchange NDR may relay a Postfix text). */
const FORMATS: readonly Format[] = [exchange, gmail, ses, yahoo, japanese, postfix, exim, sendmail, qmail];

/** The layout whose signs appear in the report's text (lower-cased by the caller), or undefined. */
export function detectFormat(lowerText: string): string | undefined {
  return FORMATS.find((f) => f.signs.some((s) => lowerText.includes(s)))?.name;
}

const MAX_HINT_LINE = 1024;

/** Everything the known layouts read from one line, merged (later formats do not override earlier ones). */
export function lineHint(line: string): Hint | undefined {
  const text = line.length > MAX_HINT_LINE ? line.slice(0, MAX_HINT_LINE) : line;
  let merged: Hint | undefined;
  for (const f of FORMATS) {
    const h = f.hint?.(text);
    if (h) merged = { ...h, ...merged };
  }
  return merged;
}
