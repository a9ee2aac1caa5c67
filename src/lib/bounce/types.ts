import type { Stage } from './formats/types.ts';

export type Action = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

export interface BounceRecipient {
  /** Final-Recipient / the address the text names (as written, no angle brackets). */
  address?: string;
  originalAddress?: string;
  /** From DSN Action, or inferred (a 5xx = failed, 4xx/"delayed"/"will retry" = delayed). */
  action?: Action;
  /** The remote server's reply code, e.g. '550'. */
  reply?: string;
  /** Enhanced status code, e.g. '5.1.1'. */
  status?: string;
  /** True when the status came from a well-known text, not from the paste's codes. */
  statusInferred?: boolean;
  /** The server's text after the codes, continuation lines joined with one space. */
  message: string;
  /** e.g. 'mx.example.com' (from Remote-MTA, "host X said", "Generating server" …). */
  remoteHost?: string;
  stage?: Stage;
  /** Will-Retry-Until as written. */
  retryUntil?: string;
  /** True when the failure is about the SENDER (Exim sender verify), not this recipient. */
  sender?: boolean;
}

export interface BounceResult {
  reportingMta?: string;
  /** Which layout was recognised: 'dsn', 'postfix', 'exim', 'sendmail', 'qmail', 'exchange', 'gmail', 'ses', 'yahoo', 'japanese', 'line' (a single line or a few lines), 'none' */
  format: string;
  /** Failed first, then delayed; within that, in order of appearance. The first one LEADS. */
  recipients: BounceRecipient[];
  /** Every host name seen in the report's own parts, lower-case, for recognising the mail system. Never from the returned original. */
  hosts: string[];
  /** The report's own text (human part + DSN fields + diagnostic texts), without the returned original, capped: for tag matching. */
  text: string;
}
