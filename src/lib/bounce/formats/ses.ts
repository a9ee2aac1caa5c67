import type { Format } from './types.ts';

// Amazon SES: "An error occurred while trying to deliver the mail to the following recipients:" and
// `5.1.0 - Unknown address error 550-'5.1.1 …' (delivery attempts: 0)`, whose inner reply reply.ts reads.
export const ses: Format = {
  name: 'ses',
  signs: ['amazonses.com', 'an error occurred while trying to deliver the mail to the following recipients', '(delivery attempts:'],
};
