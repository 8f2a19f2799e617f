import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { testDatabaseUrl } from './database'

export type TestApp = {
  payload: Payload
  dir: string
  /** Calls the real REST API (the same handlers Next routes to), with an optional token or API key. */
  rest: (method: string, urlPath: string, init?: RestInit) => Promise<Response>
  /** Calls the real GraphQL endpoint, as a portal or browser would. */
  graphql: (
    query: string,
    init?: Omit<RestInit, 'body'>,
  ) => Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }>
  login: (email: string, password: string) => Promise<string>
  destroy: () => Promise<void>
}

type RestInit = {
  token?: string
  apiKey?: string
  body?: unknown
  headers?: Record<string, string>
}

/**
 * A ready Payload on its own fresh SQLite file (and media folder), with the schema built by the same
 * migrations production runs. Call in `beforeAll`, destroy in `afterAll`.
 */
export const startTestApp = async (): Promise<TestApp> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cchc-test-'))
  process.env.DATABASE_URL = testDatabaseUrl(dir)
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'test-secret-0123456789abcdef0123456789'
  process.env.ANTISPAM_DIFFICULTY = '1000'
  // Scripted sign-ins: a test about two-factor sign-in sets the roles itself.
  process.env.MFA_REQUIRED_ROLES ??= ''

  const { default: config } = await import('@payload-config')
  const { getPayload, handleEndpoints } = await import('payload')
  const { migrationsFor } = await import('@/platform/config/database')
  const { resolveDatabase } = await import('@/platform/config/env')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrationsFor(resolveDatabase(process.env)) })

  const rest: TestApp['rest'] = async (method, urlPath, init = {}) => {
    const headers = new Headers(init.headers)
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (init.apiKey) headers.set('Authorization', `users API-Key ${init.apiKey}`)
    let body: BodyInit | undefined
    if (init.body instanceof FormData || typeof init.body === 'string') body = init.body
    else if (init.body !== undefined) {
      body = JSON.stringify(init.body)
      headers.set('Content-Type', 'application/json')
    }
    const request = new Request(`http://localhost:3000/api${urlPath}`, { method, headers, body })
    return handleEndpoints({ config, request })
  }

  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const graphqlHandler = GRAPHQL_POST(config)
  const graphql: TestApp['graphql'] = async (query, init = {}) => {
    const headers = new Headers(init.headers)
    headers.set('Content-Type', 'application/json')
    if (init.token) headers.set('Authorization', `JWT ${init.token}`)
    if (init.apiKey) headers.set('Authorization', `users API-Key ${init.apiKey}`)
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    })
    return (await graphqlHandler(request as never)).json()
  }

  const login = async (email: string, password: string) => {
    const res = await rest('POST', '/users/login', { body: { email, password } })
    const json = (await res.json()) as { token?: string; errors?: unknown }
    if (!json.token) throw new Error(`login failed for ${email}: ${JSON.stringify(json)}`)
    return json.token
  }

  return {
    payload,
    dir,
    rest,
    graphql,
    login,
    destroy: async () => {
      // On MongoDB each test file made its own database; SQLite's file goes with the folder below.
      const mongo = (payload.db as { connection?: { dropDatabase?: () => Promise<unknown> } })
        .connection
      if (payload.db.name === 'mongoose' && mongo?.dropDatabase) await mongo.dropDatabase()
      await payload.destroy()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

/** A request made as `user`, for calling the Local API through `asUser` in tests. */
export const requestAs = async (payload: Payload, user: object | null): Promise<PayloadRequest> => {
  const { createLocalReq } = await import('payload')
  return createLocalReq(
    { user: user ? ({ ...user, collection: 'users' } as never) : undefined },
    payload,
  )
}
