import { describe, expect, it } from '@jest/globals'
import type { FlattenedField } from 'payload'

import { languageOfHeaders } from '@/platform/i18n/catalog'
import { checkFieldValues, isValidId } from '@/platform/input/fieldRules'
import { formatVietnameseNumber, parseVietnameseNumber } from '@/platform/input/numbers'
import { isNumericText, nestingExceeds, parseStrictDate, toNfc } from '@/platform/input/values'
import { checkWhere } from '@/platform/input/where'

describe('parseStrictDate', () => {
  it('accepts real days and moments', () => {
    expect(parseStrictDate('2026-02-28')?.toISOString()).toBe('2026-02-28T00:00:00.000Z')
    expect(parseStrictDate('2028-02-29')).not.toBeNull()
    expect(parseStrictDate('2026-03-31T08:00:00+07:00')?.toISOString()).toBe(
      '2026-03-31T01:00:00.000Z',
    )
    expect(parseStrictDate('2026-03-31T01:00:00.000Z')).not.toBeNull()
    expect(parseStrictDate(new Date('2026-01-01'))).not.toBeNull()
  })

  it('refuses days that do not exist instead of rolling them over', () => {
    for (const text of ['2026-02-30', '2026-02-29', '2026-13-45', '2026-04-31', '2026-00-10'])
      expect(parseStrictDate(text)).toBeNull()
    expect(parseStrictDate('2026-03-31T24:00:00Z')).toBeNull()
    expect(parseStrictDate('2026-03-31T08:60Z')).toBeNull()
  })

  it('refuses what is not a date', () => {
    for (const value of ['not a date', '31/03/2026', '', 20260331, null, {}, new Date('x')])
      expect(parseStrictDate(value)).toBeNull()
  })
})

describe('parseVietnameseNumber', () => {
  it('reads a comma as the decimal mark and dots between thousands', () => {
    expect(parseVietnameseNumber('35,5')).toBe(35.5)
    expect(parseVietnameseNumber('1.250.000')).toBe(1_250_000)
    expect(parseVietnameseNumber('1.250')).toBe(1250)
    expect(parseVietnameseNumber('1.250,75')).toBe(1250.75)
    expect(parseVietnameseNumber(' 98,6 % ')).toBe(98.6)
    expect(parseVietnameseNumber('-2,5')).toBe(-2.5)
    expect(parseVietnameseNumber('0')).toBe(0)
    expect(parseVietnameseNumber(',5')).toBe(0.5)
  })

  it('reads an English decimal point that cannot be a thousands separator', () => {
    expect(parseVietnameseNumber('35.5')).toBe(35.5)
    expect(parseVietnameseNumber('0.500')).toBe(0.5)
    expect(parseVietnameseNumber('99.25')).toBe(99.25)
  })

  it('refuses text it would have to guess at', () => {
    for (const text of [
      '',
      'abc',
      '1,250.5',
      '1,2,3',
      '35,5,5',
      '1.25.000',
      '12a',
      '--1',
      '1 000x',
    ])
      expect(parseVietnameseNumber(text)).toBeNull()
  })

  it('writes numbers as Vietnamese readers expect', () => {
    expect(formatVietnameseNumber(35.5)).toBe('35,5')
    expect(formatVietnameseNumber(1_250_000)).toBe('1.250.000')
    expect(parseVietnameseNumber(formatVietnameseNumber(1234.56))).toBe(1234.56)
  })
})

describe('values', () => {
  it('normalises every string of a structure to NFC in place', () => {
    const nfd = 'Cải cách hành chính'.normalize('NFD')
    const data = { title: nfd, tags: [nfd, 1], nested: { deeper: { text: nfd } } }
    const result = toNfc(data)
    expect(result).toBe(data)
    expect(data.title).toBe('Cải cách hành chính'.normalize('NFC'))
    expect(data.tags[0]).toBe(data.title)
    expect(data.nested.deeper.text).toBe(data.title)
    expect(toNfc(nfd)).toBe(data.title)
  })

  it('measures nesting without recursion', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 20_000; i++) deep = [deep]
    expect(nestingExceeds(deep, 64)).toBe(true)
    expect(nestingExceeds({ a: { b: [1, 2, { c: 3 }] } }, 64)).toBe(false)
  })

  it('knows numbers written as JSON would', () => {
    expect(isNumericText('12')).toBe(true)
    expect(isNumericText('-3.5')).toBe(true)
    expect(isNumericText('abc')).toBe(false)
    expect(isNumericText('35,5')).toBe(false)
  })
})

describe('isValidId', () => {
  it('accepts the ids each database gives', () => {
    expect(isValidId(12, 'number')).toBe(true)
    expect(isValidId('12', 'number')).toBe(true)
    expect(isValidId('65a1b2c3d4e5f60718293a4b', 'text')).toBe(true)
  })

  it('refuses what cannot be an id', () => {
    for (const id of ['abc', '1e999', '0', '-1', 1.5, '12 ', 2 ** 53 + 2, null])
      expect(isValidId(id, 'number')).toBe(false)
    expect(isValidId('abc', 'text')).toBe(false)
  })
})

describe('checkWhere', () => {
  it('accepts filters the app supports', () => {
    expect(
      checkWhere({ or: [{ title: { like: 'x' } }, { and: [{ id: { in: [1, 2] } }] }] }),
    ).toBeNull()
  })

  it('refuses geographic operators and malformed filters', () => {
    expect(checkWhere({ title: { near: '1,2' } })).toEqual({
      key: 'input.badOperator',
      params: { operator: 'near', path: 'title' },
    })
    expect(checkWhere({ or: [{ title: { within: {} } }] })?.key).toBe('input.badOperator')
    expect(checkWhere({ title: 'abc' })?.key).toBe('input.badWhere')
    expect(checkWhere({ or: 'abc' })?.key).toBe('input.badWhere')
    expect(checkWhere('abc')?.key).toBe('input.badWhere')
  })
})

describe('checkFieldValues', () => {
  const fields = [
    { name: 'title', type: 'text', maxLength: 250 },
    { name: 'summary', type: 'textarea' },
    { name: 'order', type: 'number', min: 0 },
    { name: 'day', type: 'date' },
    { name: 'level', type: 'select', options: ['province', 'commune'] },
    { name: 'unit', type: 'relationship', relationTo: 'units' },
    { name: 'areas', type: 'relationship', relationTo: 'reform-areas', hasMany: true },
    { name: 'body', type: 'richText' },
    {
      name: 'figures',
      type: 'group',
      flattenedFields: [{ name: 'pct', type: 'number', min: 0, max: 100 }],
    },
    {
      name: 'rows',
      type: 'array',
      maxRows: 2,
      flattenedFields: [{ name: 'channel', type: 'relationship', relationTo: 'channels' }],
    },
  ] as unknown as FlattenedField[]

  const problems = (data: object) =>
    (['shape', 'limits'] as const).flatMap((pass) =>
      checkFieldValues(fields, data, 'number', pass).problems.map(
        ({ path, key }) => `${pass}/${path}:${key}`,
      ),
    )

  it('passes good data and lists the related documents to look up', () => {
    const result = checkFieldValues(
      fields,
      {
        title: 'Tin',
        order: 2,
        day: '2026-03-31',
        level: 'commune',
        unit: 5,
        areas: [1, { id: 2 }],
        body: { root: { children: [] } },
        figures: { pct: 35.5 },
        rows: [{ channel: 7 }],
      },
      'number',
      'shape',
    )
    expect(result.problems).toEqual([])
    expect(
      result.relations.map(({ path, collection, id }) => `${path}>${collection}#${id}`),
    ).toEqual([
      'unit>units#5',
      'areas>reform-areas#1',
      'areas>reform-areas#2',
      'rows.0.channel>channels#7',
    ])
  })

  it('refuses wrong types before coercion and limits after the modules, by path', () => {
    expect(
      problems({
        title: 12,
        summary: 'x'.repeat(20_001),
        order: 'abc',
        day: '2026-02-30',
        level: 'village',
        unit: 'abc',
        areas: 3,
        body: 'abc',
        figures: { pct: 300 },
        rows: [{ channel: 7 }, { channel: 8 }, { channel: 9 }],
      }),
    ).toEqual([
      'shape/title:input.notText',
      'shape/order:input.notNumber',
      'shape/day:input.notDate',
      'shape/level:input.notOption',
      'shape/unit:input.badId',
      'shape/areas:input.notList',
      'shape/body:input.notRichText',
      'limits/summary:input.tooLong',
      'limits/figures.pct:input.aboveMax',
      'limits/rows:input.tooManyRows',
    ])
    expect(problems({ title: 'x'.repeat(251) })).toEqual(['limits/title:input.tooLong'])
    expect(problems({ order: -1, figures: 'x' })).toEqual([
      'shape/figures:input.notGroup',
      'limits/order:input.belowMin',
    ])
    expect(problems({ rows: [{ channel: 'abc' }] })).toEqual(['shape/rows.0.channel:input.badId'])
  })

  it('accepts what the admin’s own forms send for empty values', () => {
    expect(problems({ rows: 0, unit: '', areas: [], body: JSON.stringify({ root: {} }) })).toEqual(
      [],
    )
    expect(problems({ rows: '0', unit: 'none', order: '', day: '' })).toEqual([])
  })

  it('lets empty values through: a draft may be incomplete', () => {
    expect(
      problems({ title: null, order: null, day: null, level: null, unit: null, body: null }),
    ).toEqual([])
  })
})

describe('languageOfHeaders', () => {
  const headers = (values: Record<string, string>) => new Headers(values)
  it('follows the admin cookie, then Accept-Language, then Vietnamese', () => {
    expect(languageOfHeaders(headers({}))).toBe('vi')
    expect(languageOfHeaders(headers({ 'accept-language': 'en-US,en;q=0.9' }))).toBe('en')
    expect(languageOfHeaders(headers({ 'accept-language': 'fr, en;q=0.5, vi;q=0.8' }))).toBe('vi')
    expect(
      languageOfHeaders(headers({ 'accept-language': 'en', cookie: 'a=1; payload-lng=vi' })),
    ).toBe('vi')
  })
})
