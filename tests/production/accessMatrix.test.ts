import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Endpoint } from 'payload'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import {
  collectionPolicy,
  endpointPolicy,
  operations,
  principals,
  unreadableFields,
  type Operation,
  type Principal,
} from '@/platform/access/policy'
import { jobsSlug, slugs } from '@/platform/slugs'
import { jobEndpoints } from '@/platform/jobs/jobsCollection'
import { appModules } from '@/modules'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * The access policy (src/platform/access/policy.ts) played against the production server: for each
 * principal and collection, reads over REST and GraphQL answer as the policy says (and never show
 * the fields it hides), and every update or delete it denies is refused over REST and GraphQL (and
 * every create over REST) with nothing changed, as an admin reads back. Custom endpoints refuse at the door whom the policy says.
 */
let app: RunningApp
/** Who plays each principal: a header to send (the reporter twice: a commune's and a district's). */
const players: { principal: Principal; name: string; auth?: string }[] = []
const sample: Record<string, number | string | undefined> = {}
const graphqlName: Record<string, string> = {}
/** A collection's GraphQL document name, as in `update<Name>` and `delete<Name>`. */
const graphqlSingular: Record<string, string> = {}

const call = async (auth: string | undefined, method: string, path: string, body?: unknown) => {
  const headers = new Headers()
  if (auth) headers.set('Authorization', auth)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const raw = await res.text()
  let json: unknown = null
  try {
    json = JSON.parse(raw)
  } catch {
    // a file, a script: the status says enough
  }
  return { status: res.status, json, raw }
}

let adminAuth = ''
const asAdmin = (path: string) => call(adminAuth, 'GET', path)

const login = async (email: string, password: string) => {
  const { json } = await call(undefined, 'POST', '/api/users/login', { email, password })
  const token = (json as { token?: string } | null)?.token
  if (!token) throw new Error(`could not log ${email} in`)
  return `JWT ${token}`
}

/** Payload's GraphQL name of a collection's list query (its slug in PascalCase). */
const pascal = (slug: string) =>
  slug
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

beforeAll(async () => {
  app = await startRealApp()
  adminAuth = await login(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
  const portalKey = crypto.randomUUID()
  const units = (await asAdmin('/api/units?limit=1&depth=0&where[code][equals]=HT')).json as {
    docs: { id: number }[]
  }
  const portal = await call(adminAuth, 'POST', '/api/users', {
    email: 'cong-ma-tran@hatinh.demo',
    password: 'MatKhau@MaTran1',
    name: 'Cổng thử ma trận',
    roles: ['portal'],
    unit: units.docs[0]!.id,
    enableAPIKey: true,
    apiKey: portalKey,
  })
  if (portal.status !== 201) throw new Error(`could not make a portal key: ${portal.raw}`)
  players.push(
    { principal: 'anonymous', name: 'anonymous' },
    { principal: 'portal', name: 'portal key', auth: `users API-Key ${portalKey}` },
    {
      principal: 'viewer',
      name: 'viewer',
      auth: await login('lanhdao@hatinh.demo', DEMO_PASSWORD),
    },
    {
      principal: 'reporter',
      name: 'district reporter',
      auth: await login('baocao.camxuyen@hatinh.demo', DEMO_PASSWORD),
    },
    {
      principal: 'reporter',
      name: 'commune reporter',
      auth: await login('baocao.cambinh@hatinh.demo', DEMO_PASSWORD),
    },
    {
      principal: 'editor',
      name: 'editor',
      auth: await login('bientap@hatinh.demo', DEMO_PASSWORD),
    },
    {
      principal: 'reviewer',
      name: 'reviewer',
      auth: await login('pheduyet@hatinh.demo', DEMO_PASSWORD),
    },
    { principal: 'admin', name: 'admin', auth: adminAuth },
  )
  for (const slug of Object.keys(collectionPolicy)) {
    const { status, json } = await asAdmin(`/api/${slug}?limit=1&depth=0`)
    sample[slug] = status === 200 ? (json as { docs: { id: number }[] }).docs[0]?.id : undefined
  }
  // Which collections GraphQL has: asking an admin tells.
  // (Payload pluralises a singular slug, and names `all…` one whose singular and plural agree.)
  for (const slug of Object.keys(collectionPolicy))
    for (const name of [
      pascal(slug),
      `${pascal(slug)}s`,
      `${pascal(slug)}es`,
      `all${pascal(slug)}`,
    ]) {
      const { json } = await call(adminAuth, 'POST', '/api/graphql', {
        query: `{ ${name}(limit: 1) { totalDocs } }`,
      })
      // Known to the schema: answered, or refused (a collection no one reads), not "cannot query".
      if (JSON.stringify(json).includes('Cannot query field')) continue
      graphqlName[slug] = name
      break
    }
  // And the names of its mutations: asked of a document that does not exist, a known mutation
  // answers "not found", an unknown one "cannot query".
  for (const slug of Object.keys(graphqlName)) {
    const plural = graphqlName[slug]!
    for (const name of new Set([
      pascal(slug),
      plural.replace(/^all/, ''),
      plural.replace(/ies$/, 'y'),
      plural.replace(/es$/, ''),
      plural.replace(/s$/, ''),
    ])) {
      const { json } = await call(adminAuth, 'POST', '/api/graphql', {
        query: `mutation { delete${name}(id: 987654321) { id } }`,
      })
      if (JSON.stringify(json).includes('Cannot query field')) continue
      graphqlSingular[slug] = name
      break
    }
  }
}, 10 * 60_000)

afterAll(async () => {
  await app?.stop()
})

/** Refused: not signed in, forbidden, not found, or not served over the API at all (501). */
const DENIED = [401, 403, 404, 501]

/** What an admin reads of a collection or document, to prove a refused write changed nothing. */
const snapshot = async (slug: string, id?: number | string) => {
  const res = await asAdmin(
    id === undefined ? `/api/${slug}?limit=1&depth=0` : `/api/${slug}/${id}?depth=0`,
  )
  if (res.status !== 200) return `unreadable ${res.status}`
  return id === undefined ? (res.json as { totalDocs: number }).totalDocs : res.json
}

type Played = { name: string; ok: boolean; detail: string }

const playCollection = async (
  player: (typeof players)[number],
  slug: string,
  grants: string,
): Promise<Played[]> => {
  const grant = Object.fromEntries(operations.map((op, i) => [op, grants[i]])) as Record<
    Operation,
    'a' | 's' | 'n'
  >
  const results: Played[] = []
  const record = (what: string, ok: boolean, detail: string) =>
    results.push({ name: `${player.name} ${what} ${slug}`, ok, detail })

  // Reads over REST: refused, or answered without the fields this principal never reads.
  const list = await call(player.auth, 'GET', `/api/${slug}?limit=20&depth=0`)
  if (grant.read === 'n') record('REST read', DENIED.includes(list.status), `${list.status}`)
  else {
    const docs = (list.json as { docs?: Record<string, unknown>[] } | null)?.docs ?? []
    const hidden = unreadableFields[slug]?.[player.principal] ?? []
    const leaked = docs.flatMap((doc) => hidden.filter((field) => field in doc))
    record('REST read', list.status === 200 && leaked.length === 0, `${list.status} ${leaked}`)
  }

  // Reads over GraphQL.
  const name = graphqlName[slug]
  if (name) {
    const { json } = await call(player.auth, 'POST', '/api/graphql', {
      query: `{ ${name}(limit: 1) { totalDocs } }`,
    })
    const errors = (json as { errors?: { extensions?: { statusCode?: number } }[] } | null)?.errors
    if (grant.read === 'n')
      record(
        'GraphQL read',
        DENIED.includes(errors?.[0]?.extensions?.statusCode ?? 0),
        JSON.stringify(json).slice(0, 200),
      )
    else record('GraphQL read', !errors, JSON.stringify(json).slice(0, 200))
  }

  // Writes the policy denies: refused, and nothing changed.
  if (grant.create === 'n') {
    const before = await snapshot(slug)
    const res = await call(player.auth, 'POST', `/api/${slug}`, {})
    const after = await snapshot(slug)
    record(
      'create',
      DENIED.includes(res.status) && after === before,
      `${res.status} ${before}→${after}`,
    )
  }
  const id = sample[slug]
  if (id !== undefined) {
    for (const op of ['update', 'delete'] as const) {
      if (grant[op] !== 'n') continue
      const before = JSON.stringify(await snapshot(slug, id))
      const res = await call(
        player.auth,
        op === 'update' ? 'PATCH' : 'DELETE',
        `/api/${slug}/${id}`,
        op === 'update' ? {} : undefined,
      )
      const after = JSON.stringify(await snapshot(slug, id))
      record(
        op,
        DENIED.includes(res.status) && after === before,
        `${res.status} ${res.raw.slice(0, 160)}`,
      )
      // The same write as a GraphQL mutation.
      const singular = graphqlSingular[slug]
      if (!singular) continue
      const literal = typeof id === 'number' ? id : JSON.stringify(id)
      const mutation = await call(player.auth, 'POST', '/api/graphql', {
        query:
          op === 'update'
            ? `mutation { update${singular}(id: ${literal}, data: {}) { id } }`
            : `mutation { delete${singular}(id: ${literal}) { id } }`,
      })
      const errors = (
        mutation.json as { errors?: { extensions?: { statusCode?: number } }[] } | null
      )?.errors
      const afterMutation = JSON.stringify(await snapshot(slug, id))
      record(
        `GraphQL ${op}`,
        DENIED.includes(errors?.[0]?.extensions?.statusCode ?? 0) && afterMutation === before,
        mutation.raw.slice(0, 200),
      )
    }
  }
  return results
}

/** Every custom endpoint of every module, as `METHOD /api/<collection><path>`. */
const appEndpoints = (): string[] => {
  const named = (endpoints: readonly Endpoint[] | false | undefined, prefix: string) =>
    (endpoints || []).map((e) => `${e.method.toUpperCase()} /api${prefix}${e.path}`)
  return [
    ...appModules.flatMap((module) => [
      ...named(module.endpoints, ''),
      ...module.collections.flatMap((c) => named(c.endpoints, `/${c.slug}`)),
    ]),
    ...named(jobEndpoints, `/${jobsSlug}`),
  ]
}

describe('the access matrix against the production server', () => {
  it('should have a policy row for every collection and every custom endpoint', () => {
    const collections = [
      ...Object.values(slugs),
      jobsSlug,
      'payload-kv',
      'payload-migrations',
      'payload-locked-documents',
      'payload-preferences',
    ].sort()
    expect(Object.keys(collectionPolicy).sort()).toEqual(collections)
    expect(Object.keys(endpointPolicy).sort()).toEqual([...new Set(appEndpoints())].sort())
    for (const row of Object.values(collectionPolicy))
      expect(Object.keys(row).sort()).toEqual([...principals].sort())
    // Every collection of the app answers GraphQL too (but those kept out of it on purpose).
    const inGraphql = appModules.flatMap((m) => m.collections).filter((c) => c.graphQL !== false)
    for (const slug of inGraphql.map((c) => c.slug))
      expect({ slug, name: graphqlName[slug], mutations: graphqlSingular[slug] }).toEqual({
        slug,
        name: expect.any(String),
        mutations: expect.any(String),
      })
  })

  it('should answer every principal on every collection as the policy says, over REST and GraphQL', async () => {
    const played: Played[] = []
    for (const player of players)
      for (const [slug, row] of Object.entries(collectionPolicy))
        played.push(...(await playCollection(player, slug, row[player.principal])))
    const wrong = played.filter((p) => !p.ok).map((p) => `${p.name}: ${p.detail}`)
    expect(wrong).toEqual([])
    expect(played.length).toBeGreaterThanOrEqual(300)
    console.log(`access matrix: ${played.length} collection cases played`)
  })

  it('should refuse at the door of each custom endpoint whom the policy names, and fail no one with a 5xx', async () => {
    const played: Played[] = []
    for (const [route, refused] of Object.entries(endpointPolicy)) {
      const [method, pattern] = route.split(' ') as [string, string]
      const collection = /^\/api\/([a-z-]+)\//.exec(pattern)?.[1]
      const id = (collection && sample[collection]) ?? 1
      const path = pattern.replace(':id', String(id))
      for (const player of players) {
        if (method !== 'GET' && !refused.includes(player.principal)) continue // no real writes here
        const res = await call(player.auth, method, path, method === 'GET' ? undefined : {})
        const ok = refused.includes(player.principal)
          ? [401, 403].includes(res.status)
          : res.status < 500 && ![401].includes(res.status)
        played.push({
          name: `${player.name} ${route}`,
          ok,
          detail: `${res.status} ${res.raw.slice(0, 160)}`,
        })
      }
    }
    const wrong = played.filter((p) => !p.ok).map((p) => `${p.name}: ${p.detail}`)
    expect(wrong).toEqual([])
    console.log(`access matrix: ${played.length} endpoint cases played`)
  })
})
