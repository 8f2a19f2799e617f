import { describe, expect, it } from '@jest/globals'
import { toJsonFeed11 } from '@/modules/delivery/domain/jsonFeed'
import { localDay } from '@/platform/time'
import {
  absoluteUrl,
  itemLink,
  LinkTemplateError,
  resolveLinkTemplates,
} from '@/modules/delivery/domain/links'
import {
  addDays,
  dayRange,
  isCalendarDate,
  localDayStart,
  matchPathTemplate,
  pageInfo,
  parseParams,
  type ParamSpec,
} from '@/modules/delivery/domain/params'

const specs: ParamSpec[] = [
  {
    name: 'area',
    in: 'query',
    schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 20 },
    description: 'x',
  },
  {
    name: 'from',
    in: 'query',
    schema: { type: 'string', format: 'date', maxLength: 10 },
    description: 'x',
  },
  { name: 'subtree', in: 'query', schema: { type: 'boolean', default: true }, description: 'x' },
  {
    name: 'kind',
    in: 'query',
    schema: { type: 'string', enum: ['a', 'b'], maxLength: 1 },
    description: 'x',
  },
  {
    name: 'limit',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
    description: 'x',
  },
  {
    name: 'slug',
    in: 'path',
    required: true,
    schema: { type: 'string', maxLength: 20 },
    description: 'x',
  },
]
const parse = (query: string, path: Record<string, string> = { slug: 'tin' }) =>
  parseParams(specs, new URLSearchParams(query), path)

describe('public API parameters', () => {
  it('should give defaults for absent or empty parameters and parse the rest by their schema', () => {
    expect(parse('')).toEqual({
      ok: true,
      values: {
        area: undefined,
        from: undefined,
        subtree: true,
        kind: undefined,
        limit: 20,
        slug: 'tin',
      },
    })
    expect(
      parse('area=cai-cach&from=2026-02-28&subtree=false&kind=b&limit=50&area=ignored&other=1'),
    ).toEqual({
      ok: true,
      values: {
        area: 'cai-cach',
        from: '2026-02-28',
        subtree: false,
        kind: 'b',
        limit: 50,
        slug: 'tin',
      },
    })
    expect(parse('subtree=0&limit=')).toMatchObject({ values: { subtree: false, limit: 20 } })
  })

  it('should say which parameter is wrong and why', () => {
    expect(parse('limit=0')).toEqual({
      ok: false,
      problem: { param: 'limit', reason: 'integer', min: 1, max: 50 },
    })
    expect(parse('limit=51')).toMatchObject({ problem: { reason: 'integer' } })
    expect(parse('limit=2.5')).toMatchObject({ problem: { reason: 'integer' } })
    expect(parse('limit=1e1')).toMatchObject({ problem: { reason: 'integer' } })
    expect(parse('subtree=yes')).toEqual({
      ok: false,
      problem: { param: 'subtree', reason: 'boolean' },
    })
    expect(parse('from=2026-02-29')).toEqual({
      ok: false,
      problem: { param: 'from', reason: 'date' },
    })
    expect(parse('from=01/02/2026')).toMatchObject({ problem: { reason: 'date' } })
    expect(parse('area=Cải-cách')).toEqual({
      ok: false,
      problem: { param: 'area', reason: 'format' },
    })
    expect(parse(`area=${'a'.repeat(21)}`)).toEqual({
      ok: false,
      problem: { param: 'area', reason: 'length', max: 20 },
    })
    expect(parse('kind=c')).toEqual({
      ok: false,
      problem: { param: 'kind', reason: 'enum', values: 'a, b' },
    })
    expect(parse('', {})).toEqual({ ok: false, problem: { param: 'slug', reason: 'required' } })
  })

  it('should accept only calendar dates that exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true)
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('2026-13-01')).toBe(false)
    expect(isCalendarDate('2026-1-01')).toBe(false)
  })
})

describe('path templates', () => {
  it('should match templated paths and decode their parameters', () => {
    expect(matchPathTemplate('/api/v1/articles', '/api/v1/articles')).toEqual({})
    expect(matchPathTemplate('/api/v1/articles', '/api/v1/articles/')).toEqual({})
    expect(matchPathTemplate('/api/v1/articles/{slug}', '/api/v1/articles/cai-cach')).toEqual({
      slug: 'cai-cach',
    })
    expect(matchPathTemplate('/api/v1/plans/{id}/scorecard', '/api/v1/plans/12/scorecard')).toEqual(
      { id: '12' },
    )
    expect(matchPathTemplate('/api/v1/articles/{slug}', '/api/v1/articles/c%E1%BA%A3i')).toEqual({
      slug: 'cải',
    })
  })

  it('should not match other paths, deeper paths or broken escapes', () => {
    expect(matchPathTemplate('/api/v1/articles/{slug}', '/api/v1/articles/a/b')).toBeNull()
    expect(matchPathTemplate('/api/v1/articles/{slug}', '/api/v1/articlesX')).toBeNull()
    expect(matchPathTemplate('/api/v1.x/{slug}', '/api/v1yx/a')).toBeNull()
    expect(matchPathTemplate('/api/v1/articles/{slug}', '/api/v1/articles/%E0%A4%A')).toBeNull()
  })
})

describe('pages and days', () => {
  it('should count pages, with one empty page for an empty list', () => {
    expect(pageInfo(57, 1, 20)).toEqual({
      page: 1,
      limit: 20,
      totalItems: 57,
      totalPages: 3,
      nextPage: 2,
    })
    expect(pageInfo(57, 3, 20)).toMatchObject({ nextPage: null })
    expect(pageInfo(0, 1, 20)).toEqual({
      page: 1,
      limit: 20,
      totalItems: 0,
      totalPages: 1,
      nextPage: null,
    })
    expect(pageInfo(40, 5, 20)).toMatchObject({ totalPages: 2, nextPage: null })
  })

  it('should read days on the Vietnamese clock', () => {
    expect(localDayStart('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z')
    expect(localDay(new Date('2026-02-28T17:00:00Z'))).toBe('2026-03-01')
    expect(localDay(new Date('2026-02-28T16:59:59Z'))).toBe('2026-02-28')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2026-12-31', 30)).toBe('2027-01-30')
  })

  it('should make a window that includes both days, refusing a reversed or too long one', () => {
    expect(dayRange('2026-03-01', '2026-03-01')).toEqual({
      range: { start: new Date('2026-02-28T17:00:00Z'), end: new Date('2026-03-01T17:00:00Z') },
    })
    expect(dayRange(undefined, '2026-03-01')).toEqual({
      range: { end: new Date('2026-03-01T17:00:00Z') },
    })
    expect(dayRange(undefined, undefined)).toEqual({ range: {} })
    expect(dayRange('2026-03-02', '2026-03-01')).toEqual({ problem: 'order' })
    expect(dayRange('2026-01-01', '2026-01-31', 31)).toHaveProperty('range')
    expect(dayRange('2026-01-01', '2026-02-01', 31)).toEqual({ problem: 'tooLong' })
  })
})

describe('item links', () => {
  it('should fill a portal address pattern or fall back to the API address', () => {
    expect(itemLink('https://portal.example/tin/{slug}', 'http://api/x', 'cai-cach')).toBe(
      'https://portal.example/tin/cai-cach',
    )
    expect(itemLink('https://portal.example/?p={slug}&r={slug}', 'http://api/x', 'a b')).toBe(
      'https://portal.example/?p=a%20b&r=a%20b',
    )
    expect(itemLink(null, 'http://api/x', 'cai-cach')).toBe('http://api/x')
  })

  it('should read and check the templates from the environment', () => {
    expect(resolveLinkTemplates({})).toEqual({ article: null, faq: null })
    expect(
      resolveLinkTemplates({ PORTAL_ARTICLE_URL: ' https://portal.example/tin/{slug} ' }),
    ).toEqual({ article: 'https://portal.example/tin/{slug}', faq: null })
    expect(() =>
      resolveLinkTemplates({ PORTAL_ARTICLE_URL: 'https://portal.example/tin/' }),
    ).toThrow(LinkTemplateError)
    expect(() => resolveLinkTemplates({ PORTAL_FAQ_URL: 'javascript:alert({slug})' })).toThrow(
      /PORTAL_FAQ_URL/,
    )
  })

  it('should make stored paths absolute and keep absolute URLs', () => {
    expect(absoluteUrl('https://cchc.example', '/api/media/file/a.webp')).toBe(
      'https://cchc.example/api/media/file/a.webp',
    )
    expect(absoluteUrl('https://cchc.example', 'api/media/file/a.webp')).toBe(
      'https://cchc.example/api/media/file/a.webp',
    )
    expect(absoluteUrl('https://cchc.example', 'https://cdn.example/a.webp')).toBe(
      'https://cdn.example/a.webp',
    )
  })
})

describe('JSON Feed 1.1', () => {
  it('should turn the library’s 1.0 output into 1.1 (authors, language)', () => {
    const v1 = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'Tin',
      author: { name: 'UBND' },
      items: [
        { id: '1', content_html: '<p>a</p>', author: { name: 'Xã A1' } },
        { id: '2', content_html: '<p>b</p>' },
      ],
    })
    expect(JSON.parse(toJsonFeed11(v1, 'vi'))).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tin',
      authors: [{ name: 'UBND' }],
      language: 'vi',
      items: [
        { id: '1', content_html: '<p>a</p>', authors: [{ name: 'Xã A1' }] },
        { id: '2', content_html: '<p>b</p>' },
      ],
    })
  })
})
