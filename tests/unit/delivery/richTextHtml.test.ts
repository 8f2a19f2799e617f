import { describe, expect, it } from '@jest/globals'
import { escapeHtml } from '@/platform/text/html'
import {
  collectRichTextRefs,
  richTextToHtml,
  type RichTextRefs,
} from '@/modules/delivery/api/richText'

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  version: 1,
})
const node = (type: string, children: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const doc = (...children: unknown[]) => ({ root: node('root', children) })

const refs: RichTextRefs = {
  media: new Map([
    [
      '7',
      {
        alt: 'Ảnh "một cửa"',
        url: 'https://cchc.example/api/media/file/a-768x432.webp',
        width: 768,
        height: 432,
        isImage: true,
        filename: 'a.png',
      },
    ],
    [
      '8',
      {
        alt: '',
        url: 'https://cchc.example/api/media/file/b.pdf',
        width: null,
        height: null,
        isImage: false,
        filename: 'ke-hoach<1>.pdf',
      },
    ],
  ]),
  articleLinks: new Map([['3', 'https://portal.example/tin/bai-3']]),
}
const html = (...children: unknown[]) => richTextToHtml(doc(...children), refs)

describe('rich text as public HTML', () => {
  it('should escape text and keep simple formatting', () => {
    expect(html(node('paragraph', [text('<b>a</b> & "b"'), text('đậm', 1)]))).toBe(
      '<p>&lt;b&gt;a&lt;/b&gt; &amp; &quot;b&quot;<strong>đậm</strong></p>',
    )
    expect(escapeHtml(`<a href='x'>`)).toBe('&lt;a href=&#39;x&#39;&gt;')
  })

  it('should keep web, mail and phone links and neutralise script URLs', () => {
    const link = (url: string) =>
      html(node('paragraph', [node('link', [text('x')], { fields: { url, linkType: 'custom' } })]))
    expect(link('https://dichvucong.gov.vn/?a=1&b=2')).toBe(
      '<p><a href="https://dichvucong.gov.vn/?a=1&amp;b=2">x</a></p>',
    )
    expect(link('mailto:cchc@example.vn')).toContain('href="mailto:cchc@example.vn"')
    for (const bad of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
    ]) {
      expect(link(bad)).toBe('<p><a href="#">x</a></p>')
    }
    expect(link('"><script>alert(1)</script>')).not.toContain('<script')
  })

  it('should point internal links at the article’s public address, or nowhere when unpublished', () => {
    const internal = (id: number) =>
      html(
        node('paragraph', [
          node('link', [text('bài')], {
            fields: { linkType: 'internal', doc: { relationTo: 'articles', value: id } },
          }),
        ]),
      )
    expect(internal(3)).toBe('<p><a href="https://portal.example/tin/bai-3">bài</a></p>')
    expect(internal(4)).toBe('<p><a href="#">bài</a></p>')
  })

  it('should show public images with their caption, link public files and drop what is not public', () => {
    expect(
      html({
        type: 'upload',
        relationTo: 'media',
        value: 7,
        fields: { caption: 'Hội nghị <i>CCHC</i>' },
        version: 3,
      }),
    ).toBe(
      '<figure><img src="https://cchc.example/api/media/file/a-768x432.webp" alt="Ảnh &quot;một cửa&quot;" width="768" height="432" loading="lazy" /><figcaption>Hội nghị &lt;i&gt;CCHC&lt;/i&gt;</figcaption></figure>',
    )
    expect(html({ type: 'upload', relationTo: 'media', value: { id: 8 }, version: 3 })).toBe(
      '<p><a href="https://cchc.example/api/media/file/b.pdf">ke-hoach&lt;1&gt;.pdf</a></p>',
    )
    expect(html({ type: 'upload', relationTo: 'media', value: 9, version: 3 })).toBe('')
  })

  it('should drop blocks and unknown nodes and keep forged node fields out of the markup', () => {
    expect(
      html({
        type: 'block',
        fields: { blockType: 'html', html: '<script>x</script>' },
        version: 2,
      }),
    ).toBe('')
    expect(html(node('mystery', [text('a')]))).toBe('')
    expect(html(node('heading', [text('a')], { tag: 'script' }))).toBe('<h1>a</h1>')
    expect(
      html(
        node('list', [node('listitem', [text('a')], { value: '1" onclick="x' })], {
          tag: 'script',
          listType: 'x',
        }),
      ),
    ).not.toMatch(/<script|onclick="/)
    const cell = html(
      node('table', [
        node('tablerow', [
          node('tablecell', [text('a')], {
            headerState: '1" onclick="x',
            colSpan: 3,
            rowSpan: '2"x',
          }),
        ]),
      ]),
    )
    expect(cell).toContain('<td colspan="3">a</td>')
    expect(cell).not.toContain('onclick')
  })

  it('should find the media and articles a set of bodies refers to', () => {
    const bodies = [
      doc(
        { type: 'upload', relationTo: 'media', value: 7, version: 3 },
        node('paragraph', [
          node('link', [], {
            fields: { linkType: 'internal', doc: { relationTo: 'articles', value: { id: 3 } } },
          }),
        ]),
      ),
      doc(
        { type: 'upload', relationTo: 'media', value: { id: 7 }, version: 3 },
        { type: 'upload', relationTo: 'users', value: 1, version: 3 },
      ),
      null,
    ]
    expect(collectRichTextRefs(bodies)).toEqual({ mediaIds: ['7'], articleIds: ['3'] })
  })

  it('should give an empty string for empty or missing rich text', () => {
    expect(richTextToHtml(null, refs)).toBe('')
    expect(richTextToHtml({}, refs)).toBe('')
    expect(richTextToHtml(doc(), refs)).toBe('')
  })
})
