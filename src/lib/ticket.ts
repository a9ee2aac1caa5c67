export interface TicketParts {
  /** The error line, e.g. `550 5.1.1 No such user`. */
  line: string;
  means: string;
  fix: string;
  /** Language-neutral URL of the page. */
  url: string;
  labels: { means: string; fix: string; more: string };
}

/**
 * A short plain-text note to paste into a support ticket.
 * Backticks (code marks in our texts) are dropped.
 */
export function ticketNote({ line, means, fix, url, labels }: TicketParts): string {
  const plain = (s: string) => s.replace(/`/g, '');
  return [line, `${labels.means}: ${plain(means)}`, `${labels.fix}: ${plain(fix)}`, `${labels.more}: ${url}`].join('\n');
}
