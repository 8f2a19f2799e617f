import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let adminToken: string
let editorToken: string

beforeAll(async () => {
  app = await startTestApp()
  const province = await app.payload.create({
    collection: slugs.units,
    data: { name: 'UBND tỉnh', code: 'HT', level: 'province' },
    overrideAccess: true,
  })
  await createUser(app.payload, 'admin@test.vn', ['admin'], null)
  await createUser(app.payload, 'editor@test.vn', ['editor'], province.id as number)
  adminToken = await app.login('admin@test.vn', PASSWORD)
  editorToken = await app.login('editor@test.vn', PASSWORD)
})
afterAll(async () => app?.destroy())

const upload = (csv: string, token: string, query = '') => {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'don-vi.csv')
  return app.rest('POST', `/units/import${query}`, { token, body: form })
}

const unitCount = async () =>
  (await app.payload.count({ collection: slugs.units, overrideAccess: true })).totalDocs

const goodCsv = [
  'name,code,level,parent_code,emails,portal_url,radio_station,one_stop_desk,post_office_points',
  'UBND huyện Cẩm Xuyên,HT-CX,huyện,HT,vanthu@camxuyen.vn,https://camxuyen.vn,không,có,0',
  '"UBND xã Cẩm Bình, huyện Cẩm Xuyên",HT-CX-CB,xã,HT-CX,cambinh@camxuyen.vn;vp@camxuyen.vn,,có,có,2',
  'Sở Tư pháp,HT-STP,sở,HT,,,,,',
].join('\n')

describe('CSV import of units', () => {
  it('should check a file without writing anything when asked for a dry run', async () => {
    const before = await unitCount()
    const res = await upload(goodCsv, adminToken, '?dryRun=1')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, dryRun: true, imported: 0 })
    expect(await unitCount()).toBe(before)
  })

  it('should report every bad row by line in Vietnamese and import nothing', async () => {
    const before = await unitCount()
    const csv = [
      'name,code,level,parent_code,emails',
      'UBND huyện A,HT-A,huyện,HT,',
      ',HT-B,huyện,HT,',
      'UBND xã C,HT-C,xã,HT-KHONG-CO,',
      'UBND xã D,HT-D,thôn,HT-A,',
      'UBND xã E,HT-A,xã,HT-A,sai-email',
    ].join('\n')
    const res = await upload(csv, adminToken)
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      ok: boolean
      problems: { line: number; message: string }[]
    }
    expect(body.ok).toBe(false)
    const lines = body.problems.map((p) => p.line)
    expect(lines).toEqual([3, 4, 5, 6, 6])
    expect(body.problems.find((p) => p.line === 4)?.message).toBe(
      'Không tìm thấy đơn vị cấp trên có mã "HT-KHONG-CO" trong tệp hoặc trong hệ thống.',
    )
    expect(body.problems.some((p) => p.message.includes('bị trùng với dòng 2'))).toBe(true)
    expect(await unitCount()).toBe(before)
  })

  it('should import a valid file as a tree with parents resolved from the file and the database', async () => {
    const res = await upload(goodCsv, adminToken)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, imported: 3 })
    const { docs } = await app.payload.find({
      collection: slugs.units,
      where: { code: { equals: 'HT-CX-CB' } },
      overrideAccess: true,
      depth: 0,
    })
    const commune = docs[0]!
    expect(commune).toMatchObject({
      name: 'UBND xã Cẩm Bình, huyện Cẩm Xuyên',
      level: 'commune',
      hasRadioStation: true,
      hasOneStopDesk: true,
      postOfficeCulturePoints: 2,
    })
    expect(commune.contactEmails?.map((e) => e.email)).toEqual([
      'cambinh@camxuyen.vn',
      'vp@camxuyen.vn',
    ])
    expect(commune.breadcrumbs?.map((b) => b.url).at(-1)).toBe('HT/HT-CX/HT-CX-CB')
  })

  it('should refuse the same file a second time because its codes now exist', async () => {
    const before = await unitCount()
    const res = await upload(goodCsv, adminToken)
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('đã có trong hệ thống')
    expect(await unitCount()).toBe(before)
  })

  it('should answer in English when asked', async () => {
    const form = new FormData()
    form.append('file', new Blob(['name,code\nX,Y'], { type: 'text/csv' }), 'x.csv')
    const res = await app.rest('POST', '/units/import', {
      token: adminToken,
      body: form,
      headers: { 'Accept-Language': 'en' },
    })
    expect(((await res.json()) as { problems: { message: string }[] }).problems[0]!.message).toBe(
      'Required columns missing: level.',
    )
  })

  it('should be for admins only', async () => {
    expect((await upload(goodCsv, editorToken)).status).toBe(403)
    expect(
      (
        await app.rest('POST', '/units/import', {
          body: goodCsv,
          headers: { 'Content-Type': 'text/csv' },
        })
      ).status,
    ).toBe(401)
  })

  it('should accept a raw text/csv body with semicolons, as Excel writes it', async () => {
    const res = await app.rest('POST', '/units/import', {
      token: adminToken,
      body: 'Tên đơn vị;Mã;Cấp;Mã cấp trên\nUBND huyện Kỳ Anh;HT-KA;Huyện;HT',
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, imported: 1 })
  })
})
