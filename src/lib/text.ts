/**
 * Shortens text for a meta description: whole sentences up to `max` characters
 * (when they fill at least half of it), else a cut at a word boundary with an
 * ellipsis. Backticks are dropped.
 * `describe('One. Two.', 5)` → `'One.'`
 */
export function describe(text: string, max = 155): string {
  const plain = text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const sentences = plain.match(/[^.!?。！？]+[.!?。！？]+\s*/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length > max) break;
    out += s;
  }
  // Whole sentences, unless they leave most of the room unused.
  if (out.trim().length >= max / 2) return out.trim();
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** `'ja'` for a text in Japanese (a Japanese page's title shown on an English page), so it gets its own `lang`. */
export function textLang(text: string): 'ja' | undefined {
  return JAPANESE.test(text) ? 'ja' : undefined;
}
