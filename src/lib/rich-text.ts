/**
 * Splits reference text on backticks: `splitCode('Use `RCPT TO` here')` →
 * `[{code:false,text:'Use '},{code:true,text:'RCPT TO'},{code:false,text:' here'}]`.
 * An unmatched backtick stays as text.
 */
export function splitCode(text: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  const re = /`([^`\n]+)`/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ code: false, text: text.slice(last, m.index) });
    parts.push({ code: true, text: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ code: false, text: text.slice(last) });
  return parts;
}
