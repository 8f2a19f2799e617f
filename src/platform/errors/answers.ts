import type { AfterErrorHook, PayloadRequest } from 'payload'

import { t } from '@/platform/i18n'
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

/** A refusal's text in the request's language: ours as thrown, Payload's English ones translated. */
export const refusalText = (
  req: { i18n?: { language?: string } } | null | undefined,
  message: string,
): string => {
  for (const { pattern, key, param } of payloadTexts) {
    const match = pattern.exec(message)
    if (match) return t(req, key, param ? { [param]: match[1] ?? '' } : undefined)
  }
  return message
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
    const message = refusalText(req, cause.message)
    req.payload.logger.info(message)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: {
          ...graphqlResult.extensions,
          name: cause.name || undefined,
          statusCode: status,
          data: cause.data ?? undefined,
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
  const message = refusalText(req, error.message)
  const data = error.data as { errors?: unknown } | null | undefined
  const fieldErrors = Array.isArray(data?.errors) && data.errors.length > 0
  return {
    status,
    response: {
      errors: [{ name: error.name || undefined, message, ...(data ? { data } : {}) }],
      // The admin's forms toast a top-level message as it is; without one they split the first
      // error's text at its colon into a list of fields, which only suits field errors.
      ...(fieldErrors ? {} : { message }),
    },
  }
}
