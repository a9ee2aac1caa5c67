export type Stage = 'CONNECT' | 'HELO' | 'MAIL FROM' | 'RCPT TO' | 'DATA' | 'end of DATA';

/** What one line of a report says about the failure around it (besides codes). */
export interface Hint {
  /** The remote host the failure happened at. */
  host?: string;
  /** The host that wrote the report (Exchange "Generating server"): a fallback remote host for every recipient. */
  generatingHost?: string;
  stage?: Stage;
  /** The line names the recipient that the following lines are about. */
  address?: string;
  originalAddress?: string;
  sender?: boolean;
  /** A failure stated without a code (`Connection timed out`), when the line gives it apart from its prefix. */
  note?: string;
  /** Where in the line the text still to be read for codes starts (after `<a@example.com>: `). */
  rest?: number;
  /** The line is one of ours (a command in a transcript): no codes to read in it. */
  skip?: boolean;
}

export interface Format {
  name: string;
  /** Lower-case phrases any one of which marks the layout. */
  signs: readonly string[];
  hint?: (line: string) => Hint | undefined;
}

/** The stage an SMTP command names (`RCPT TO:<…>`, `end of data`, `.`, `EHLO`). */
export function stageOf(command: string): Stage | undefined {
  const c = command.trim().toUpperCase();
  if (c.startsWith('RCPT')) return 'RCPT TO';
  if (c.startsWith('MAIL')) return 'MAIL FROM';
  if (c.startsWith('END OF DATA') || c === '.') return 'end of DATA';
  if (c.startsWith('DATA')) return 'DATA';
  if (c.startsWith('EHLO') || c.startsWith('HELO') || c.startsWith('LHLO')) return 'HELO';
  if (c.startsWith('INITIAL') || c.startsWith('CONNECT') || c.startsWith('GREETING')) return 'CONNECT';
  return undefined;
}

/** A host name as written in a report: no trailing dot, lower-case. */
export const hostName = (h: string) => h.replace(/\.$/, '').toLowerCase();
