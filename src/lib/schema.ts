import { z } from 'astro/zod';
import { GENERIC_STATUS_CODE, REPLY_CODE, SLUG, STATUS_CODE } from './code-formats.ts';

/**
 * The shapes of all content, defined once: `src/content.config.ts` uses them to
 * type the collections, and the content check uses them to name bad fields.
 */

export const SECTION_NAMES = ['what-happened', 'causes', 'sender', 'admin', 'retry'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export const ACTORS = ['sender', 'sender-admin', 'recipient', 'recipient-admin'] as const;
export type Actor = (typeof ACTORS)[number];

export const RETRY_ADVICE = ['automatic', 'wait', 'after-fix', 'no'] as const;
export type RetryAdvice = (typeof RETRY_ADVICE)[number];

export const SEVERITIES = ['temporary', 'permanent'] as const;
export type Severity = (typeof SEVERITIES)[number];

const oneLine = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .refine((s) => !/[\r\n]/.test(s), { error: `${what} must be one line` });

/** Reasons a message bounces, in plain words: one file each in `content/reasons/`. */
export const REASONS = [
  'address-unknown',
  'mailbox-disabled',
  'mailbox-full',
  'message-too-large',
  'spam-content',
  'sender-reputation',
  'authentication',
  'rate-limited',
  'domain-not-found',
  'connection-failed',
  'expired-in-queue',
  'relay-denied',
  'account-blocked',
  'recipient-policy',
  'tls-required',
  'protocol-error',
  'server-problem',
  'mail-loop',
] as const;
export type Reason = (typeof REASONS)[number];

export const SOURCE_KINDS = ['documented', 'observed'] as const;

const slug = (what: string, example: string) =>
  z
    .string({ error: `${what} must be a slug` })
    .regex(SLUG, { error: `${what} must be lower-case English words joined by hyphens, e.g. "${example}"` });

export const catalogEntrySchema = z.strictObject({
  code: z
    .number({ error: 'code must be a three-digit reply code written as a number, e.g. 550' })
    .int()
    .min(200, { error: 'code must be between 200 and 599' })
    .max(599, { error: 'code must be between 200 and 599' })
    .optional(),
  status: z.string({ error: 'status must be an enhanced status code in quotes, e.g. "5.1.1"' }).regex(STATUS_CODE, {
    error: 'status must look like "5.1.1": class 2, 4 or 5, then subject and detail',
  }),
  severity: z.enum(SEVERITIES, { error: 'severity must be "temporary" or "permanent"' }),
  message: oneLine('message'),
  aliases: z.array(oneLine('each alias')).default([]),
  /** Parts of `message` that change from bounce to bounce (addresses, IPs, host names, IDs). */
  vary: z.array(oneLine('each vary item')).default([]),
  variant: slug('variant', 'spf-check-failed'),
  /** The provider uses a status code the IANA registry does not define (Microsoft's 5.7.606). */
  privateStatus: z.boolean().default(false),
  title: oneLine('title'),
  summary: oneLine('summary'),
  fix: oneLine('fix'),
  actors: z.array(z.enum(ACTORS)).min(1, { error: 'actors must name at least one actor' }),
  retry: z.enum(RETRY_ADVICE, { error: `retry must be one of ${RETRY_ADVICE.join(', ')}` }),
  provider: slug('provider', 'gmail'),
  system: oneLine('system'),
  reason: z.enum(REASONS, { error: `reason must be one of ${REASONS.join(', ')}` }),
  source: z.url({ protocol: /^https?$/, error: 'source must be the http(s) URL where the message is published' }),
  sourceKind: z.enum(SOURCE_KINDS, { error: 'sourceKind must be "documented" or "observed"' }).default('documented'),
  checked: z.iso.date({ error: 'checked must be the date the source was read, quoted: "2026-12-01"' }),
  keywords: z.string().default(''),
});

export type CatalogEntryData = z.output<typeof catalogEntrySchema>;

const prose = z.string().trim().min(1, { error: 'text must not be empty' });

/** Text about one reply code, in one language. */
export const replyTextSchema = z.strictObject({
  title: prose,
  meaning: prose,
  causes: z.array(prose).min(1),
  sender: prose,
  admin: prose,
  providers: prose.optional(),
});

/** Text about one enhanced status code (class-neutral, plus the advice per class). */
export const statusTextSchema = z.strictObject({
  title: prose,
  meaning: prose,
  causes: z.array(prose).min(1),
  sender: prose,
  admin: prose,
  temporary: prose,
  permanent: prose,
  providers: prose.optional(),
});

/** Text about one digit value. */
export const digitTextSchema = z.strictObject({
  name: prose,
  meaning: prose,
  action: prose,
  /** Words people type for this kind of code (`temporary error`, 「一時的なエラー」), space-separated. */
  keywords: z.string().optional(),
});

export const digitsFileSchema = z.strictObject({
  'reply-first': z.record(z.enum(['2', '3', '4', '5']), digitTextSchema),
  'reply-second': z.record(z.enum(['0', '1', '2', '3', '4', '5']), digitTextSchema),
  'status-class': z.record(z.enum(['2', '4', '5']), digitTextSchema),
  'status-subject': z.record(z.enum(['0', '1', '2', '3', '4', '5', '6', '7']), digitTextSchema),
});

export const replyFileSchema = z.record(z.string().regex(REPLY_CODE), replyTextSchema);
export const statusFileSchema = z.record(z.string().regex(GENERIC_STATUS_CODE), statusTextSchema);

export type ReplyText = z.output<typeof replyTextSchema>;
export type StatusText = z.output<typeof statusTextSchema>;
export type DigitText = z.output<typeof digitTextSchema>;
export type DigitsFile = z.output<typeof digitsFileSchema>;

/** Facts about a reply code: `content/reference/reply-codes.yaml`. */
export const replyFactSchema = z.strictObject({
  standing: z.enum(['standard', 'registry-only']),
  rfc: z.array(z.string().min(1)).min(1),
});

/** Facts about an enhanced status code: `content/reference/status-codes.yaml` (the IANA registry). */
export const statusFactSchema = z.strictObject({
  title: z.string().min(1),
  replyCodes: z.string().min(1),
  rfc: z.string().min(1),
  reason: z.enum(REASONS, { error: `reason must be one of ${REASONS.join(', ')}` }),
});

export const replyFactsFileSchema = z.record(z.string().regex(REPLY_CODE), replyFactSchema);
export const statusFactsFileSchema = z.record(z.string().regex(GENERIC_STATUS_CODE), statusFactSchema);

export type ReplyFact = z.output<typeof replyFactSchema>;
export type StatusFact = z.output<typeof statusFactSchema>;

export const PROVIDER_KINDS = ['mailbox-provider', 'mta', 'security-gateway', 'hosting'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

const providerTextSchema = z.strictObject({ about: prose, recognise: prose });

/** One mail system: `content/providers/{id}.yaml`, both languages in one file. */
export const providerSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'name must not be empty' }),
  kind: z.enum(PROVIDER_KINDS, { error: `kind must be one of ${PROVIDER_KINDS.join(', ')}` }),
  recognise: z.strictObject({
    hosts: z.array(z.string().trim().toLowerCase().min(3)).default([]),
    tags: z.array(z.string().trim().min(3)).default([]),
  }),
  help: z
    .array(
      z.strictObject({ name: z.string().trim().min(1), url: z.url({ protocol: /^https?$/, error: 'help url must be an http(s) URL' }) }),
    )
    .default([]),
  en: providerTextSchema,
  ja: providerTextSchema,
});
export type ProviderData = z.output<typeof providerSchema>;

const reasonTextSchema = z.strictObject({
  title: oneLine('title'),
  question: oneLine('question'),
  summary: oneLine('summary'),
  meaning: prose,
  sender: prose,
  admin: prose,
  retry: prose,
  keywords: z.string().default(''),
});

/** One cause of bounces in plain words: `content/reasons/{id}.yaml`. */
export const reasonSchema = z.strictObject({
  order: z.number().int().min(1),
  /** Guides (slugs of content/guides/) that explain this cause further. */
  guides: z.array(z.string().regex(SLUG)).default([]),
  en: reasonTextSchema,
  ja: reasonTextSchema,
});
export type ReasonData = z.output<typeof reasonSchema>;
export type ReasonText = z.output<typeof reasonTextSchema>;

/** A topic guide: `content/guides/{lang}/{slug}.mdx`. */
export const guideSchema = z.strictObject({
  title: oneLine('title'),
  description: oneLine('description').refine((s) => s.length <= 200, { error: 'description must be at most 200 characters' }),
  keywords: z.string().default(''),
});
export type GuideData = z.output<typeof guideSchema>;
