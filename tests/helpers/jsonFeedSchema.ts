/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a JSON Schema (draft 2020-12), written
 * from the specification: required `version`, `title` and `items`; each item has a string `id` and
 * `content_html` or `content_text`; URLs are strings, dates RFC 3339; an author names at least one of
 * name, url or avatar; `author` (singular) is deprecated in 1.1 and so refused here; extension keys
 * start with an underscore. Stricter than readers need, as a check on what we write.
 */
const url = { type: 'string', format: 'uri' } as const
const extensions = { '^_': {} } as const

const author = {
  type: 'object',
  properties: { name: { type: 'string' }, url, avatar: url },
  patternProperties: extensions,
  additionalProperties: false,
  anyOf: [{ required: ['name'] }, { required: ['url'] }, { required: ['avatar'] }],
} as const

const attachment = {
  type: 'object',
  required: ['url', 'mime_type'],
  properties: {
    url,
    mime_type: { type: 'string' },
    title: { type: 'string' },
    size_in_bytes: { type: 'number', minimum: 0 },
    duration_in_seconds: { type: 'number', minimum: 0 },
  },
  patternProperties: extensions,
  additionalProperties: false,
} as const

const item = {
  type: 'object',
  required: ['id'],
  anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
  properties: {
    id: { type: 'string', minLength: 1 },
    url,
    external_url: url,
    title: { type: 'string' },
    content_html: { type: 'string' },
    content_text: { type: 'string' },
    summary: { type: 'string' },
    image: url,
    banner_image: url,
    date_published: { type: 'string', format: 'date-time' },
    date_modified: { type: 'string', format: 'date-time' },
    authors: { type: 'array', items: author },
    tags: { type: 'array', items: { type: 'string' } },
    language: { type: 'string', minLength: 2 },
    attachments: { type: 'array', items: attachment },
  },
  patternProperties: extensions,
  additionalProperties: false,
} as const

export const jsonFeed11Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://jsonfeed.org/version/1.1/schema.json',
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string', minLength: 1 },
    home_page_url: url,
    feed_url: url,
    description: { type: 'string' },
    user_comment: { type: 'string' },
    next_url: url,
    icon: url,
    favicon: url,
    authors: { type: 'array', items: author },
    language: { type: 'string', minLength: 2 },
    expired: { type: 'boolean' },
    hubs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'url'],
        properties: { type: { type: 'string' }, url },
        additionalProperties: false,
      },
    },
    items: { type: 'array', items: item },
  },
  patternProperties: extensions,
  additionalProperties: false,
} as const
