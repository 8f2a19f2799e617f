import { describe, expect, it } from '@jest/globals'
import {
  buildSearchText,
  foldWhereValues,
  rankByRelevance,
  relevance,
  searchTokens,
} from '@/modules/content/domain/search'
import { firstFreeSlug, isValidSlug, slugify } from '@/platform/text/slug'

describe('slugify', () => {
  it('should make an ASCII slug from a Vietnamese title', () => {
    expect(slugify('Đẩy mạnh cải cách thủ tục hành chính tới từng cơ sở')).toBe(
      'day-manh-cai-cach-thu-tuc-hanh-chinh-toi-tung-co-so',
    )
  })

  it('should drop punctuation and collapse separators', () => {
    expect(slugify('  Kế hoạch số 163/KH-UBND: “Tuyên truyền” năm 2021!  ')).toBe(
      'ke-hoach-so-163-kh-ubnd-tuyen-truyen-nam-2021',
    )
  })

  it('should give the same slug for composed and decomposed input', () => {
    expect(slugify('Đường dây nóng'.normalize('NFD'))).toBe(
      slugify('Đường dây nóng'.normalize('NFC')),
    )
  })

  it('should keep slugs short without a trailing dash', () => {
    const slug = slugify('cải cách '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('should number a slug until it is free', async () => {
    const taken = new Set(['cai-cach', 'cai-cach-2'])
    expect(await firstFreeSlug('cai-cach', async (s) => taken.has(s))).toBe('cai-cach-3')
    expect(await firstFreeSlug('moi', async (s) => taken.has(s))).toBe('moi')
  })

  it('should accept only lower-case ASCII words joined by dashes', () => {
    expect(isValidSlug('cai-cach-2024')).toBe(true)
    expect(isValidSlug('cải-cách')).toBe(false)
    expect(isValidSlug('cai--cach')).toBe(false)
    expect(isValidSlug('-cai')).toBe(false)
  })
})

describe('search', () => {
  const docs = [
    {
      title: 'Tập huấn dịch vụ công trực tuyến',
      summary: 'Cải cách thủ tục hành chính ở xã',
      publishedAt: '2026-10-01',
    },
    {
      title: 'Cải cách thủ tục hành chính tại bộ phận một cửa',
      summary: 'Người dân hài lòng',
      publishedAt: '2026-09-01',
    },
    {
      title: 'Chuyển đổi số ở Cẩm Xuyên',
      summary: 'Thanh toán trực tuyến',
      publishedAt: '2026-11-01',
    },
    { title: 'Thủ tục đất đai', summary: 'Hướng dẫn cải cách', publishedAt: '2026-11-02' },
  ].map((d) => ({ ...d, searchText: buildSearchText(d.title, d.summary) }))

  it('should find Vietnamese text from a query typed without tone marks', () => {
    const ranked = rankByRelevance(docs, 'cai cach thu tuc')
    expect(ranked.map((d) => d.title)).toEqual([
      'Cải cách thủ tục hành chính tại bộ phận một cửa',
      'Tập huấn dịch vụ công trực tuyến',
      'Thủ tục đất đai',
    ])
  })

  it('should rank equally relevant documents by recency', () => {
    const same = [
      { title: 'Một cửa', publishedAt: '2026-01-01' },
      { title: 'Một cửa', publishedAt: '2026-06-01' },
    ]
    expect(rankByRelevance(same, 'mot cua').map((d) => d.publishedAt)).toEqual([
      '2026-06-01',
      '2026-01-01',
    ])
  })

  it('should require every word of the query', () => {
    expect(relevance(docs[2]!, 'chuyen doi so')).toBeGreaterThan(0)
    expect(relevance(docs[2]!, 'chuyen doi dat')).toBe(0)
  })

  it('should treat đ and case alike in queries', () => {
    expect(searchTokens('ĐẤT ĐAI đường')).toEqual(['dat', 'dai', 'duong'])
    expect(relevance(docs[3]!, 'DAT DAI')).toBeGreaterThan(0)
  })

  it('should fold the values compared with the search field anywhere in a where clause', () => {
    expect(
      foldWhereValues(
        { or: [{ searchText: { like: 'Cải Cách' } }, { title: { like: 'Cải Cách' } }] },
        'searchText',
      ),
    ).toEqual({ or: [{ searchText: { like: 'cai cach' } }, { title: { like: 'Cải Cách' } }] })
  })
})
