import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { asUser } from '@/platform/access/asUser'
import { resolveServerUrl } from '@/platform/config/env'
import { resolveLinkTemplates, type LinkTemplates } from '@/modules/delivery/domain/links'
import {
  matchPathTemplate,
  parseParams,
  type ParamProblem,
  type ParamSpec,
  type ParamValues,
} from '@/modules/delivery/domain/params'
import { bilingual, type TextKey as MessageKey } from '@/modules/delivery/i18n'
import type { MessageParams } from '@/platform/i18n/catalog'
import type { PublicResponse, PublicRoute } from '@/modules/delivery/types'
import type { ComponentName } from './schemas'

export const API_BASE = '/api/public/v1'

/**
 * What a public handler works with: `visitor`, the Local API as an anonymous visitor (a request
 * WITHOUT a user, through `asUser`, so `overrideAccess: false`: published documents and public fields
 * only); `payload` and `req` for the few system reads of public fields that say so; the server's
 * public address for absolute links; and where item links point.
 */
export type PublicContext = {
  payload: Payload
  req: PayloadRequest
  visitor: ReturnType<typeof asUser>
  serverUrl: string
  links: LinkTemplates
}

export const publicContext = async (payload: Payload): Promise<PublicContext> => {
  const req = await createLocalReq({}, payload)
  return {
    payload,
    req,
    visitor: asUser(req),
    serverUrl: resolveServerUrl(process.env),
    links: resolveLinkTemplates(process.env),
  }
}

/** A refusal with a fixed code and a message in Vietnamese, then English. */
export class PublicApiProblem extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: 'invalidParameter' | 'notFound',
    readonly key: MessageKey,
    readonly params?: MessageParams,
  ) {
    super(bilingual(key, params))
    this.name = 'PublicApiProblem'
  }
}

export const invalidParameter = (key: MessageKey, params?: MessageParams) =>
  new PublicApiProblem(400, 'invalidParameter', key, params)
export const notFound = (key: MessageKey, params?: MessageParams) =>
  new PublicApiProblem(404, 'notFound', key, params)

/** The message of a parameter that failed its declaration. */
const paramProblem = (problem: ParamProblem): PublicApiProblem => {
  const { param, reason, ...rest } = problem
  return invalidParameter(`public.api.param.${reason}`, { param, ...rest })
}

const jsonResponse = (status: number, body: unknown): PublicResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
})

const problemResponse = (problem: PublicApiProblem): PublicResponse =>
  jsonResponse(problem.status, { error: { code: problem.code, message: problem.message } })

/**
 * One operation of the API, declared once: its path, parameters and response schema make the
 * OpenAPI document; the same parameter list parses the request before the handler runs.
 */
export type ApiOperation<Specs extends readonly ParamSpec[] = readonly ParamSpec[]> = {
  operationId: string
  /** Under API_BASE, with `{name}` path parameters. */
  path: string
  tag: 'content' | 'organisation' | 'schedule' | 'plans'
  summary: MessageKey
  description?: MessageKey
  params: Specs
  response: ComponentName
  /** Whether the operation answers 404 for an unknown path parameter. */
  hasNotFound?: boolean
  handler: (context: PublicContext, params: ParamValues<Specs>) => Promise<unknown>
}

/** Declares an operation, keeping its parameter types for the handler. */
export const defineOperation = <const Specs extends readonly ParamSpec[]>(
  operation: ApiOperation<Specs>,
): ApiOperation =>
  // The table holds operations of different parameter lists; each handler was checked against its own above.
  operation as unknown as ApiOperation

/** Parses the request against the operation's parameters; a bad parameter is a PublicApiProblem. */
export const readParams = (
  operation: Pick<ApiOperation, 'params'>,
  url: URL,
  pathParams: Record<string, string> = {},
) => {
  const parsed = parseParams(operation.params, url.searchParams, pathParams)
  if (!parsed.ok) throw paramProblem(parsed.problem)
  return parsed.values
}

/** Runs a handler, turning refusals into their JSON answer (anything else is a real fault). */
export const answer = async (run: () => Promise<PublicResponse>): Promise<PublicResponse> => {
  try {
    return await run()
  } catch (error) {
    if (error instanceof PublicApiProblem) return problemResponse(error)
    throw error
  }
}

/**
 * The registry entries for a list of operations: an exact path for each fixed path, and one prefix
 * ("/api/public/v1/articles/*") per group of templated paths, which picks the matching template.
 */
export const operationRoutes = (operations: readonly ApiOperation[]): PublicRoute[] => {
  const groups = new Map<string, ApiOperation[]>()
  for (const operation of operations) {
    const full = `${API_BASE}${operation.path}`
    const brace = full.indexOf('{')
    const key = brace === -1 ? full : `${full.slice(0, full.lastIndexOf('/', brace) + 1)}*`
    groups.set(key, [...(groups.get(key) ?? []), operation])
  }
  return [...groups].map(([path, members]) => ({
    path,
    shared: true,
    handler: ({ payload, url }) =>
      answer(async () => {
        for (const operation of members) {
          const pathParams = matchPathTemplate(`${API_BASE}${operation.path}`, url.pathname)
          if (!pathParams) continue
          const values = readParams(operation, url, pathParams)
          // `values` were parsed by this operation's own declaration, which typed its handler.
          const body = await operation.handler(await publicContext(payload), values as never)
          return jsonResponse(200, body)
        }
        throw notFound('public.api.notFound', { path: url.pathname })
      }),
  }))
}
