import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { slugs } from '@/platform/slugs'

import { openDocx, openPdf } from '../helpers/documents'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let planId: number
const token: Record<string, string> = {}
const sys = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'reporter.b1@test.vn', ['reporter'], tree.communeB1)
  await createUser(app.payload, 'reviewer@test.vn', ['reviewer'], tree.province)
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'editor.a1@test.vn', ['editor'], tree.communeA1)
  for (const email of [
    'reporter.a1@test.vn',
    'reporter.b1@test.vn',
    'reviewer@test.vn',
    'editor@test.vn',
    'editor.a1@test.vn',
  ])
    token[email] = await app.login(email, PASSWORD)
  planId = (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: '163/KH-UBND',
        title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2026',
        issuingUnit: tree.province,
        issueDate: '2025-12-28T12:00:00.000Z',
        year: 2026,
        participatingRoot: tree.province,
        // Far ahead: the reports stay open for the unit whatever day the test runs.
        reportDeadlines: ['Q1', 'Q2', 'Q3', 'Q4'].map((period) => ({
          period: period as 'Q1',
          deadline: '2099-01-10T10:00:00.000Z',
        })),
      },
      ...sys,
    })
  ).id as number
  await app.payload.create({
    collection: slugs.targetIndicators,
    data: {
      plan: planId,
      title: '100% trạm truyền thanh cơ sở có chuyên mục CCHC',
      scopeLevels: ['commune'],
      scopeRequires: ['radioStation'],
      ruleKind: 'broadcastCount',
      channel: 'communeRadio',
      minCount: 3,
      targetShare: 100,
    },
    ...sys,
  })
}, 120_000)

afterAll(async () => {
  await app?.destroy()
})

const submit = async (email: string, unit: number, period: string, extra: object = {}) => {
  const res = await app.rest('POST', '/unit-reports', {
    token: token[email],
    body: { plan: planId, unit, period, status: 'submitted', ...extra },
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { doc: { id: number; documentNumber: number } }).doc
}

describe('the outgoing-document register', () => {
  it("should number a unit's reports from 01 in the year, and each unit on its own", async () => {
    const first = await submit('reporter.a1@test.vn', tree.communeA1, 'Q1', {
      signerName: 'Nguyễn Văn An',
      difficulties: 'Trạm truyền thanh xuống cấp.',
      proposals: 'Đề nghị hỗ trợ kinh phí sửa chữa trạm.',
    })
    const second = await submit('reporter.a1@test.vn', tree.communeA1, 'Q2')
    const other = await submit('reporter.b1@test.vn', tree.communeB1, 'Q1')
    expect([first.documentNumber, second.documentNumber, other.documentNumber]).toEqual([1, 2, 1])
  })

  it('should keep the number of a report returned and sent again, as its next version', async () => {
    const report = await submit('reporter.a1@test.vn', tree.communeA1, 'Q3')
    const back = await app.rest('PATCH', `/unit-reports/${report.id}`, {
      token: token['reviewer@test.vn'],
      body: { status: 'returned', returnReason: 'Bổ sung số liệu' },
    })
    expect(back.status).toBe(200)
    const again = await app.rest('PATCH', `/unit-reports/${report.id}`, {
      token: token['reporter.a1@test.vn'],
      body: { status: 'submitted' },
    })
    expect(again.status).toBe(200)
    const doc = (
      (await again.json()) as { doc: { documentNumber: number; documentVersion: number } }
    ).doc
    expect([doc.documentNumber, doc.documentVersion]).toEqual([report.documentNumber, 2])
    const rows = await app.payload.find({
      collection: slugs.documentRegister,
      where: { unit: { equals: tree.communeA1 } },
      sort: ['number', 'version'],
      ...sys,
    })
    expect(rows.docs.map((r) => `${r.number}.${r.version}`)).toEqual(['1.1', '2.1', '3.1', '3.2'])
  })

  it('should put the symbol a unit set for itself in its numbers, and refuse a symbol with spaces', async () => {
    const bad = await app.rest('PATCH', `/units/${tree.communeA2}`, {
      token: token['editor@test.vn'],
      body: { documentSymbol: 'UB ND' },
    })
    expect(bad.status).toBe(400)
    const refusal = (await bad.json()) as {
      errors: { data: { errors: { path: string; message: string }[] } }[]
    }
    expect(refusal.errors[0]!.data.errors[0]).toMatchObject({
      path: 'documentSymbol',
      message: expect.stringContaining('Ký hiệu "UB ND" không hợp lệ'),
    })
    const set = await app.rest('PATCH', `/units/${tree.communeA2}`, {
      token: token['editor@test.vn'],
      body: { documentSymbol: 'ubnd-a2' },
    })
    expect(set.status).toBe(200)
    const report = await app.payload.create({
      collection: slugs.unitReports,
      data: { plan: planId, unit: tree.communeA2, period: 'Q3', status: 'submitted' },
      ...sys,
    })
    const res = await app.rest('GET', `/unit-reports/${report.id}/document?format=docx`, {
      token: token['editor@test.vn'],
    })
    expect((await openDocx(new Uint8Array(await res.arrayBuffer()))).paragraphs).toContain(
      'Số: 01/BC-UBND-A2',
    )
    const row = await app.payload.find({
      collection: slugs.documentRegister,
      // A report numbered as it is created has no id yet: its row names it by its key.
      where: { source: { equals: `${planId}|${tree.communeA2}|2026-Q3` } },
      ...sys,
    })
    expect(row.docs[0]?.symbol).toBe('UBND-A2')
  })

  it('should let nobody write the register through the API', async () => {
    const res = await app.rest('POST', '/document-register', {
      token: token['reporter.a1@test.vn'],
      body: { unit: tree.communeA1, year: 2026, number: 1, version: 1, kind: 'BC', symbol: 'X' },
    })
    expect(res.status).toBe(403)
  })
})

describe("a unit's report as a Decree 30 document", () => {
  const reportOf = async (period: string) =>
    (
      await app.payload.find({
        collection: slugs.unitReports,
        where: { and: [{ unit: { equals: tree.communeA1 } }, { period: { equals: period } }] },
        ...sys,
      })
    ).docs[0]!

  it('should give Word the header, number, date line, body and signature block on A4', async () => {
    const report = await reportOf('Q1')
    const res = await app.rest('GET', `/unit-reports/${report.id}/document?format=docx`, {
      token: token['reporter.a1@test.vn'],
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.docx"/)
    const docx = await openDocx(new Uint8Array(await res.arrayBuffer()))
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        'UBND TỈNH THỬ NGHIỆM',
        'ỦY BAN NHÂN DÂN',
        'XÃ A1',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 01/BC-UBND',
        'BÁO CÁO',
        'Kết quả công tác tuyên truyền cải cách hành chính Quý I/2026',
        'II. KHÓ KHĂN, VƯỚNG MẮC',
        'Trạm truyền thanh xuống cấp.',
        'Đề nghị hỗ trợ kinh phí sửa chữa trạm.',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        'Nguyễn Văn An',
        'Nơi nhận:',
        '- Lưu: VT.',
      ]),
    )
    expect(
      docx.paragraphs.some((p) => /^A1, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/.test(p)),
    ).toBe(true)
    expect(
      docx.paragraphs.some((p) =>
        p.startsWith('Thực hiện Kế hoạch số 163/KH-UBND ngày 28/12/2025'),
      ),
    ).toBe(true)
    expect(docx.page).toEqual({
      width: 11906,
      height: 16838,
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
    })
    expect(docx.titlePage).toBe(true)
  })

  it('should give a PDF whose text reads the national header exactly, with Tinos embedded, on A4', async () => {
    const report = await reportOf('Q1')
    const res = await app.rest('GET', `/unit-reports/${report.id}/document?format=pdf`, {
      token: token['reviewer@test.vn'],
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = await openPdf(new Uint8Array(await res.arrayBuffer()))
    expect(pdf.pages[0]!.lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(pdf.pages[0]!.lines).toContain('Số: 01/BC-UBND')
    expect(pdf.text).toContain('Nguyễn Văn An')
    expect(
      pdf.pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842),
    ).toBe(true)
    expect(pdf.hasFontPrograms).toBe(true)
    expect(pdf.embeddedFonts.some((name) => name.endsWith('+Tinos-Bold'))).toBe(true)
  })

  it("should refuse another unit's report, an unknown format and an anonymous caller", async () => {
    const report = await reportOf('Q1')
    const foreign = await app.rest('GET', `/unit-reports/${report.id}/document?format=pdf`, {
      token: token['reporter.b1@test.vn'],
    })
    expect(foreign.status).toBe(404)
    const odt = await app.rest('GET', `/unit-reports/${report.id}/document?format=odt`, {
      token: token['reporter.a1@test.vn'],
    })
    expect(odt.status).toBe(400)
    expect(((await odt.json()) as { message: string }).message).toBe(
      'Định dạng "odt" không được hỗ trợ; hãy chọn docx hoặc pdf.',
    )
    const anonymous = await app.rest('GET', `/unit-reports/${report.id}/document?format=pdf`)
    expect(anonymous.status).toBe(401)
  })
})

describe("the province's consolidated report", () => {
  it('should report the share of units meeting each indicator and the reporting, from the scorecard', async () => {
    const res = await app.rest(
      'GET',
      `/campaign-plans/${planId}/document?period=2026-Q1&format=docx`,
      {
        token: token['reviewer@test.vn'],
      },
    )
    expect(res.status).toBe(200)
    const docx = await openDocx(new Uint8Array(await res.arrayBuffer()))
    expect(docx.paragraphs).toEqual(
      expect.arrayContaining([
        'ỦY BAN NHÂN DÂN',
        'TỈNH THỬ NGHIỆM',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Tổng hợp kết quả công tác tuyên truyền cải cách hành chính Quý I/2026',
        'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
        '100% trạm truyền thanh cơ sở có chuyên mục CCHC',
        'II. TÌNH HÌNH GỬI BÁO CÁO',
        'TM. ỦY BAN NHÂN DÂN',
        '- Lưu: VT.',
      ]),
    )
    // Two communes with a station are held to the radio indicator; neither aired anything.
    expect(
      docx.paragraphs.some((p) =>
        /^- 100% trạm truyền thanh.*đơn vị chưa đạt: .*UBND xã A1/.test(p),
      ),
    ).toBe(true)
    const pdf = await app.rest(
      'GET',
      `/campaign-plans/${planId}/document?period=2026-Q1&format=pdf`,
      {
        token: token['reviewer@test.vn'],
      },
    )
    expect(pdf.status).toBe(200)
    expect((await openPdf(new Uint8Array(await pdf.arrayBuffer()))).pages[0]!.lines).toContain(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    )
  })

  it('should refuse a bad period and a bad format', async () => {
    const period = await app.rest(
      'GET',
      `/campaign-plans/${planId}/document?period=2026-Q9&format=pdf`,
      {
        token: token['reviewer@test.vn'],
      },
    )
    expect(period.status).toBe(400)
    const format = await app.rest(
      'GET',
      `/campaign-plans/${planId}/document?period=2026-Q1&format=rtf`,
      {
        token: token['reviewer@test.vn'],
      },
    )
    expect(format.status).toBe(400)
  })
})

describe("the consolidated report in the province's register", () => {
  const numberOf = async (email: string, period = '2026-Q1') => {
    const res = await app.rest(
      'GET',
      `/campaign-plans/${planId}/document?period=${period}&format=docx`,
      { token: token[email] },
    )
    expect(res.status).toBe(200)
    const docx = await openDocx(new Uint8Array(await res.arrayBuffer()))
    return docx.paragraphs.find((p) => p.startsWith('Số:'))!.replace(/\s+/g, ' ')
  }
  const issued = async () =>
    (
      await app.payload.find({
        collection: slugs.documentRegister,
        where: { plan: { equals: planId } },
        sort: ['number', 'version'],
        ...sys,
      })
    ).docs.map((r) => `${r.number}.${r.version} ${r.source.split('|')[1]}`)

  it('should leave a download by someone who may not issue for the province unnumbered', async () => {
    expect(await numberOf('reviewer@test.vn')).toBe('Số: /BC-UBND')
    // An editor of a commune does not issue for the province either.
    expect(await numberOf('editor.a1@test.vn')).toBe('Số: /BC-UBND')
    expect(await issued()).toEqual([])
  })

  it("should number it on the first download by the province's editor, and keep the number for everyone", async () => {
    expect(await numberOf('editor@test.vn')).toBe('Số: 01/BC-UBND')
    expect(await numberOf('editor@test.vn')).toBe('Số: 01/BC-UBND')
    expect(await numberOf('reviewer@test.vn')).toBe('Số: 01/BC-UBND')
    expect(await numberOf('editor@test.vn', '2026-Q2')).toBe('Số: 02/BC-UBND')
    expect(await issued()).toEqual(['1.1 2026-Q1', '2.1 2026-Q2'])
  })

  it('should issue changed figures as the next version of the same number', async () => {
    // The department's report arrives: the reporting section changes.
    await app.payload.create({
      collection: slugs.unitReports,
      data: { plan: planId, unit: tree.department, period: 'Q1', status: 'submitted' },
      ...sys,
    })
    // Until the province issues it again, a reader gets a draft of the changed report.
    expect(await numberOf('reviewer@test.vn')).toBe('Số: /BC-UBND')
    expect(await numberOf('editor@test.vn')).toBe('Số: 01/BC-UBND')
    expect(await issued()).toEqual(['1.1 2026-Q1', '1.2 2026-Q1', '2.1 2026-Q2'])
  })
})

describe('the outreach criterion of the PAR index on the scorecard', () => {
  it('should count the distinct channels of a report and the tasks done by their due day', async () => {
    const channel = async (name: string) =>
      (await app.payload.create({ collection: slugs.outreachChannels, data: { name }, ...sys }))
        .id as number
    const radio = await channel('Trạm truyền thanh')
    const portal = await channel('Trang thông tin điện tử')
    await app.payload.create({
      collection: slugs.unitReports,
      data: {
        plan: planId,
        unit: tree.communeA2,
        period: 'Q1',
        status: 'submitted',
        activities: [
          { channel: radio, count: 4 },
          { channel: portal, count: 2 },
          { channel: radio, count: 1 },
        ],
      },
      ...sys,
    })
    await app.payload.update({
      collection: slugs.campaignPlans,
      id: planId,
      data: {
        keyTasks: [
          {
            title: 'Chuyên mục CCHC',
            owner: tree.communeA2,
            due: '2026-02-15T12:00:00.000Z',
            status: 'done',
            doneOn: '2026-02-14T12:00:00.000Z',
          },
          {
            title: 'Hội nghị',
            owner: tree.communeA2,
            due: '2026-03-15T12:00:00.000Z',
            status: 'inProgress',
          },
        ],
      },
      ...sys,
    })
    const diversity = await app.payload.create({
      collection: slugs.targetIndicators,
      data: {
        plan: planId,
        title: 'Ít nhất 2 hình thức',
        scopeLevels: ['commune'],
        ruleKind: 'channelDiversity',
        minCount: 2,
        targetShare: 100,
      },
      ...sys,
    })
    const completion = await app.payload.create({
      collection: slugs.targetIndicators,
      data: {
        plan: planId,
        title: 'Nhiệm vụ đúng hạn',
        scopeLevels: ['commune'],
        ruleKind: 'planCompletion',
        threshold: 100,
        targetShare: 100,
      },
      ...sys,
    })
    const res = await app.rest('GET', `/campaign-plans/${planId}/compliance?period=2026-Q1`, {
      token: token['reviewer@test.vn'],
    })
    expect(res.status).toBe(200)
    const card = (await res.json()) as {
      cells: { subjectId: string; indicatorId: string; status: string; evidence: unknown }[]
    }
    const cell = (indicator: number) =>
      card.cells.find(
        (c) => c.indicatorId === String(indicator) && c.subjectId === String(tree.communeA2),
      )
    expect(cell(diversity.id as number)).toMatchObject({
      status: 'met',
      evidence: { kind: 'channels', used: 2 },
    })
    expect(cell(completion.id as number)).toMatchObject({
      status: 'notMet',
      evidence: { kind: 'tasks', due: 2, doneInTime: 1 },
    })
  })
})
