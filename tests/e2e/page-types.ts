/** One literal page of each type, the same path in both languages (browser tests sample these). */
export const PAGE_TYPES = {
  home: '',
  'catalog pair (several messages)': 'codes/550-5.7.1/',
  'catalog message': 'codes/550-5.7.1/spf-check-failed/',
  'catalog pair (one message)': 'codes/554-5.6.0/',
  'catalog message without a reply code': 'codes/4.4.1/postfix-connection-timed-out/',
  'reply code': 'reply/550/',
  'status code (permanent)': 'status/5.7.1/',
  'status code (temporary)': 'status/4.7.26/',
  'reply digit': 'reply/5xx/',
  'status digit': 'status/x.7.x/',
  provider: 'providers/gmail/',
  reason: 'reasons/address-unknown/',
  guide: 'guides/how-to-read-a-bounce/',
  'search with results': 'search/?q=550+5.7.1',
} as const;

export const READING_PAGES = Object.entries(PAGE_TYPES).filter(([type]) => type !== 'search with results');
