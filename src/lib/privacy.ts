/** The longest query that may appear in the address bar: one short error line. */
export const MAX_URL_QUERY = 160;

/**
 * Whether a query may be written into the page address (and so into the
 * history): only a short single line with no e-mail address and no header.
 * `keepInUrl('550 5.1.1')` → true; `keepInUrl('To: a@example.com')` → false
 */
export function keepInUrl(query: string): boolean {
  return (
    query.length <= MAX_URL_QUERY &&
    !/[\r\n]/.test(query) &&
    !/[^\s@<>()]@[^\s@<>()]/.test(query) &&
    !/^[A-Za-z][\w-]*:\s/.test(query.trim())
  );
}

/** A recipient address shortened for a ticket or a screen reader: `bob@example.com` → `b…@example.com`. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at > 0 ? `${address[0]}…${address.slice(at)}` : address;
}

/** Where a long paste waits in this tab's session storage while the search page opens (it never goes into the address). */
export const PASTE_KEY = 'smtp-error-guide:paste';

const ADDRESS = /[^\s@<>()[\]"',;:]{1,64}@[^\s@<>()[\]"',;:]{1,255}/g;

/** Every e-mail address in a text masked: `'550 5.1.1 <bob@example.com>: …'` → `'550 5.1.1 <b…@example.com>: …'`. */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, maskAddress);
}
