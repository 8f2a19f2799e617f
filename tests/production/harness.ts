import { expect } from '@jest/globals'
import { en as payloadEn } from '@payloadcms/translations/languages/en'

import { format, mergeCatalogs, type Language, type MessageParams } from '@/platform/i18n/catalog'
import { coreMessages } from '@/platform/i18n/core'
import { payloadViOverrides } from '@/platform/i18n/payloadTexts'
import { messages as campaigns } from '@/modules/campaigns/messages'
import { messages as content } from '@/modules/content/messages'
import { messages as delivery } from '@/modules/delivery/messages'
import { messages as messaging } from '@/modules/messaging/messages'
import { messages as organisation } from '@/modules/organisation/messages'

/** Every text the app answers with, as the modules declare them. */
const catalog = mergeCatalogs(coreMessages, organisation, messaging, content, campaigns, delivery)
export type MessageKey = keyof typeof catalog.vi & string

/** A catalogue text in `language`, filled in as the server fills it. */
export const text = (language: Language, key: MessageKey, params?: MessageParams): string => {
  const template = catalog[language][key]
  if (template === undefined) throw new Error(`no message "${key}" in the catalogue`)
  return format(template, params)
}

/** Payload's own heading of a field refusal, as the server says it (one field or several). */
const fieldsHeading = (language: Language): string[] =>
  language === 'vi'
    ? [
        payloadViOverrides.error.followingFieldsInvalid_one,
        payloadViOverrides.error.followingFieldsInvalid_other,
      ]
    : [
        payloadEn.translations.error.followingFieldsInvalid_one,
        payloadEn.translations.error.followingFieldsInvalid_other,
      ]

export type Who =
  'anonymous' | 'admin' | 'editor' | 'reviewer' | 'districtReporter' | 'communeReporter' | 'viewer'

/** One HTTP request as a client sends it. */
export type Send = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  path: string
  /** A JSON body (sent with Content-Type: application/json). */
  json?: unknown
  /** A body sent as it is, with `contentType`. */
  raw?: string | Uint8Array
  contentType?: string
  /** A multipart body: the admin's own form requests and uploads. */
  form?: () => FormData
  headers?: Record<string, string>
}

/**
 * What the answer must say: a catalogue text (`key`, `params`) or another text the app answers with
 * (`text`: Payload's own, a feed's); with `field`, the text is the error shown on that field.
 */
export type Expected = {
  key?: MessageKey
  /** Parameters; a function where they are themselves texts in the request's language. */
  params?: MessageParams | ((language: Language) => MessageParams)
  text?: (language: Language) => string
  field?: string
}

/** The public API's texts: always both languages, whatever the request asks. */
export const publicText = (key: MessageKey, params?: MessageParams) => () =>
  `${text('vi', key, params)} / ${text('en', key, params)}`

export type Case = {
  name: string
  as: Who
  send: Send | (() => Send | Promise<Send>)
  status: number
  expect: Expected
  /**
   * What must read the same before and after (nothing stored, nothing changed). Omitted for
   * creates and writes to a document, where the harness reads the collection or the document.
   */
  readBack?: (() => Promise<unknown>) | 'nothing-to-store'
  /** The answer is not JSON (a feed, a script): the text must appear in its body. */
  plain?: boolean
  /** GraphQL answers 200 and gives the refusal's status in `errors[0].extensions.statusCode`. */
  graphqlStatus?: number
}

export type Client = {
  url: string
  tokens: Record<Exclude<Who, 'anonymous'>, string>
  /** Sends `send` as `who`, in `language` (Accept-Language: en for English). */
  send: (who: Who, send: Send, language?: Language) => Promise<Response>
  /** A JSON read as the admin (for lookups and read-backs). */
  read: <T = Record<string, unknown>>(path: string) => Promise<T>
}

export const makeClient = (url: string, tokens: Client['tokens']): Client => {
  const send: Client['send'] = async (who, request, language = 'vi') => {
    const headers = new Headers(request.headers)
    if (who !== 'anonymous') headers.set('Authorization', `JWT ${tokens[who]}`)
    if (language === 'en') headers.set('Accept-Language', 'en')
    let body: BodyInit | undefined
    if (request.form) body = request.form()
    else if (request.raw !== undefined) {
      body = request.raw as BodyInit
      if (request.contentType) headers.set('Content-Type', request.contentType)
    } else if (request.json !== undefined) {
      body = JSON.stringify(request.json)
      headers.set('Content-Type', 'application/json')
    }
    return fetch(`${url}${request.path}`, { method: request.method, headers, body })
  }
  const read: Client['read'] = async (path) => {
    // A read-back right after a refused oversized upload may meet the connection the server closed
    // mid-body (a network error, not an answer): it is sent again once on a fresh connection.
    const response = await send('admin', { method: 'GET', path }).catch(() =>
      send('admin', { method: 'GET', path }),
    )
    if (!response.ok) throw new Error(`GET ${path} as admin answered ${response.status}`)
    return (await response.json()) as never
  }
  return { url, tokens, send, read }
}

const GENERIC_FAILURES = [
  'An unknown error occurred',
  'Something went wrong',
  'Lỗi - Không xác định',
]

/** The refusal's text and field errors from an answer body, whatever its form. */
const readAnswer = (body: unknown) => {
  const answer = body as {
    message?: string
    error?: { message?: string }
    problems?: { message?: string }[]
    errors?: {
      message?: string
      data?: { errors?: { path?: string; message?: string }[] }
      extensions?: {
        statusCode?: number
        data?: { errors?: { path?: string; message?: string }[] }
      }
    }[]
  } | null
  return {
    message:
      answer?.errors?.[0]?.message ??
      answer?.error?.message ??
      answer?.problems?.[0]?.message ??
      answer?.message ??
      '',
    fields:
      answer?.errors?.flatMap(
        (error) => error.data?.errors ?? error.extensions?.data?.errors ?? [],
      ) ?? [],
    graphqlStatus: answer?.errors?.[0]?.extensions?.statusCode,
  }
}

/** The read-back a case gets when it names none: the collection's count, or the document. */
const defaultReadBack = (client: Client, send: Send): (() => Promise<unknown>) | undefined => {
  const match = /^\/api\/([a-z-]+)(?:\/(\d+))?(?:[/?]|$)/.exec(send.path)
  if (!match || send.method === 'GET' || match[1] === 'graphql') return undefined
  const [, slug, id] = match
  if (id) return () => client.read(`/api/${slug}/${id}?depth=0`).catch((error) => String(error))
  // A collection no one may read (the submission log) reads back as that refusal, unchanged.
  return async () =>
    (
      await client
        .read<{ totalDocs: number }>(`/api/${slug}?limit=1&depth=0`)
        .catch(() => ({ totalDocs: 'unreadable' }))
    ).totalDocs
}

/**
 * Plays one case in one language against the running server: the status, the app's own text in that
 * language (never a generic failure), the field it names, and a read-back proving nothing changed.
 */
export const play = async (client: Client, item: Case, language: Language): Promise<void> => {
  const send = typeof item.send === 'function' ? await item.send() : item.send
  const readBack =
    item.readBack === 'nothing-to-store'
      ? undefined
      : (item.readBack ?? defaultReadBack(client, send))
  if (item.readBack === undefined && !readBack && send.method !== 'GET')
    throw new Error(`${item.name}: say what to read back`)
  const before = readBack ? await readBack() : undefined
  const response = await client.send(item.as, send, language)
  const raw = await response.text()
  const where = `${item.name} [${language}] ${send.method} ${send.path} → ${response.status} ${raw.slice(0, 400)}`
  expect({ where, status: response.status }).toEqual({ where, status: item.status })
  for (const failure of GENERIC_FAILURES)
    expect({ where, raw }).not.toEqual({ where, raw: expect.stringContaining(failure) })

  const expected = item.expect
  const wanted = expected.text
    ? expected.text(language)
    : text(
        language,
        expected.key as MessageKey,
        typeof expected.params === 'function' ? expected.params(language) : expected.params,
      )
  if (item.plain) {
    expect({ where, raw }).toEqual({ where, raw: expect.stringContaining(wanted) })
  } else {
    const { message, fields, graphqlStatus } = readAnswer(JSON.parse(raw))
    if (item.graphqlStatus !== undefined)
      expect({ where, graphqlStatus }).toEqual({ where, graphqlStatus: item.graphqlStatus })
    if (expected.field) {
      const heading = fieldsHeading(language).some((h) => message.startsWith(h))
      expect({ where, heading }).toEqual({ where, heading: true })
      expect({ where, fields }).toEqual({
        where,
        fields: expect.arrayContaining([
          expect.objectContaining({ path: expected.field, message: wanted }),
        ]),
      })
    } else expect({ where, message }).toEqual({ where, message: wanted })
  }
  if (readBack) {
    const after = await readBack()
    expect({ where, after }).toEqual({ where, after: before })
  }
}
