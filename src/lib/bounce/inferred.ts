/**
 * Status codes for well-known failure texts that come without any code. Small on purpose: each row is a
 * text MTAs really write, mapped to the RFC 3463 code that says the same thing. `cls` is the class to use:
 * 'report' follows the report (4 when it says the message is delayed, else 5).
 */
interface Row {
  text: RegExp;
  detail: string;
  cls: '4' | '5' | 'report';
}

const ROWS: readonly Row[] = [
  // X.2.2 Mailbox full. Before "retry timeout exceeded": Exim writes "mailbox is full: retry timeout exceeded".
  { text: /mailbox (?:is )?full|quota exceeded|over quota/i, detail: '2.2', cls: 'report' },
  // X.1.1 Bad destination mailbox address (Postfix "User unknown", sendmail "User unknown", "No such user").
  { text: /user unknown|no such user|unknown user|宛先のメールアドレスが見つかりません/i, detail: '1.1', cls: '5' },
  // X.2.0 Other mailbox status: RFC 5321's own text for 550/450 says no more than that.
  { text: /mailbox unavailable/i, detail: '2.0', cls: 'report' },
  // X.4.6 Routing loop detected (Postfix "mail for example.com loops back to myself").
  { text: /loops back to myself/i, detail: '4.6', cls: '5' },
  // X.3.4 Message too big for system (Postfix "message size exceeds fixed limit").
  { text: /message size exceeds/i, detail: '3.4', cls: '5' },
  // Postfix "Host or domain name not found. Name service error …": X.4.4 Unable to route; "try again" is X.4.3 Directory server failure.
  { text: /host or domain name not found[^\n]{0,200}try again/i, detail: '4.3', cls: '4' },
  { text: /host or domain name not found|unrouteable address/i, detail: '4.4', cls: 'report' },
  // X.4.1 No answer from host.
  { text: /connection timed out|connection refused/i, detail: '4.1', cls: '4' },
  // X.4.7 Delivery time expired. Exim's own DSN says only "Status: 5.0.0" (deliver.c writes 5.0.0 for every failure).
  { text: /retry timeout exceeded/i, detail: '4.7', cls: '5' },
];

/** The status a well-known text implies, or undefined. `delayed`: the report says delivery is still being tried. */
export function inferStatus(text: string, delayed: boolean): string | undefined {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  for (const row of ROWS) {
    if (!row.text.test(sample)) continue;
    const cls = row.cls === 'report' ? (delayed ? '4' : '5') : row.cls;
    return `${cls}.${row.detail}`;
  }
  return undefined;
}
