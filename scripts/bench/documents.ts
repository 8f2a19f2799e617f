/**
 * `npm run bench:documents` — a benchmark, not a test: it prints figures and never fails on them.
 *
 * Renders a large unit report in the Decree 30 layout (12 channels, 20 indicators, 10 figures, long
 * difficulties and proposals, an annex of 150 airings) as DOCX and PDF, cold (first render: the
 * font is read and parsed) and warm (the median of 10), and prints the time and size of each. Goal:
 * a warm render ≤ 1 s, a file ≤ 1 MB.
 */
import { performance } from 'node:perf_hooks'

import { officialDocx } from '@/platform/documents/docx'
import { officialPdf } from '@/platform/documents/pdf'
import {
  dateLine,
  numberLine,
  recipientLines,
  reportSubject,
  signatureLines,
  type Block,
  type OfficialDocument,
} from '@/modules/campaigns/domain/officialDocument'

const sentence =
  'Ủy ban nhân dân xã tiếp tục đẩy mạnh tuyên truyền cải cách hành chính trên trạm truyền thanh, trang thông tin điện tử và tại bộ phận một cửa, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.'
const body: Block[] = [
  { kind: 'paragraph', text: sentence },
  { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
  {
    kind: 'table',
    widths: [1, 6, 3, 3],
    header: ['TT', 'Hình thức tuyên truyền', 'Số lượt, số buổi', 'Số người được tiếp cận'],
    rows: Array.from({ length: 12 }, (_, i) => [
      String(i + 1),
      `Hình thức ${i + 1}`,
      '12',
      '1.250',
    ]),
  },
  {
    kind: 'table',
    widths: [1, 7, 2, 2, 2],
    header: ['TT', 'Chỉ tiêu', 'Kết quả', 'Yêu cầu', 'Đánh giá'],
    rows: Array.from({ length: 20 }, (_, i) => [
      String(i + 1),
      `Chỉ tiêu ${i + 1}: ${sentence.slice(0, 60)}`,
      '3',
      '3',
      'Đạt',
    ]),
  },
  { kind: 'heading', text: 'II. KHÓ KHĂN, VƯỚNG MẮC' },
  ...Array.from({ length: 8 }, () => ({ kind: 'paragraph' as const, text: sentence })),
  { kind: 'heading', text: 'III. ĐỀ XUẤT, KIẾN NGHỊ' },
  ...Array.from({ length: 8 }, () => ({ kind: 'paragraph' as const, text: sentence })),
  { kind: 'pageBreak' },
  {
    kind: 'table',
    widths: [1, 6, 3, 2],
    header: ['TT', 'Nội dung phát sóng', 'Thời gian', 'Tình trạng'],
    rows: Array.from({ length: 150 }, (_, i) => [
      String(i + 1),
      'Chuyên mục Cải cách hành chính',
      '07:00 05/03/2026',
      'Đã phát',
    ]),
  },
]
const doc: OfficialDocument = {
  parentBody: 'UBND TỈNH HÀ TĨNH',
  issuingBody: 'ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN',
  numberLine: numberLine(12, 'BC', 'UBND'),
  dateLine: dateLine('Cẩm Xuyên', new Date('2026-03-05T02:00:00Z')),
  kind: 'BÁO CÁO',
  subject: reportSubject({ year: 2026, key: 'Q1' }),
  body,
  recipients: recipientLines(['UBND tỉnh', 'Sở Nội vụ']),
  signature: {
    lines: signatureLines({ capacity: 'TM', body: 'Ủy ban nhân dân', position: 'Chủ tịch' }),
    name: 'Nguyễn Văn An',
  },
  title: 'Báo cáo',
}

const time = async (render: () => Promise<Buffer>) => {
  let start = performance.now()
  const first = await render()
  const cold = performance.now() - start
  const warm: number[] = []
  for (let i = 0; i < 10; i++) {
    start = performance.now()
    await render()
    warm.push(performance.now() - start)
  }
  warm.sort((a, b) => a - b)
  return { cold, warm: warm[5]!, bytes: first.byteLength }
}

for (const [name, render] of [
  ['DOCX', () => officialDocx(doc)],
  ['PDF', () => officialPdf(doc)],
] as const) {
  const { cold, warm, bytes } = await time(render)
  console.log(
    `${name}: cold ${cold.toFixed(0)} ms, warm (median of 10) ${warm.toFixed(0)} ms, ${(bytes / 1024).toFixed(1)} KiB`,
  )
}
