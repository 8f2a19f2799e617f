import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { localDay } from '@/platform/time'
import type { Scorecard } from '@/modules/campaigns/compliance/scorecard'
import { encodeUtf16, encodeWindows1258 } from '../helpers/encodings'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { pollUntil } from '../helpers/poll'

let app: TestApp
let adminToken: string
let editorToken: string
let province: number
const sys = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  province = (
    await app.payload.create({
      collection: slugs.units,
      data: { name: 'UBND tỉnh', code: 'HT', level: 'province', type: 'tinh', validFrom: null },
      ...sys,
    })
  ).id as number
  await createUser(app.payload, 'admin@test.vn', ['admin'], null)
  await createUser(app.payload, 'editor@test.vn', ['editor'], province)
  adminToken = await app.login('admin@test.vn', PASSWORD)
  editorToken = await app.login('editor@test.vn', PASSWORD)
})
afterAll(async () => app?.destroy())

type Answer = {
  ok: boolean
  dryRun: boolean
  encoding: string
  counts: { created: number; updated: number; closed: number; lineage: number }
  units: { code: string; name: string; action: string }[]
  problems: { line: number | null; message: string }[]
  importId: string | null
}

const upload = async (file: string | Buffer, token: string, query = '') => {
  const form = new FormData()
  const part = typeof file === 'string' ? file : new Uint8Array(file)
  form.append('file', new Blob([part], { type: 'text/csv' }), 'don-vi.csv')
  const res = await app.rest('POST', `/units/import${query}`, { token, body: form })
  return { status: res.status, body: (await res.json()) as Answer }
}

/** Follows a queued import through its record, as the admin panel does, until its job is done. */
const finished = async (importId: string) => {
  const status = await pollUntil(
    async () => {
      const res = await app.rest('GET', `/unit-imports/${importId}?depth=0`, { token: adminToken })
      return ((await res.json()) as { status: string }).status
    },
    'done',
    60_000,
  )
  expect(status).toBe('done')
  return app.payload.findByID({ collection: slugs.unitImports, id: importId, ...sys })
}

const unit = async (code: string) =>
  (
    await app.payload.find({
      collection: slugs.units,
      where: { code: { equals: code } },
      ...sys,
    })
  ).docs[0]

const unitCount = async () =>
  (await app.payload.count({ collection: slugs.units, overrideAccess: true })).totalDocs

/** A two-tier province's list: departments, communes of today, their predecessors of 2024 – June 2025. */
const province2026 = [
  'Tên đơn vị,Mã đơn vị,Cấp,Loại,Mã cấp trên,Từ ngày,Đến ngày,Mã ĐVHC,Mã đơn vị tiền thân,Email,Trạm truyền thanh,Bộ phận một cửa',
  'Sở Tư pháp,HT-STP,sở,,HT,,,,,,không,không',
  'UBND huyện Cẩm Xuyên,HT-CX,huyện,,HT,,30/06/2025,446,,,không,có',
  '"UBND xã Cẩm Bình, huyện Cẩm Xuyên",HT-CX-CB,xã,,HT-CX,,30/06/2025,,,,có,có',
  'UBND thị trấn Cẩm Xuyên,HT-CX-TT,thị trấn,,HT-CX,,30/06/2025,,,,có,có',
  'UBND xã Cẩm Bình,HT-CAMBINH,xã,,HT,01/07/2025,,18562,HT-CX-CB,cambinh@hatinh.vn;vp@hatinh.vn,có,có',
  'UBND xã Cẩm Xuyên,HT-CAMXUYEN,xã,,HT,2025-07-01,,,HT-CX-TT;HT-CX,,có,có',
  'Trung tâm Phục vụ hành chính công xã Cẩm Bình,HT-CAMBINH-TT,đơn vị thuộc xã,,HT-CAMBINH,01/07/2025,,,,,không,có',
].join('\n')

describe('CSV import of units', () => {
  it('should check a file without writing anything when asked for a dry run', async () => {
    const before = await unitCount()
    const { status, body } = await upload(province2026, adminToken, '?dryRun=1')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      ok: true,
      dryRun: true,
      encoding: 'utf-8',
      counts: { created: 7, updated: 0, lineage: 3 },
      importId: null,
    })
    expect(await unitCount()).toBe(before)
  })

  it('should give a template with the Vietnamese headers that imports as it is', async () => {
    const res = await app.rest('GET', '/units/import/template', { token: adminToken })
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = Buffer.from(await res.arrayBuffer())
    // UTF-8 with a byte-order mark, so Excel reads the Vietnamese headers right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const template = bytes.toString('utf8')
    expect(template).toContain('Tên đơn vị,Mã đơn vị,Cấp,Loại,Mã cấp trên,Từ ngày')
    const { body } = await upload(template, adminToken, '?dryRun=1')
    // Against this database the province exists already: the template's only complaint.
    expect(body.problems.map((p) => p.message)).toEqual([
      'Mã đơn vị "HT" đã có trong hệ thống (chọn "Cập nhật đơn vị đã có" để cập nhật).',
    ])
  })

  it('should report every bad row by line in Vietnamese and import nothing', async () => {
    const before = await unitCount()
    const csv = [
      'name,code,level,parent_code,valid_from,emails',
      'UBND xã A,HT-A,xã,HT,01/07/2025,',
      ',HT-B,xã,HT,,',
      'UBND xã C,HT-C,xã,HT-KHONG-CO,,',
      'UBND xã D,HT-D,thôn,HT-A,,',
      'UBND xã E,HT-A,xã,HT-A,,sai-email',
      'UBND huyện F,HT-F,huyện,HT,,',
    ].join('\n')
    const { status, body } = await upload(csv, adminToken)
    expect(status).toBe(400)
    expect(body.ok).toBe(false)
    expect(body.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 6, 7])
    expect(body.problems.find((p) => p.line === 4)?.message).toBe(
      'Không tìm thấy đơn vị cấp trên có mã "HT-KHONG-CO" trong tệp hoặc trong hệ thống.',
    )
    expect(body.problems.some((p) => p.message.includes('bị trùng với dòng 2'))).toBe(true)
    expect(body.problems.find((p) => p.line === 7)?.message).toContain('30/06/2025')
    expect(await unitCount()).toBe(before)
  })

  it('should import a two-tier province with its history as a job the admin can follow', async () => {
    const { status, body } = await upload(province2026, adminToken)
    expect(status).toBe(202)
    expect(body.importId).toBeTruthy()
    const record = await finished(body.importId!)
    expect(record).toMatchObject({ total: 7, processed: 7, created: 7, lineage: 3 })

    const commune = (await unit('HT-CAMBINH'))!
    expect(commune).toMatchObject({
      name: 'UBND xã Cẩm Bình',
      level: 'commune',
      type: 'xa',
      officialCode: '18562',
      validFrom: '2025-07-01T12:00:00.000Z',
      validTo: null,
      hasRadioStation: true,
    })
    expect(commune.contactEmails?.map((e) => e.email)).toEqual([
      'cambinh@hatinh.vn',
      'vp@hatinh.vn',
    ])
    expect(commune.breadcrumbs?.map((b) => b.url)).toEqual(['HT', 'HT/HT-CAMBINH'])
    expect((await unit('HT-CAMBINH-TT'))!.breadcrumbs?.map((b) => b.label)).toEqual([
      'UBND tỉnh',
      'UBND xã Cẩm Bình',
      'Trung tâm Phục vụ hành chính công xã Cẩm Bình',
    ])
    expect((await unit('HT-CX-CB'))!.breadcrumbs?.at(-1)?.url).toBe('HT/HT-CX/HT-CX-CB')
    // The department came without a first day: it starts the day it was imported.
    expect((await unit('HT-STP'))!.validFrom).toBe(`${localDay(new Date())}T12:00:00.000Z`)
    const { docs: links } = await app.payload.find({
      collection: slugs.unitLineage,
      where: { successor: { equals: (await unit('HT-CAMXUYEN'))!.id } },
      depth: 1,
      overrideAccess: true,
    })
    expect(
      links.map((l) => [(l.predecessor as { code: string }).code, l.kind, l.effectiveDate]).sort(),
    ).toEqual([
      ['HT-CX', 'merge', '2025-07-01T12:00:00.000Z'],
      ['HT-CX-TT', 'merge', '2025-07-01T12:00:00.000Z'],
    ])
  })

  it('should refuse the same file a second time because its codes now exist', async () => {
    const before = await unitCount()
    const { status, body } = await upload(province2026, adminToken)
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('đã có trong hệ thống')
    expect(await unitCount()).toBe(before)
  })

  it('should update existing units when asked, leaving absent columns as they are', async () => {
    const csv = [
      'Mã đơn vị,Tên đơn vị,Cấp,Cổng thông tin',
      'HT-CAMBINH,UBND xã Cẩm Bình (Hà Tĩnh),xã,https://cambinh.hatinh.gov.vn',
    ].join('\n')
    expect((await upload(csv, adminToken)).status).toBe(400)
    const { status, body } = await upload(csv, adminToken, '?updateExisting=1')
    expect(status).toBe(202)
    await finished(body.importId!)
    const commune = (await unit('HT-CAMBINH'))!
    expect(commune).toMatchObject({
      name: 'UBND xã Cẩm Bình (Hà Tĩnh)',
      portalUrl: 'https://cambinh.hatinh.gov.vn',
      officialCode: '18562',
      hasRadioStation: true,
      validFrom: '2025-07-01T12:00:00.000Z',
    })
    // The sub-unit's breadcrumbs follow the new name.
    expect((await unit('HT-CAMBINH-TT'))!.breadcrumbs?.[1]?.label).toBe(
      'UBND xã Cẩm Bình (Hà Tĩnh)',
    )
  })

  it('should close a predecessor still operating and hand its people to the successor', async () => {
    const ward = (
      await app.payload.create({
        collection: slugs.units,
        data: {
          name: 'Phường Trần Phú',
          code: 'HT-TP',
          level: 'commune',
          parent: province,
          validFrom: null,
        },
        ...sys,
      })
    ).id as number
    await createUser(app.payload, 'tranphu@test.vn', ['reporter'], ward)
    const { status, body } = await upload(
      'Tên đơn vị,Mã đơn vị,Cấp,Mã cấp trên,Từ ngày,Mã đơn vị tiền thân\nPhường Thành Sen,HT-THANHSEN,phường,HT,01/01/2026,HT-TP',
      adminToken,
    )
    expect(status).toBe(202)
    await finished(body.importId!)
    expect((await unit('HT-TP'))!.validTo).toBe('2025-12-31T12:00:00.000Z')
    const successor = (await unit('HT-THANHSEN'))!
    const user = (
      await app.payload.find({
        collection: slugs.users,
        where: { email: { equals: 'tranphu@test.vn' } },
        ...sys,
      })
    ).docs[0]!
    expect(user.unit).toBe(successor.id)
    expect(user.unitHistory).toEqual([
      expect.objectContaining({
        unit: ward,
        until: '2025-12-31T12:00:00.000Z',
        movedTo: successor.id,
        reason: 'import',
      }),
    ])
  })

  it("should read Excel's Unicode text (UTF-16, tab-separated) and Windows-1258 files", async () => {
    const text =
      'Tên đơn vị\tMã đơn vị\tCấp\tMã cấp trên\tTừ ngày\nĐặc khu Côn Đảo\tHT-DK\tđặc khu\tHT\t01/07/2025\nUBND phường Hà Huy Tập\tHT-HHT\tphường\tHT\t01/07/2025\n'
    for (const [bytes, encoding] of [
      [encodeUtf16(text), 'utf-16le'],
      [encodeWindows1258(text.replace(/\t/g, ';')), 'windows-1258'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8-bom'],
    ] as const) {
      const { status, body } = await upload(bytes, adminToken, '?dryRun=1')
      expect(status).toBe(200)
      expect(body.encoding).toBe(encoding)
      expect(body.units.map((u) => u.name)).toEqual(['Đặc khu Côn Đảo', 'UBND phường Hà Huy Tập'])
    }
  })

  it('should leave a finished period scorecard unchanged when units are imported later', async () => {
    const plan = await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: '9/KH-UBND',
        title: 'Kế hoạch 2025',
        issuingUnit: province,
        issueDate: '2025-01-10',
        year: 2025,
        participatingRoot: province,
      },
      ...sys,
    })
    await app.payload.create({
      collection: slugs.targetIndicators,
      data: {
        plan: plan.id,
        title: '100% trạm truyền thanh có chuyên mục CCHC',
        scopeLevels: ['commune'],
        scopeRequires: ['radioStation'],
        ruleKind: 'broadcastCount',
        channel: 'communeRadio',
        minCount: 1,
        targetShare: 100,
      },
      ...sys,
    })
    const scorecard = async (period: string) => {
      const res = await app.rest('GET', `/campaign-plans/${plan.id}/compliance?period=${period}`, {
        token: adminToken,
      })
      return (await res.json()) as Scorecard
    }
    const q2 = await scorecard('2025-Q2')
    const q3 = await scorecard('2025-Q3')
    // Q2: the communes of then with a station; Q3: the merged communes of 1 July.
    expect(q2.units.map((u) => u.name)).toContain('UBND thị trấn Cẩm Xuyên')
    expect(q3.units.map((u) => u.name)).toContain('UBND xã Cẩm Xuyên')
    expect(q2.indicators[0]!.inScope).toBe(2)
    expect(q3.indicators[0]!.inScope).toBe(2)

    // The official list adds stations today, without saying since when, and one from 2026.
    const { body } = await upload(
      'Tên đơn vị,Mã đơn vị,Cấp,Mã cấp trên,Từ ngày,Trạm truyền thanh\nXã Mới 1,HT-M1,xã,HT,,có\nXã Mới 2,HT-M2,xã,HT,01/01/2026,có',
      adminToken,
    )
    await finished(body.importId!)
    expect(await scorecard('2025-Q2')).toEqual(q2)
    expect(await scorecard('2025-Q3')).toEqual(q3)
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

  it('should be for admins only, the template too', async () => {
    expect((await upload(province2026, editorToken)).status).toBe(403)
    expect(
      (
        await app.rest('POST', '/units/import', {
          body: province2026,
          headers: { 'Content-Type': 'text/csv' },
        })
      ).status,
    ).toBe(401)
    expect((await app.rest('GET', '/units/import/template', { token: editorToken })).status).toBe(
      403,
    )
  })

  it('should accept a raw text/csv body with semicolons, as Excel writes it', async () => {
    const res = await app.rest('POST', '/units/import', {
      token: adminToken,
      body: 'Tên đơn vị;Mã;Cấp;Mã cấp trên\nSở Nội vụ;HT-SNV;Sở;HT',
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(res.status).toBe(202)
    await finished(((await res.json()) as Answer).importId!)
    expect((await unit('HT-SNV'))!.level).toBe('department')
  })
})
