/**
 * Where an inline copy of the returned original starts in a text report: from there on, nothing is
 * the report's own, so no code is read from it.
 */

/** Markers that stand on their own line between dashes or similar (`------ This is a copy of the message, … ------`). */
const FRAMED = [
  'original message',
  'this is a copy of the message',
  'below this line is a copy of the message',
  'message header follows',
  'message headers follow',
  'unsent message follows',
  'returned message follows',
  '元のメッセージ',
  '元のメール',
];
/** Markers that need no frame. */
const BARE = ['original message headers:', 'below this line is a copy of the message.', 'original message follows:'];
const DECOR = /^[\s\-=*_<>[\]【】■《》()]+|[\s\-=*_<>[\]【】■《》()]+$/g;
/** Content types of the returned original, when a MIME message is pasted without its top-level headers. */
const ORIGINAL_TYPE =
  /^content-type:\s*(message\/rfc822|message\/global|text\/rfc822-headers|message\/rfc822-headers|message\/global-headers)\b/i;

export function startsOriginal(trimmedLine: string): boolean {
  if (trimmedLine.length > 120) return false;
  const lower = trimmedLine.toLowerCase();
  if (BARE.includes(lower) || ORIGINAL_TYPE.test(lower)) return true;
  const bare = lower.replace(DECOR, '');
  if (bare.length === lower.length) return false; // no frame
  return FRAMED.some((m) => bare.startsWith(m));
}
