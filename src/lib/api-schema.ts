/** JSON Schema (draft 2020-12) of `/api/codes.json`, published beside it as `/api/codes.schema.json`. */

const localized = {
  type: 'object',
  required: ['ja', 'en'],
  additionalProperties: false,
  properties: { ja: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } },
} as const;

const urls = {
  type: 'object',
  description: 'Absolute URLs: one per language, and the language-neutral one that opens in the reader’s language.',
  required: ['ja', 'en', 'neutral'],
  additionalProperties: false,
  properties: {
    ja: { type: 'string', format: 'uri' },
    en: { type: 'string', format: 'uri' },
    neutral: { type: 'string', format: 'uri' },
  },
} as const;

export const codesJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'SMTP Error Guide: codes and pages',
  type: 'object',
  required: ['version', 'site', 'catalog', 'pairs', 'replyCodes', 'statusCodes', 'digits'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    site: { type: 'string', format: 'uri', description: 'The site root, with its base path.' },
    catalog: {
      type: 'array',
      description: 'Every error message of the catalog.',
      items: {
        type: 'object',
        required: ['code', 'status', 'severity', 'message', 'aliases', 'variant', 'provider', 'system', 'title', 'summary', 'fix', 'url'],
        additionalProperties: false,
        properties: {
          code: { type: 'integer', minimum: 400, maximum: 599 },
          status: { type: 'string', pattern: '^[45]\\.\\d{1,3}\\.\\d{1,3}$' },
          severity: { enum: ['temporary', 'permanent'] },
          message: { type: 'string', minLength: 1, description: 'The server’s text, exactly as sent.' },
          aliases: { type: 'array', items: { type: 'string' } },
          variant: { type: 'string', pattern: '^[a-z0-9-]+$' },
          provider: { type: 'string' },
          system: { type: 'string' },
          title: localized,
          summary: localized,
          fix: localized,
          url: urls,
        },
      },
    },
    pairs: {
      type: 'array',
      description: 'Every reply code + status code pair of the catalog, and its page.',
      items: {
        type: 'object',
        required: ['code', 'status', 'variants', 'url'],
        additionalProperties: false,
        properties: {
          code: { type: 'integer' },
          status: { type: 'string' },
          variants: { type: 'array', items: { type: 'string' } },
          url: urls,
        },
      },
    },
    replyCodes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'title', 'rfc', 'url'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^[2-5]\\d\\d$' },
          title: localized,
          rfc: { type: 'array', items: { type: 'string' } },
          url: urls,
        },
      },
    },
    statusCodes: {
      type: 'array',
      description: 'Every code of the IANA registry, in both failure classes.',
      items: {
        type: 'object',
        required: ['code', 'registryTitle', 'title', 'rfc', 'url'],
        additionalProperties: false,
        properties: {
          code: { type: 'string', pattern: '^[45]\\.\\d\\.\\d{1,2}$' },
          registryTitle: { type: 'string' },
          title: localized,
          rfc: { type: 'string' },
          url: urls,
        },
      },
    },
    digits: {
      type: 'array',
      description: 'The digit explainers, e.g. 5xx, x5x, 5.x.x, x.7.x.',
      items: {
        type: 'object',
        required: ['pattern', 'name', 'url'],
        additionalProperties: false,
        properties: { pattern: { type: 'string' }, name: localized, url: urls },
      },
    },
  },
} as const;
