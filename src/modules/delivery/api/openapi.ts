import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import { resolveServerUrl } from '@/platform/config/env'
import type { ParamSpec } from '@/modules/delivery/domain/params'
import { bilingual, translate, type TextKey as MessageKey } from '@/modules/delivery/i18n'
import { API_BASE, answer, notFound, type ApiOperation } from './operation'
import { DOCS_CSS } from './docsStyle'
import { ref, schemas } from './schemas'
import type { PublicResponse, PublicRoute } from '@/modules/delivery/types'
import path from 'node:path'

/**
 * The OpenAPI 3.1 document of the public API, generated from the operations that serve it (their
 * paths, parameters and response schemas), and a documentation page rendering it with Swagger UI
 * served from this server (no CDN: many offices read it without internet access).
 */

const OPENAPI_PATH = `${API_BASE}/openapi.json`
const DOCS_PATH = `${API_BASE}/docs`

/** Vietnamese, then English, as the documentation shows every text. */
const both = (key: MessageKey): string => bilingual(key, undefined, '\n\n')

const tags = {
  content: 'public.api.tag.content',
  organisation: 'public.api.tag.organisation',
  schedule: 'public.api.tag.schedule',
  plans: 'public.api.tag.plans',
} as const satisfies Record<ApiOperation['tag'], MessageKey>

const parameter = (spec: ParamSpec) => ({
  name: spec.name,
  in: spec.in,
  required: spec.in === 'path' || Boolean(spec.required),
  description: both(spec.description as MessageKey),
  schema: spec.schema,
})

const errorResponse = (key: MessageKey) => ({
  description: both(key),
  content: { 'application/json': { schema: ref('Error') } },
})

const buildOpenApiDocument = (operations: readonly ApiOperation[], serverUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: translate('vi', 'public.api.title'),
    version: '1.0.0',
    description: both('public.api.description'),
  },
  servers: [{ url: `${serverUrl}${API_BASE}` }],
  tags: Object.values(tags).map((key) => ({
    name: translate('vi', key),
    description: translate('en', key),
  })),
  paths: Object.fromEntries(
    operations.map((operation) => [
      operation.path,
      {
        get: {
          operationId: operation.operationId,
          tags: [translate('vi', tags[operation.tag])],
          summary: bilingual(operation.summary),
          ...(operation.description ? { description: both(operation.description) } : {}),
          parameters: operation.params.map(parameter),
          responses: {
            '200': {
              description: both('public.api.r.ok'),
              content: { 'application/json': { schema: ref(operation.response) } },
            },
            '400': errorResponse('public.api.r.badRequest'),
            ...(operation.hasNotFound ? { '404': errorResponse('public.api.r.notFound') } : {}),
          },
        },
      },
    ]),
  ),
  components: { schemas },
})

// ---------- documentation page ----------

const ASSETS_PATH = `${DOCS_PATH}/assets`

const swaggerUiDir = (): string =>
  // Resolved from the project at run time (not bundled): the files are served as they are installed.
  path.dirname(
    createRequire(path.join(process.cwd(), 'package.json')).resolve('swagger-ui-dist/package.json'),
  )

const initScript = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(OPENAPI_PATH)},
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null
  })
})
`

/** The files the page loads, all from this server. */
const assets: Record<string, { type: string; load: () => Promise<string | Uint8Array> }> = {
  'swagger-ui.css': {
    type: 'text/css; charset=utf-8',
    load: () => fs.readFile(path.join(swaggerUiDir(), 'swagger-ui.css')),
  },
  'swagger-ui-bundle.js': {
    type: 'text/javascript; charset=utf-8',
    load: () => fs.readFile(path.join(swaggerUiDir(), 'swagger-ui-bundle.js')),
  },
  'init.js': { type: 'text/javascript; charset=utf-8', load: async () => initScript },
  'docs.css': { type: 'text/css; charset=utf-8', load: async () => DOCS_CSS },
}

const loaded = new Map<string, Promise<string | Uint8Array>>()

/** The page never changes while the server runs. */
const DOCS_PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${translate('vi', 'public.api.docsTitle')}</title>
<link rel="stylesheet" href="${ASSETS_PATH}/swagger-ui.css">
<link rel="stylesheet" href="${ASSETS_PATH}/docs.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${ASSETS_PATH}/swagger-ui-bundle.js"></script>
<script src="${ASSETS_PATH}/init.js"></script>
</body>
</html>
`

export const openApiRoutes = (operations: readonly ApiOperation[]): PublicRoute[] => {
  // Built once per server address (SERVER_URL is read per request, as everywhere else), not per cache miss.
  let document: { serverUrl: string; body: string } | null = null
  const openApiJson = (serverUrl: string): string => {
    if (document?.serverUrl !== serverUrl)
      document = { serverUrl, body: JSON.stringify(buildOpenApiDocument(operations, serverUrl)) }
    return document.body
  }
  return [
    {
      path: OPENAPI_PATH,
      shared: true,
      handler: async () => ({
        status: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: openApiJson(resolveServerUrl(process.env)),
      }),
    },
    {
      path: DOCS_PATH,
      shared: true,
      handler: async () => ({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: DOCS_PAGE,
      }),
    },
    {
      path: `${ASSETS_PATH}/*`,
      shared: true,
      handler: ({ url }) =>
        answer(async (): Promise<PublicResponse> => {
          const name = url.pathname.slice(ASSETS_PATH.length + 1)
          const asset = Object.hasOwn(assets, name) ? assets[name] : undefined
          if (!asset) throw notFound('public.api.notFound', { path: url.pathname })
          if (!loaded.has(name))
            loaded.set(
              name,
              asset.load().catch((error: unknown) => (loaded.delete(name), Promise.reject(error))),
            )
          const body = await loaded.get(name)!
          return {
            status: 200,
            headers: { 'Content-Type': asset.type },
            body: typeof body === 'string' ? body : new Uint8Array(body),
          }
        }),
    },
  ]
}
