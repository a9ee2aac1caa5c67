import { base64Bytes, decodeBytes, quotedPrintableBytes } from './charset.ts';

/** One RFC 5322 header field, unfolded; `name` is lower-case. */
export interface Header {
  name: string;
  value: string;
}

const FIELD = /^([!-9;-~]{1,76}):[ \t]?/;
const MAX_HEADERS = 500;

/** True when the line opens a header field (`Name: value`). */
export function isFieldLine(line: string): boolean {
  return FIELD.test(line);
}

/**
 * Reads the header block of `text` starting at `from`, up to the first empty line, unfolding
 * continuation lines (RFC 5322 §2.2.3). Returns the fields and where the body starts.
 */
export function readHeaders(text: string, from = 0): { headers: Header[]; bodyStart: number } {
  const headers: Header[] = [];
  let pos = from;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, Math.min(end, pos + 8192));
    const next = end + 1;
    if (line.trim() === '') return { headers, bodyStart: Math.min(next, text.length) };
    const last = headers.at(-1);
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      if (last.value.length < 8192) last.value += ` ${line.trim()}`;
    } else {
      const m = FIELD.exec(line);
      if (!m) return { headers, bodyStart: pos }; // not a header: the body starts here (a malformed message)
      if (headers.length < MAX_HEADERS) headers.push({ name: m[1]!.toLowerCase(), value: line.slice(m[0].length).trim() });
    }
    pos = next;
  }
  return { headers, bodyStart: text.length };
}

export function header(headers: readonly Header[], name: string): string | undefined {
  return headers.find((h) => h.name === name)?.value;
}

/** `text/plain; charset="iso-2022-jp"` → type and lower-case parameter names (RFC 2045 §5.1, quoted values). */
export function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  if (!value) return { type: 'text/plain', params };
  const semi = value.indexOf(';');
  const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase() || 'text/plain';
  const PARAM = /;\s*([\w!#$%&'*+.^`|~-]{1,64})\s*=\s*(?:"((?:[^"\\]|\\.){0,998})"|([^;\s]{0,998}))/g;
  for (const m of value.slice(Math.max(semi, 0)).matchAll(PARAM)) {
    params[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { type, params };
}

const ENCODED_WORD = /=\?([^?\s]{1,64})\?([bBqQ])\?([^?\s]{0,998})\?=/g;

/** Decodes RFC 2047 encoded words (`=?ISO-2022-JP?B?…?=`); whitespace between two encoded words is dropped. */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value.replace(/(\?=)[ \t]+(?==\?)/g, '$1').replace(ENCODED_WORD, (_all, charset: string, enc: string, data: string) => {
    const bytes = enc.toLowerCase() === 'b' ? base64Bytes(data) : quotedPrintableBytes(data, true);
    return decodeBytes(bytes, charset.split('*')[0] ?? '');
  });
}
