import type { SectionName } from '../lib/schema.ts';
import type { UiKey } from './ui.ts';

/** The heading of each body section of a catalog entry. */
export const SECTION_HEADINGS: Record<SectionName, UiKey> = {
  'what-happened': 'sectionWhatHappened',
  causes: 'sectionCauses',
  sender: 'sectionSender',
  admin: 'sectionAdmin',
  retry: 'sectionRetry',
};
