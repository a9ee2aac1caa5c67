/**
 * RFC 3464 delivery-status fields (`message/delivery-status`, or the same fields pasted as text):
 * one per-message block, then one block per recipient, blocks separated by empty lines.
 */

export interface DsnRecipient {
  finalRecipient?: string;
  originalRecipient?: string;
  action?: string;
  status?: string;
  remoteMta?: string;
  /** Diagnostic-Code without its type (`smtp; `, `X-Postfix; `), unfolded. */
  diagnostic?: string;
  willRetryUntil?: string;
  lastAttemptDate?: string;
}

export interface Dsn {
  reportingMta?: string;
  recipients: DsnRecipient[];
}

const PER_MESSAGE = new Set(['reporting-mta', 'original-envelope-id', 'dsn-gateway', 'received-from-mta', 'arrival-date']);
const PER_RECIPIENT: Record<string, keyof DsnRecipient> = {
  'final-recipient': 'finalRecipient',
  'original-recipient': 'originalRecipient',
  action: 'action',
  status: 'status',
  'remote-mta': 'remoteMta',
  'diagnostic-code': 'diagnostic',
  'will-retry-until': 'willRetryUntil',
  'last-attempt-date': 'lastAttemptDate',
};
/** Every field name RFC 3464 defines, plus the extensions MTAs commonly add: what marks a DSN field line. */
export const DSN_FIELDS = new Set([
  ...PER_MESSAGE,
  ...Object.keys(PER_RECIPIENT),
  'x-postfix-queue-id',
  'x-postfix-sender',
  'x-actual-recipient',
  'x-display-name',
  'x-exim-diagnostic',
]);

const MAX_RECIPIENTS = 1000;
const MAX_VALUE = 4000;
const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,40})[ \t]*:[ \t]*/;

/** `rfc822; <a@example.com>` → `a@example.com`; `dns; mx.example.com.` → `mx.example.com.` */
export function typedValue(value: string): string {
  const semi = value.indexOf(';');
  const v = (semi >= 0 && semi < 24 ? value.slice(semi + 1) : value).trim();
  return v.startsWith('<') && v.endsWith('>') ? v.slice(1, -1).trim() : v;
}

/** The field name of a line that opens a DSN field, lower-case, or undefined. */
export function dsnFieldName(line: string): string | undefined {
  const m = FIELD.exec(line);
  const name = m?.[1]?.toLowerCase();
  return name && DSN_FIELDS.has(name) ? name : undefined;
}

export function parseDsn(text: string): Dsn {
  const dsn: Dsn = { recipients: [] };
  let current: DsnRecipient | undefined;
  let last: { target: DsnRecipient | undefined; key: keyof DsnRecipient | 'reportingMta' } | undefined;
  let kept = 0;
  const close = () => {
    if (current && kept < MAX_RECIPIENTS && Object.keys(current).length > 0) {
      dsn.recipients.push(current);
      kept++;
    }
    current = undefined;
  };
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, Math.min(end, pos + MAX_VALUE));
    pos = end + 1;
    if (kept >= MAX_RECIPIENTS) break; // all that is kept has been read; the per-message fields come first
    if (line.trim() === '') {
      close();
      last = undefined;
      continue;
    }
    if ((line[0] === ' ' || line[0] === '\t') && last) {
      const holder = last.key === 'reportingMta' ? dsn : last.target;
      const prev = (holder as Record<string, string | undefined> | undefined)?.[last.key];
      if (holder && prev !== undefined && prev.length < MAX_VALUE) (holder as Record<string, string>)[last.key] = `${prev} ${line.trim()}`;
      continue;
    }
    const m = FIELD.exec(line);
    if (!m) {
      last = undefined;
      continue;
    }
    const name = m[1]!.toLowerCase();
    const value = line.slice(m[0].length).trim();
    if (name === 'reporting-mta') {
      dsn.reportingMta = typedValue(value);
      last = { target: undefined, key: 'reportingMta' };
      continue;
    }
    const key = PER_RECIPIENT[name];
    if (!key) {
      last = undefined;
      continue;
    }
    // Blocks without the empty line between them: a field seen twice starts the next recipient.
    if (current && current[key] !== undefined) close();
    current ??= {};
    current[key] = key === 'diagnostic' ? value.replace(/^[A-Za-z0-9-]{1,20}[ \t]*;[ \t]*/, '') : value;
    last = { target: current, key };
  }
  close();
  return dsn;
}
