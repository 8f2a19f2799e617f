import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from '@/platform/config/env'
import { DEMO_PASSWORD } from '@/modules/organisation/seed/users'

import { startRealApp, type RunningApp } from '../helpers/server'

/**
 * Issue 13, "Evidence is internal": a report's evidence photo was downloadable without logging in.
 * Asked of what `npm start` serves: the file, its resized variants and its record.
 */
let app: RunningApp
const auth: Record<string, string> = {}

const call = (who: string | null, path: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers)
  if (who) headers.set('Authorization', auth[who]!)
  if (typeof init.body === 'string') headers.set('Content-Type', 'application/json')
  return fetch(`${app.url}${path}`, { ...init, headers })
}

const login = async (email: string, password: string) => {
  const res = await fetch(`${app.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`could not log ${email} in`)
  return `JWT ${body.token}`
}

type MediaDoc = {
  id: number | string
  url: string
  visibility: string
  sizes: Record<string, { url?: string | null }>
}

const upload = async (who: string, name: string, fields: object): Promise<MediaDoc> => {
  const data = await sharp({
    create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 60, b: 20 } },
  })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt: 'Ảnh minh chứng', ...fields }))
  const res = await call(who, '/api/media', { method: 'POST', body: form })
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { doc: MediaDoc }).doc
}

const fileUrls = (doc: MediaDoc) => [
  doc.url,
  ...Object.values(doc.sizes)
    .map((size) => size.url)
    .filter((url): url is string => Boolean(url)),
]

beforeAll(async () => {
  app = await startRealApp()
  auth.admin = await login(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD)
  auth.reporter = await login('baocao.camxuyen@hatinh.demo', DEMO_PASSWORD)
  auth.editor = await login('bientap@hatinh.demo', DEMO_PASSWORD)
  const units = (await (
    await call('admin', '/api/units?depth=0&where[code][equals]=HT')
  ).json()) as {
    docs: { id: number }[]
  }
  const portalKey = crypto.randomUUID()
  const portal = await call('admin', '/api/users', {
    method: 'POST',
    body: JSON.stringify({
      email: 'cong-minh-chung@hatinh.demo',
      password: 'MatKhau@MinhChung1',
      name: 'Cổng thử minh chứng',
      roles: ['portal'],
      unit: units.docs[0]!.id,
      enableAPIKey: true,
      apiKey: portalKey,
    }),
  })
  if (portal.status !== 201) throw new Error(`could not make a portal key: ${await portal.text()}`)
  auth.portal = `users API-Key ${portalKey}`
}, 10 * 60_000)

afterAll(async () => {
  await app?.stop()
})

describe('"Evidence is internal"', () => {
  it('should keep a reporter’s upload internal when nobody says otherwise', async () => {
    const doc = await upload('reporter', 'minh-chung-moi.jpg', {})
    expect(doc.visibility).toBe('internal')
    for (const url of fileUrls(doc)) expect([403, 404]).toContain((await call(null, url)).status)
  })

  it('should never serve a report’s evidence photo to anonymous readers or a portal key, and serve it to the unit’s staff', async () => {
    // The measured case: a photo uploaded as public, then attached to a report as evidence.
    const photo = await upload('reporter', 'minh-chung-bao-cao.jpg', { visibility: 'public' })
    expect(fileUrls(photo).length).toBeGreaterThan(1)
    const reports = (await (
      await call('reporter', '/api/unit-reports?depth=0&limit=1&sort=-updatedAt')
    ).json()) as { docs: { id: number }[] }
    const report = reports.docs[0]
    if (!report) throw new Error('the demo has no report for the commune reporter')
    // The demo's reports are past their deadline (closed to the unit): the admin attaches it.
    const attach = await call('admin', `/api/unit-reports/${report.id}?depth=0`, {
      method: 'PATCH',
      body: JSON.stringify({ evidence: [photo.id] }),
    })
    expect(attach.status).toBe(200)

    for (const url of fileUrls(photo)) {
      expect([403, 404]).toContain((await call(null, url)).status)
      expect([403, 404]).toContain((await call('portal', url)).status)
      const own = await call('reporter', url)
      expect(own.status).toBe(200)
      expect(own.headers.get('content-type')).toMatch(/^image\//)
    }
    expect([403, 404]).toContain((await call(null, `/api/media/${photo.id}`)).status)
    expect([403, 404]).toContain((await call('portal', `/api/media/${photo.id}`)).status)
    const record = (await (await call('admin', `/api/media/${photo.id}?depth=0`)).json()) as {
      visibility: string
    }
    expect(record.visibility).toBe('internal')
  })

  it('should keep an editor’s library image public by default, for the public site', async () => {
    const image = await upload('editor', 'anh-thu-vien.jpg', {})
    expect(image.visibility).toBe('public')
    for (const url of fileUrls(image)) expect((await call(null, url)).status).toBe(200)
  })
})
