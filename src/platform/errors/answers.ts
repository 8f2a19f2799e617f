import type { AfterErrorHook, PayloadRequest } from 'payload'

import { t } from '@/platform/i18n'
import { fieldLabel } from '@/platform/input/labels'
import type { CoreMessageKey } from '@/platform/i18n/core'

import { currentRequestId, REQUEST_ID_HEADER } from './requestScope'

type ErrorLike = Error & {
  status?: unknown
  data?: unknown
  originalError?: ErrorLike
}

/** The HTTP status an error stands for; anything unknown is a fault of ours (500). */
export const statusOf = (error: ErrorLike | undefined): number => {
  const status = Number(error?.status)
  return Number.isInteger(status) && status >= 400 && status <= 599 ? status : 500
}

/** Payload's own English texts that reach users, and the catalogue texts that replace them. */
const payloadTexts: { pattern: RegExp; key: CoreMessageKey; param?: string }[] = [
  { pattern: /^Invalid JSON$/, key: 'input.invalidJson' },
  {
    pattern: /^The following paths? cannot be queried: (.+)$/,
    key: 'input.badQuery',
    param: 'path',
  },
  { pattern: /^Route not found "(.+)"$/, key: 'error.routeNotFound', param: 'path' },
]

/** Payload's generic refusals, by class name, and the catalogue texts that say them better. */
const payloadRefusals: Record<string, CoreMessageKey> = {
  NotFound: 'error.notFound',
  Forbidden: 'error.forbidden',
  UnauthorizedError: 'error.unauthenticated',
}

/** A refusal's text in the request's language: ours as thrown, Payload's English ones translated. */
export const refusalText = (
  req: { i18n?: { language?: string } } | null | undefined,
  message: string,
  name?: string,
): string => {
  const generic = name ? payloadRefusals[name] : undefined
  if (generic) return t(req, generic)
  for (const { pattern, key, param } of payloadTexts) {
    const match = pattern.exec(message)
    if (match) return t(req, key, param ? { [param]: match[1] ?? '' } : undefined)
  }
  return message
}

type FieldError = { path?: unknown; label?: unknown; message?: unknown }
type FieldErrors = { collection?: unknown; global?: unknown; errors: FieldError[] }

const isFieldErrors = (data: unknown): data is FieldErrors =>
  Array.isArray((data as { errors?: unknown } | null)?.errors) &&
  (data as { errors: unknown[] }).errors.length > 0

/**
 * A field refusal told in the request's language, each field named by its label: Payload builds the
 * heading in English where it has no translator at hand (a duplicate email) and without labels
 * where the error names only a path (a unique value).
 */
const withLabels = (
  req: PayloadRequest,
  data: FieldErrors,
): { message: string; data: FieldErrors } => {
  const owner = String(data.collection ?? data.global ?? '')
  const errors = data.errors.map((error) => ({
    ...error,
    label:
      typeof error.label === 'string' && error.label
        ? error.label
        : (fieldLabel(req, owner, String(error.path ?? '')) ?? String(error.path ?? '')),
  }))
  const heading = req.t('error:followingFieldsInvalid', { count: errors.length })
  return {
    message: `${heading} ${errors.map((error) => error.label).join(', ')}`,
    data: { ...data, errors },
  }
}

/** The id a fault is reported under: the request's own, or a new one outside a request scope. */
const faultId = (): string =>
  currentRequestId() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** Payload logs a REST error once, at the level `loggingLevels` gives its name (error by default). */
const loggedWithStack = (req: PayloadRequest, error: ErrorLike): boolean => {
  const level = (req.payload.config.loggingLevels as Record<string, string | false | undefined>)[
    error.name
  ]
  return level === undefined || level === 'error' || level === 'fatal'
}

const logFault = (req: PayloadRequest, error: ErrorLike, requestId: string) =>
  req.payload.logger.error({ err: error, requestId }, `Fault answered with request id ${requestId}`)

/**
 * Every error Payload answers (REST and GraphQL) leaves here in the user's language and with its own
 * status. Payload's formatter recognises our errors by class name and `instanceof`, both of which a
 * production bundle can break (minified names, duplicated modules): it then answers "An unknown error
 * occurred.". So the answer is rebuilt from the error itself. A fault (5xx) answers with the request
 * id the log line carries, and never with its internals.
 */
export const answerErrors: AfterErrorHook = ({ error: thrown, graphqlResult, req }) => {
  const error = thrown as ErrorLike
  if (graphqlResult) {
    const cause = error.originalError ?? error
    const status = error.originalError ? statusOf(cause) : 400
    if (status >= 500) {
      const requestId = faultId()
      logFault(req, cause, requestId)
      return {
        graphqlResult: {
          ...graphqlResult,
          message: t(req, 'error.fault', { id: requestId }),
          extensions: { statusCode: status, requestId },
        },
      }
    }
    const labelled =
      isFieldErrors(cause.data) && cause.name === 'ValidationError'
        ? withLabels(req, cause.data)
        : undefined
    const message = labelled?.message ?? refusalText(req, cause.message, cause.name)
    req.payload.logger.info(message)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: {
          ...graphqlResult.extensions,
          name: cause.name || undefined,
          statusCode: status,
          data: labelled?.data ?? cause.data ?? undefined,
        },
      },
    }
  }

  const status = statusOf(error)
  if (status >= 500) {
    const requestId = faultId()
    if (!currentRequestId() || !loggedWithStack(req, error)) logFault(req, error, requestId)
    const headers = req.responseHeaders ?? new Headers()
    headers.set(REQUEST_ID_HEADER, requestId)
    req.responseHeaders = headers
    const message = t(req, 'error.fault', { id: requestId })
    return { status, response: { errors: [{ message, requestId }], message } }
  }
  if (isFieldErrors(error.data) && error.name === 'ValidationError') {
    const labelled = withLabels(req, error.data)
    return {
      status,
      // No top-level message: the admin's forms then mark each field and list them in the toast.
      response: { errors: [{ name: error.name || undefined, ...labelled }] },
    }
  }
  const message = refusalText(req, error.message, error.name)
  const data = (error.data ?? undefined) as Record<string, unknown> | undefined
  // A refusal with its own text that also names a field (an upload's file): the admin marks the
  // field and toasts the text.
  if (isFieldErrors(data))
    return { status, response: { errors: [{ name: error.name || undefined, message, data }] } }
  return {
    status,
    response: {
      errors: [{ name: error.name || undefined, message, ...(data ? { data } : {}) }],
      // The admin's forms toast a top-level message as it is; without one they would split the
      // text at its first colon into a list of fields.
      message,
    },
  }
}
