import type { Dsn } from './dsn.ts';
import { typedValue } from './dsn.ts';
import { inReplyTo } from './formats/index.ts';
import { inferStatus } from './inferred.ts';
import { codesInLine } from './reply.ts';
import type { TextFinding } from './scan.ts';
import type { Action, BounceRecipient } from './types.ts';

const ACTIONS = new Set<Action>(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);
const MAX_RECIPIENTS = 1000;
const isGeneric = (status: string | undefined) => !!status && /^[245]\.0\.0$/.test(status);
const key = (address: string | undefined) => address?.toLowerCase();

/** `dns; gmail-smtp-in.l.google.com. (2001:db8::1b, the server for …)` → `gmail-smtp-in.l.google.com` */
export function remoteHost(value: string): string {
  return (typedValue(value).split(/\s/)[0] ?? '').replace(/\.$/, '').toLowerCase();
}

function fromDsn(r: Dsn['recipients'][number]): BounceRecipient {
  const out: BounceRecipient = { message: '' };
  if (r.finalRecipient) out.address = typedValue(r.finalRecipient);
  if (r.originalRecipient) out.originalAddress = typedValue(r.originalRecipient);
  const action = r.action?.trim().toLowerCase().split(/[\s(]/)[0] as Action | undefined;
  if (action && ACTIONS.has(action)) out.action = action;
  const status = /^[245]\.\d{1,3}\.\d{1,3}/.exec(r.status?.trim() ?? '')?.[0];
  if (r.diagnostic) {
    // A Diagnostic-Code reply beats a differing Status (Exim writes 5.0.0 there); a reply without its own
    // enhanced code takes the Status.
    const code = codesInLine(r.diagnostic).find((c) => c.reply || c.status);
    const told = inReplyTo(code ? code.message : r.diagnostic.trim());
    if (code?.reply) out.reply = code.reply;
    if (code?.status ?? status) out.status = code?.status ?? status;
    out.message = told.message;
    if (told.stage) out.stage = told.stage;
  } else if (status) out.status = status;
  if (r.remoteMta) out.remoteHost = remoteHost(r.remoteMta);
  if (r.willRetryUntil) out.retryUntil = r.willRetryUntil.trim();
  return out;
}

/** Fills what the DSN did not say from what the text said about the same recipient. */
function fill(r: BounceRecipient, t: TextFinding): void {
  if (!r.reply && t.reply) {
    r.reply = t.reply;
    if (t.status) r.status = t.status;
    if (t.message) r.message = t.message;
  } else if (!r.status && t.status) r.status = t.status;
  else if (isGeneric(r.status) && t.status && !t.noCode && !r.reply) r.status = t.status;
  if (!r.message && t.message) r.message = t.message;
  r.remoteHost ??= t.remoteHost;
  r.stage ??= t.stage;
  r.originalAddress ??= t.originalAddress;
  if (t.sender) r.sender = true;
  if (!r.remoteHost) delete r.remoteHost;
  if (!r.stage) delete r.stage;
  if (!r.originalAddress) delete r.originalAddress;
}

function fromText(t: TextFinding): BounceRecipient {
  const r: BounceRecipient = { message: t.message };
  if (t.address) r.address = t.address;
  fill(r, t);
  return r;
}

function classOf(r: BounceRecipient): string | undefined {
  return (r.reply ?? r.status)?.[0];
}

export interface LeadInput {
  dsn: Dsn;
  findings: TextFinding[];
  /** The report says delivery is still being tried. */
  delayed: boolean;
  /** The report is a bounce (a known layout or a DSN), so a recipient it names without a code did fail. */
  isReport: boolean;
  generatingHost?: string;
}

/** Every recipient, merged from DSN and text, codes inferred where none were given, failed first. */
export function leadRecipients(input: LeadInput): BounceRecipient[] {
  const out: BounceRecipient[] = [];
  const byAddress = new Map<string, BounceRecipient>();
  for (const d of input.dsn.recipients) {
    const r = fromDsn(d);
    const k = key(r.address);
    if (k && byAddress.has(k)) continue;
    if (k) byAddress.set(k, r);
    out.push(r);
  }
  const addressless: BounceRecipient[] = [];
  for (const t of input.findings) {
    const k = key(t.address);
    const known = k ? byAddress.get(k) : undefined;
    if (known) fill(known, t);
    else if (k) {
      const r = fromText(t);
      byAddress.set(k, r);
      out.push(r);
    } else if (t.reply || t.status) addressless.push(fromText(t));
  }
  // A code the text gives without naming a recipient: the only DSN recipient's, when that one had no reply.
  const lone = out.length === 1 && !out[0]!.reply ? out[0] : undefined;
  const seen = new Set<string>();
  const codeKeys = new Set<string>();
  for (const o of out)
    if (o.reply || o.status)
      for (const k of [`${o.reply ?? ''} ${o.status ?? ''}`, ` ${o.status ?? ''}`, `${o.reply ?? ''} `]) codeKeys.add(k);
  for (const r of addressless) {
    if (lone && r.reply && (r.reply[0] === classOf(lone) || !classOf(lone))) {
      fill(lone, { ...r, message: r.message });
      continue;
    }
    const dup = codeKeys.has(`${r.reply ?? ''} ${r.status ?? ''}`);
    const k = `${r.reply ?? ''} ${r.status ?? ''} ${r.message.toLowerCase()}`;
    if (dup || seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  const kept = out.slice(0, MAX_RECIPIENTS);
  for (const r of kept) finish(r, input);
  const failing = kept.some((r) => r.action === 'failed' || r.action === 'delayed');
  return kept
    .filter((r) => !(failing && !r.address && (classOf(r) === '2' || classOf(r) === '3')))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

function finish(r: BounceRecipient, input: LeadInput): void {
  if (!r.reply && (!r.status || isGeneric(r.status))) {
    const inferred = inferStatus(r.message, input.delayed || r.action === 'delayed');
    if (inferred) {
      r.status = inferred;
      r.statusInferred = true;
    }
  }
  if (!r.action) {
    const cls = classOf(r);
    if (cls === '5') r.action = input.delayed && r.statusInferred ? 'delayed' : 'failed';
    else if (cls === '4') r.action = 'delayed';
    else if (!cls && input.isReport && r.address) r.action = input.delayed ? 'delayed' : 'failed';
  }
  if (!r.remoteHost && input.generatingHost && r.address) r.remoteHost = input.generatingHost;
  if (!r.sender && r.status && /^5\.1\.[78]$/.test(r.status)) r.sender = true;
}

/** Failed first, then delayed, then the rest; a failure with the remote server's own codes before one without. */
function rank(r: BounceRecipient): number {
  const base = r.action === 'failed' ? 0 : r.action === 'delayed' ? 2 : 4;
  return base + (r.reply || (r.status && !r.statusInferred) ? 0 : 1);
}
