/** Bytes from transfer encodings, and text from bytes in a named charset. No I/O, no Buffer: runs in the browser too. */

const B64 = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => (B64[c.charCodeAt(0)] = i));
// base64url, which some encoders emit in encoded words
B64['-'.charCodeAt(0)] = 62;
B64['_'.charCodeAt(0)] = 63;

/** Decodes base64, skipping anything outside the alphabet (line breaks, stray characters, a truncated tail). */
export function base64Bytes(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) break; // '=' padding ends the data
    const v = c < 128 ? B64[c]! : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Decodes quoted-printable (RFC 2045 §6.7); `underscores` is the RFC 2047 "Q" variant where `_` is a space. */
export function quotedPrintableBytes(text: string, underscores = false): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */) {
      if (text[i + 1] === '\n') {
        i++;
        continue;
      }
      if (text[i + 1] === '\r' && text[i + 2] === '\n') {
        i += 2;
        continue;
      }
      const h = hex(text.charCodeAt(i + 1));
      const l = hex(text.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    if (underscores && c === 95) out[n++] = 32;
    else out[n++] = c > 255 ? 63 : c;
  }
  return out.subarray(0, n);
}

/** The string's characters as bytes, when every one fits in a byte (an 8-bit part pasted as Latin-1); else undefined. */
export function latin1Bytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 255) return undefined;
    out[i] = c;
  }
  return out;
}

const ALIASES: Record<string, string> = {
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'iso-2022-jp-3': 'iso-2022-jp',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
  'ansi_x3.4-1968': 'utf-8',
};

function decoder(label: string): TextDecoder {
  const wanted = label.trim().toLowerCase();
  try {
    return new TextDecoder(ALIASES[wanted] ?? (wanted || 'utf-8'));
  } catch {
    return new TextDecoder('utf-8');
  }
}

/**
 * Text from bytes in `charset`. An unknown label falls back to UTF-8; bytes that are not
 * valid in the label's charset become U+FFFD (never an exception). A part labelled
 * ASCII or ISO-8859-1 that is really UTF-8 (common in bounces) is read as UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase();
  if (label === '' || label in ALIASES || label === 'utf-8' || label === 'utf8') return new TextDecoder('utf-8').decode(bytes);
  if (label.startsWith('iso-8859-1') || label === 'latin1' || label === 'windows-1252') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
  return decoder(label).decode(bytes);
}
