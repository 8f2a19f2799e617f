import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { createTree, createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { startTestBucket, type TestBucket } from '../helpers/s3'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

let bucket: TestBucket
let app: TestApp
let editorToken: string
let viewerToken: string

beforeAll(async () => {
  // A real S3-compatible server on 127.0.0.1; the app reads its settings as in production.
  bucket = await startTestBucket()
  Object.assign(process.env, bucket.env)
  app = await startTestApp()
  const tree = await createTree(app.payload)
  await createUser(app.payload, 'editor@s3.vn', ['editor'], tree.province)
  await createUser(app.payload, 'viewer@s3.vn', ['viewer'], tree.province)
  editorToken = await app.login('editor@s3.vn', PASSWORD)
  viewerToken = await app.login('viewer@s3.vn', PASSWORD)
})
afterAll(async () => {
  await app?.destroy()
  await bucket?.stop()
})

/** A photo with noise in it, so its bytes do not compress to almost nothing. */
const photo = () =>
  sharp(randomBytes(900 * 600 * 3), { raw: { width: 900, height: 600, channels: 3 } })
    .png()
    .toBuffer()

const minimalPdf = (): Buffer => {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[]/Count 0>>']
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

const upload = async (
  data: Buffer,
  name: string,
  type: string,
  fields: Record<string, string> = { alt: 'Hội nghị triển khai cải cách hành chính' },
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return app.rest('POST', '/media', { token: editorToken, body: form })
}

type MediaDoc = {
  id: number
  filename: string
  url: string
  sizes: Record<string, { filename: string; url: string }>
}

const localFiles = () => {
  const dir = path.join(app.dir, 'media')
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

describe('media on S3-compatible storage (S3_BUCKET set)', () => {
  it('should keep an upload and its generated sizes in the bucket, byte for byte, and nothing on the local disk', async () => {
    const bytes = await photo()
    const res = await upload(bytes, 'hoi-nghi-s3.png', 'image/png')
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: MediaDoc }
    const keys = await bucket.keys()
    expect(keys).toEqual(
      expect.arrayContaining([
        doc.filename,
        doc.sizes.thumbnail!.filename,
        doc.sizes.card!.filename,
        doc.sizes.hero!.filename,
      ]),
    )
    // The whole file, not a byte more: some servers keep the SDK's checksum trailer inside the object.
    expect((await bucket.read(doc.filename)).equals(bytes)).toBe(true)
    expect((await sharp(await bucket.read(doc.sizes.card!.filename)).metadata()).format).toBe(
      'webp',
    )
    expect(localFiles()).toEqual([])
    // Links go through the app, never straight to the bucket.
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
  })

  it('should serve a public image from the bucket to anyone, through the app', async () => {
    const bytes = await photo()
    const { doc } = (await (
      await upload(bytes, 'anh-cong-khai.png', 'image/png', {
        alt: 'Hội nghị triển khai cải cách hành chính',
        visibility: 'public',
      })
    ).json()) as {
      doc: MediaDoc
    }
    const res = await app.rest('GET', `/media/file/${doc.filename}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true)
    for (const size of ['thumbnail', 'card', 'hero']) {
      const resized = await app.rest('GET', `/media/file/${doc.sizes[size]!.filename}`)
      expect({ size, status: resized.status }).toEqual({ size, status: 200 })
      expect(resized.headers.get('content-type')).toBe('image/webp')
    }
  })

  it('should serve internal evidence to staff only', async () => {
    const pdf = minimalPdf()
    const res = await upload(pdf, 'bien-ban-noi-bo.pdf', 'application/pdf', {
      alt: 'Biên bản nội bộ',
      visibility: 'internal',
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: MediaDoc }
    expect(await bucket.keys()).toContain(doc.filename)

    const anonymous = await app.rest('GET', `/media/file/${doc.filename}`)
    expect([403, 404]).toContain(anonymous.status)
    expect(Buffer.from(await anonymous.arrayBuffer()).includes(Buffer.from('%PDF'))).toBe(false)

    const staff = await app.rest('GET', `/media/file/${doc.filename}`, { token: viewerToken })
    expect(staff.status).toBe(200)
    expect(Buffer.from(await staff.arrayBuffer()).equals(pdf)).toBe(true)
  })

  it('should refuse a disguised file and put nothing in the bucket', async () => {
    const before = await bucket.keys()
    const res = await upload(Buffer.from('<script>alert(1)</script>'), 'anh.png', 'image/png')
    expect(res.status).toBe(400)
    expect(await bucket.keys()).toEqual(before)
  })

  it('should remove the file and its sizes from the bucket when the media is deleted', async () => {
    const { doc } = (await (await upload(await photo(), 'xoa-di.png', 'image/png')).json()) as {
      doc: MediaDoc
    }
    const own = [doc.filename, ...Object.values(doc.sizes).map((s) => s.filename)]
    expect(await bucket.keys()).toEqual(expect.arrayContaining(own))
    const res = await app.rest('DELETE', `/media/${doc.id}`, { token: editorToken })
    expect(res.status).toBe(200)
    const left = await bucket.keys()
    for (const key of own) expect(left).not.toContain(key)
    expect(
      (await app.payload.count({ collection: slugs.media, where: { id: { equals: doc.id } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('should answer 404 for a file the bucket lost, not a server error', async () => {
    const { doc } = (await (
      await upload(await photo(), 'mat-tep.png', 'image/png', {
        alt: 'Ảnh công khai',
        visibility: 'public',
      })
    ).json()) as {
      doc: MediaDoc
    }
    await bucket.remove(doc.filename)
    expect((await app.rest('GET', `/media/file/${doc.filename}`)).status).toBe(404)
  })
})
