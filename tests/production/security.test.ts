import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { launchBrowser, openAdmin } from '../helpers/browser'
import { startRealApp, type RunningApp } from '../helpers/server'
import { text } from './harness'

/**
 * What an outside probe of the production server found (issue 15), asked again of what `npm start`
 * serves: headers on every answer, the session cookie, cross-site writes, files, query limits,
 * webhooks to private addresses, locks and silent writes, and exports.
 */
let app: RunningApp
const token: Record<string, string> = {}

const login = async (email: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  })

const as = (who: string, path: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers)
  headers.set('Authorization', `JWT ${token[who]}`)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  return fetch(`${app.url}${path}`, { ...init, headers })
}

beforeAll(async () => {
  // Behind one trusted proxy, as a deployment with TLS at the proxy runs it.
  app = await startRealApp({ TRUST_PROXY: '1', PUBLIC_FRAME_ANCESTORS: 'https://portal.example' })
  for (const [who, email, password] of [
    ['admin', DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD],
    ['editor', 'bientap@hatinh.demo', DEMO_PASSWORD],
    ['viewer', 'lanhdao@hatinh.demo', DEMO_PASSWORD],
  ] as const) {
    const body = (await (await login(email, password)).json()) as { token?: string }
    if (!body.token) throw new Error(`could not log ${email} in`)
    token[who] = body.token
  }
}, 10 * 60_000)

afterAll(async () => {
  await app?.stop()
})

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 9, g: 99, b: 9 } } })
    .png()
    .toBuffer()

/** A one-page PDF that runs JavaScript when opened (an OpenAction), as the probe uploaded. */
const pdfWithJavaScript = (): Buffer => {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
    '<</Type/Action/S/JavaScript/JS(app.alert\\(document.cookie\\))>>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((obj, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj${obj}endobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const upload = async (data: Buffer, name: string, type: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Tệp thử', visibility: 'public' }))
  const res = await as('admin', '/api/media', { method: 'POST', body: form })
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { doc: { url: string } }).doc.url
}

/** The script-src directive of a policy, as a list of sources. */
const scriptSources = (csp: string | null) =>
  (csp ?? '')
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'script-src')
    ?.slice(1) ?? []

describe('headers on every answer', () => {
  it('should send CSP, nosniff, Referrer-Policy and Permissions-Policy everywhere, and no X-Powered-By', async () => {
    const answers = {
      admin: await fetch(`${app.url}/admin/login`),
      rest: await fetch(`${app.url}/api/articles?limit=1`),
      graphql: await fetch(`${app.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }),
      }),
      publicApi: await fetch(`${app.url}/api/public/v1/articles`),
      widget: await fetch(`${app.url}/widget.js`),
      privacy: await fetch(`${app.url}/privacy`),
      health: await fetch(`${app.url}/api/health`),
    }
    for (const [name, res] of Object.entries(answers)) {
      await res.arrayBuffer()
      const got = (header: string) => ({ name, header, value: res.headers.get(header) })
      expect(got('x-content-type-options')).toEqual({
        name,
        header: 'x-content-type-options',
        value: 'nosniff',
      })
      expect(got('referrer-policy').value).toBe('strict-origin-when-cross-origin')
      expect(got('permissions-policy').value).toContain('camera=()')
      expect(got('content-security-policy').value).toMatch(/frame-ancestors/)
      expect(got('x-powered-by')).toEqual({ name, header: 'x-powered-by', value: null })
      expect(got('strict-transport-security')).toEqual({
        name,
        header: 'strict-transport-security',
        value: null,
      })
    }
    expect(answers.admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(answers.admin.headers.get('content-security-policy')).toContain("object-src 'none'")
    expect(answers.admin.headers.get('x-frame-options')).toBe('DENY')
    // Scripts run by nonce, never because they are inline.
    const adminScripts = scriptSources(answers.admin.headers.get('content-security-policy'))
    expect(adminScripts).toContain("'strict-dynamic'")
    expect(adminScripts).not.toContain("'unsafe-inline'")
    expect(answers.rest.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(answers.rest.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    // The citizens' pages: their own inline style and a form posting here only, never framed.
    const privacy = answers.privacy.headers.get('content-security-policy')
    expect(privacy).toContain("default-src 'none'")
    expect(privacy).toContain("form-action 'self'")
    expect(privacy).toContain("frame-ancestors 'none'")
    // Public routes may be framed by the portals the deployment names, and by nothing else.
    expect(answers.publicApi.headers.get('content-security-policy')).toContain(
      'frame-ancestors https://portal.example',
    )
  })

  it('should add HSTS and a Secure session cookie when the client came over https through the trusted proxy', async () => {
    const overHttps = await login(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD, {
      'X-Forwarded-Proto': 'https',
    })
    expect(overHttps.status).toBe(200)
    expect(overHttps.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    const secure = overHttps.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(secure).toMatch(/;\s*Secure/i)
    const overHttp = await login(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
    const plain = overHttp.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(plain).toBeDefined()
    expect(plain).not.toMatch(/;\s*Secure/i)
  })
})

describe('cross-site writes with the session cookie', () => {
  it('should refuse a cookie-authenticated POST from a foreign origin and accept it from the app’s own', async () => {
    const loggedIn = await login('bientap@hatinh.demo', DEMO_PASSWORD)
    const cookie = loggedIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('payload-token='))!
      .split(';')[0]!
    const count = async () =>
      ((await (await as('admin', '/api/tags?limit=1')).json()) as { totalDocs: number }).totalDocs
    const before = await count()
    const forged = await fetch(`${app.url}/api/tags`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: 'http://evil.example',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ name: 'Thẻ giả mạo' }),
    })
    expect(forged.status).toBe(403)
    expect(((await forged.json()) as { message: string }).message).toBe(
      text('vi', 'error.crossSite'),
    )
    expect(await count()).toBe(before)
    const own = await fetch(`${app.url}/api/tags`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: app.url, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Thẻ thật' }),
    })
    expect(own.status).toBe(201)
    expect(await count()).toBe(before + 1)
  })
})

describe('the admin under its script policy', () => {
  it('should give every admin page its own nonce and put it on each of its scripts', async () => {
    const pages = await Promise.all([1, 2].map(() => fetch(`${app.url}/admin/login`)))
    const nonces = await Promise.all(
      pages.map(async (page) => {
        const nonce = scriptSources(page.headers.get('content-security-policy'))
          .find((source) => source.startsWith("'nonce-"))
          ?.slice(7, -1)
        const html = await page.text()
        const scripts = html.match(/<script\b[^>]*>/g) ?? []
        expect(scripts.length).toBeGreaterThan(0)
        for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
        return nonce
      }),
    )
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{24}$/)
    expect(nonces[1]).not.toBe(nonces[0])
  })

  it('should run the whole admin in a browser without one blocked script, and block an injected one', async () => {
    const browser = await launchBrowser()
    try {
      const violations: string[] = []
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
      const page = await context.newPage()
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await page.goto(`${app.url}/admin/login`)
      await page.fill('#second-factor-email', DEFAULT_ADMIN_EMAIL)
      await page.fill('#second-factor-password', DEFAULT_ADMIN_PASSWORD)
      await page.click('.second-factor-login button[type="submit"]')
      await page.locator('.template-default').first().waitFor({ timeout: 60_000 })
      // A form with the rich-text editor, uploads and relationships: the heaviest admin page.
      await openAdmin(page, `${app.url}/admin/collections/articles/create`, '[data-lexical-editor]')
      await page
        .getByRole('button', { name: /Lưu|Save/ })
        .first()
        .waitFor()
      expect(violations).toEqual([])
      // Markup that slipped into a page (a stored XSS) cannot run script: its handler is refused.
      const ran = await page.evaluate(async () => {
        const refused = new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(event.violatedDirective),
          )
          setTimeout(() => resolve('none'), 5_000)
        })
        const markup = document.createElement('div')
        markup.innerHTML = '<img src="data:," onerror="window.__injected = true">'
        document.body.append(markup)
        return { directive: await refused, injected: '__injected' in window }
      })
      expect(ran).toEqual({ directive: 'script-src-attr', injected: false })
    } finally {
      await browser.close()
    }
  })
})

describe('files', () => {
  it('should serve a PDF that carries JavaScript as a download with a sandboxing policy, and a raster image in place', async () => {
    const pdf = await fetch(
      `${app.url}${await upload(pdfWithJavaScript(), 'bien-ban.pdf', 'application/pdf')}`,
    )
    await pdf.arrayBuffer()
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(pdf.headers.get('content-security-policy')).toContain('sandbox')
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff')
    const image = await fetch(`${app.url}${await upload(await png(), 'anh.png', 'image/png')}`)
    await image.arrayBuffer()
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(image.headers.get('content-disposition') ?? '').not.toMatch(/attachment/)
    expect(image.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('query limits', () => {
  it('should refuse the 200-alias GraphQL query at once and cap REST pages at 100', async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Articles { docs { id title } }`).join(' ')} }`
    const res = await fetch(`${app.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] }
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toBe(
      text('vi', 'input.graphqlTooMuch', { aliases: 15, fields: 15, depth: 10 }),
    )
    const page = (await (await fetch(`${app.url}/api/articles?limit=100000`)).json()) as {
      limit: number
      docs: unknown[]
    }
    expect(page.limit).toBe(100)
    expect(page.docs.length).toBeLessThanOrEqual(100)
  })
})

describe('writes answer what they did', () => {
  it('should answer a viewer’s bulk role change with 403 and its message, changing nothing', async () => {
    const me = (await (await as('viewer', '/api/users/me')).json()) as {
      user: { id: number; roles: string[] }
    }
    const res = await as('viewer', `/api/users?where[id][equals]=${me.user.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ roles: ['admin'] }),
    })
    expect(res.status).toBe(403)
    // The users' own rule names what only admins change.
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      text('vi', 'user.privilegedField'),
    )
    const after = (await (await as('admin', `/api/users/${me.user.id}?depth=0`)).json()) as {
      roles: string[]
    }
    expect(after.roles).toEqual(me.user.roles)
  })

  it('should refuse a viewer a document lock in an editor’s name', async () => {
    const article = (await (await as('admin', '/api/articles?limit=1&depth=0')).json()) as {
      docs: { id: number }[]
    }
    const editor = (await (await as('editor', '/api/users/me')).json()) as { user: { id: number } }
    const res = await as('viewer', '/api/payload-locked-documents', {
      method: 'POST',
      body: JSON.stringify({
        document: { relationTo: 'articles', value: article.docs[0]!.id },
        user: { relationTo: 'users', value: editor.user.id },
      }),
    })
    expect(res.status).toBe(403)
    const locks = (await (await as('admin', '/api/payload-locked-documents')).json()) as {
      totalDocs: number
    }
    expect(locks.totalDocs).toBe(0)
  })
})

describe('webhooks', () => {
  it('should refuse to register a webhook to the cloud metadata address', async () => {
    const res = await as('admin', '/api/webhooks', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Siêu dữ liệu',
        url: 'http://169.254.169.254/latest/meta-data',
      }),
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: { data: { errors: { path: string; message: string }[] } }[]
    }
    expect(body.errors[0]?.data.errors).toEqual([
      expect.objectContaining({
        path: 'url',
        message: text('vi', 'webhooks.privateAddress', {
          url: 'http://169.254.169.254/latest/meta-data',
        }),
      }),
    ])
  })
})

describe('exports', () => {
  it('should write a unit named like a formula into the reports CSV as text', async () => {
    const reports = (await (await as('admin', '/api/unit-reports?limit=1&depth=0')).json()) as {
      docs: { plan: number; unit: number }[]
    }
    const report = reports.docs[0]!
    const formula = '=HYPERLINK("http://evil.example","Bam vao day")'
    const renamed = await as('admin', `/api/units/${report.unit}`, {
      method: 'PATCH',
      body: JSON.stringify({ name: formula }),
    })
    expect(renamed.status).toBe(200)
    const csv = await (
      await as('admin', `/api/unit-reports/export?plan=${report.plan}&format=csv`)
    ).text()
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Bam vao day"")"`)
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(','))
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/)
  })
})
