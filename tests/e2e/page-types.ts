/** One page of each type, the same path in both languages. */
export const PAGE_TYPES = {
  home: '',
  'catalog pair (one message)': 'codes/550-5.1.1/',
  'catalog pair (several messages)': 'codes/550-5.7.1/',
  'catalog message': 'codes/550-5.7.1/spf-check-failed/',
  'reply code': 'reply/550/',
  'status code (permanent)': 'status/5.7.1/',
  'status code (temporary)': 'status/4.7.26/',
  'reply digit': 'reply/5xx/',
  'status digit': 'status/x.7.x/',
  'search with results': 'search/?q=550+5.7.1',
} as const;

export const READING_PAGES = Object.entries(PAGE_TYPES).filter(([type]) => type !== 'search with results');
