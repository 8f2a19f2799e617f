/**
 * The data of `npm run bench:public` (scripts/bench/public.ts runs this in a process of its own):
 * a small unit tree, the six reform areas, tags, six covers drawn with sharp and BENCH_ARTICLES
 * published articles on the database of DATABASE_URL. Prints BENCH_SEED_DONE when complete.
 */
import { commitTransaction, createLocalReq, getPayload, initTransaction } from 'payload'
import { migrationsFor } from '@/platform/config/database'
import { resolveDatabase } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { drawBanner } from '@/modules/content/seed/images'

import config from '@payload-config'

// Native database calls do not always hold the event loop open; this does until the seed is done.
const keepAlive = setInterval(() => undefined, 1000)
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000)

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor(resolveDatabase(process.env)) })

// One transaction for the whole seed: the data is what editors make, without a disk sync per document.
const req = await createLocalReq({}, payload)
await initTransaction(req)
const system = { req, overrideAccess: true, depth: 0 } as const
const id = (doc: { id: number | string }) => doc.id as number
const province = id(
  await payload.create({
    collection: slugs.units,
    data: { name: 'UBND tỉnh Đo Tải', code: 'DT', level: 'province' },
    ...system,
  }),
)
const units = [province]
for (let d = 1; d <= 4; d++) {
  units.push(
    id(
      await payload.create({
        collection: slugs.units,
        data: { name: `UBND huyện ${d}`, code: `DT-H${d}`, level: 'district', parent: province },
        ...system,
      }),
    ),
  )
}
const areaNames = [
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  'Xây dựng chính quyền số',
]
const areas = []
for (const name of areaNames)
  areas.push(id(await payload.create({ collection: slugs.reformAreas, data: { name }, ...system })))
const tags = []
for (const name of [
  'Một cửa',
  'Dịch vụ công trực tuyến',
  'Chuyển đổi số',
  'Đất đai',
  'Hộ tịch',
  'Tập huấn',
  'Khảo sát hài lòng',
  'Văn bản mới',
]) {
  tags.push(id(await payload.create({ collection: slugs.tags, data: { name }, ...system })))
}
const covers = []
for (let c = 0; c < 6; c++) {
  const data = await drawBanner(30 + c * 55)
  const name = `bench-cover-${c + 1}.jpg`
  covers.push(
    id(
      await payload.create({
        collection: slugs.media,
        data: {
          alt: `Ảnh minh họa số ${c + 1} cho tin cải cách hành chính`,
          visibility: 'public',
          unit: province,
        },
        file: { data, mimetype: 'image/jpeg', name, size: data.length },
        ...system,
      }),
    ),
  )
}
const paragraph = (text: string) => ({
  type: 'paragraph',
  direction: 'ltr' as const,
  format: '' as const,
  indent: 0,
  version: 1,
  textFormat: 0,
  children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
})
const start = Date.UTC(2025, 0, 1)
for (let n = 1; n <= ARTICLES; n++) {
  const title = `Tin cải cách hành chính số ${n}: ${areaNames[n % areaNames.length]} tại ${n % 5 === 0 ? 'cấp tỉnh' : `huyện ${n % 5}`}`
  await payload.create({
    collection: slugs.articles,
    data: {
      title,
      summary: `Tóm tắt tin số ${n}: kết quả triển khai, số hồ sơ tiếp nhận đúng hạn và ý kiến của người dân về ${areaNames[n % areaNames.length]!.toLowerCase()}.`,
      body: {
        root: {
          type: 'root',
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
          children: [
            paragraph(`${title}.`),
            paragraph('Nội dung chi tiết của bản tin, gồm số liệu và ý kiến của người dân.'),
          ],
        },
      } as never,
      coverImage: covers[n % covers.length]!,
      reformAreas: [areas[n % areas.length]!],
      tags: [tags[n % tags.length]!, tags[(n + 3) % tags.length]!],
      unit: units[n % units.length]!,
      byline: 'Phóng viên CCHC',
      featured: n % 25 === 0,
      publishedAt: new Date(start + n * 3_600_000 * 7).toISOString(),
      _status: 'published',
    },
    ...system,
  })
}
await commitTransaction(req)
await payload.destroy()
clearInterval(keepAlive)
// Exiting right after a write to a pipe may lose it: exit once it is flushed.
process.stdout.write('BENCH_SEED_DONE\n', () => process.exit(0))
