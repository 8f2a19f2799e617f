import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { MAX_UPLOAD_BYTES } from '@/modules/content/domain/uploadPolicy'
import { createTree, createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

let app: TestApp
let editorToken: string
let viewerToken: string

beforeAll(async () => {
  app = await startTestApp()
  const tree = await createTree(app.payload)
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'viewer@test.vn', ['viewer'], tree.province)
  editorToken = await app.login('editor@test.vn', PASSWORD)
  viewerToken = await app.login('viewer@test.vn', PASSWORD)
})
afterAll(async () => app?.destroy())

const png = () =>
  sharp({
    create: { width: 1800, height: 1200, channels: 3, background: { r: 200, g: 30, b: 40 } },
  })
    .png()
    .toBuffer()

const uploadForm = (
  data: Buffer | string,
  name: string,
  type: string,
  fields: Record<string, string> = { alt: 'Ảnh hội nghị cải cách hành chính' },
) => {
  const form = new FormData()
  form.append(
    'file',
    new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }),
    name,
  )
  form.append('_payload', JSON.stringify(fields))
  return form
}

const mediaCount = async () =>
  (await app.payload.count({ collection: slugs.media, overrideAccess: true })).totalDocs
const filesOnDisk = () =>
  fs.existsSync(path.join(app.dir, 'media')) ? fs.readdirSync(path.join(app.dir, 'media')) : []

/** A one-page PDF with its cross-reference table, written by hand. */
const minimalPdf = (): Buffer => {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
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

describe('media uploads', () => {
  it('should store an image with WebP thumbnail, card and hero sizes', async () => {
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(await png(), 'hoi-nghi.png', 'image/png'),
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as {
      doc: {
        sizes: Record<string, { filename: string; mimeType: string; width: number; height: number }>
        url: string
      }
    }
    expect(doc.sizes.thumbnail).toMatchObject({ mimeType: 'image/webp', width: 320, height: 240 })
    expect(doc.sizes.card).toMatchObject({ mimeType: 'image/webp', width: 768, height: 432 })
    expect(doc.sizes.hero).toMatchObject({ mimeType: 'image/webp', width: 1600, height: 900 })
    const meta = await sharp(path.join(app.dir, 'media', doc.sizes.card!.filename)).metadata()
    expect(meta.format).toBe('webp')
  })

  it('should refuse a script disguised as an image and store nothing', async () => {
    const before = { count: await mediaCount(), files: filesOnDisk().length }
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm('<script>alert(1)</script>', 'anh.png', 'image/png'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Không xác định được nội dung tệp')
    expect({ count: await mediaCount(), files: filesOnDisk().length }).toEqual(before)
  })

  it('should refuse a real image renamed as a PDF', async () => {
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(await png(), 'bien-ban.pdf', 'application/pdf'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain(
      'có phần mở rộng .pdf nhưng nội dung thực là image/png',
    )
  })

  it('should refuse a Windows program named like a photo', async () => {
    const exe = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(62),
      Buffer.from('PE\0\0'),
      Buffer.alloc(400),
    ])
    exe.writeUInt32LE(64, 0x3c)
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(exe, 'anh.jpg', 'image/jpeg'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/Không chấp nhận loại tệp|Không xác định được/)
  })

  it('should refuse an oversized file with the limit in the message', async () => {
    const before = await mediaCount()
    const big = Buffer.concat([await png(), Buffer.alloc(MAX_UPLOAD_BYTES)])
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(big, 'lon.png', 'image/png'),
    })
    expect(res.status).toBe(413)
    expect(JSON.stringify(await res.json())).toContain('20 MB')
    expect(await mediaCount()).toBe(before)
  })

  it('should require alt text', async () => {
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(await png(), 'khong-mo-ta.png', 'image/png', { alt: '  ' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('Phải nhập mô tả ảnh')
  })

  it('should accept a PDF as internal evidence and hide it from anonymous readers', async () => {
    const pdf = minimalPdf()
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(pdf, 'bien-ban-kiem-tra.pdf', 'application/pdf', {
        alt: 'Biên bản kiểm tra',
        visibility: 'internal',
      }),
    })
    expect(res.status).toBe(201)
    // Beside it, an image someone marked public: anonymous readers see that one only.
    const shown = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(await png(), 'anh-cong-khai.png', 'image/png', {
        alt: 'Ảnh công khai',
        visibility: 'public',
      }),
    })
    expect(shown.status).toBe(201)
    const anonymous = (await (await app.rest('GET', '/media?limit=50')).json()) as {
      docs: { filename: string }[]
    }
    expect(anonymous.docs.map((d) => d.filename)).not.toContain('bien-ban-kiem-tra.pdf')
    expect(anonymous.docs.map((d) => d.filename)).toContain('anh-cong-khai.png')
    const staff = (await (
      await app.rest('GET', '/media?limit=50', { token: viewerToken })
    ).json()) as { docs: { filename: string }[] }
    expect(staff.docs.map((d) => d.filename)).toContain('bien-ban-kiem-tra.pdf')
  })

  it('should refuse a truncated PDF with a Vietnamese message', async () => {
    const cut = minimalPdf().subarray(0, 60)
    const res = await app.rest('POST', '/media', {
      token: editorToken,
      body: uploadForm(cut, 'cat-cut.pdf', 'application/pdf'),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('bị hỏng hoặc không trọn vẹn')
  })

  it('should not let a viewer upload', async () => {
    expect(
      (
        await app.rest('POST', '/media', {
          token: viewerToken,
          body: uploadForm(await png(), 'x.png', 'image/png'),
        })
      ).status,
    ).toBe(403)
  })
})
