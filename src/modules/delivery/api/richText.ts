import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  LinkHTMLConverter,
  type HTMLConverter,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import { slugs } from '@/platform/slugs'
import { relationId } from '@/platform/fields/relationId'
import { escapeHtml } from '@/platform/text/html'

type LexicalNode = {
  type?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
  relationTo?: string
  value?: unknown
  [key: string]: unknown
}
type RichText = Parameters<typeof convertLexicalToHTML>[0]['data']

/** An image or file a body refers to, as the public may see it (absolute URLs). */
export type BodyMedia = {
  alt: string
  url: string
  width: number | null
  height: number | null
  isImage: boolean
  filename: string
}

/** What rich text points at outside itself, looked up in one batch for a page of documents. */
export type RichTextRefs = { media: Map<string, BodyMedia>; articleLinks: Map<string, string> }

const walk = (node: LexicalNode | undefined, visit: (node: LexicalNode) => void) => {
  if (!node || typeof node !== 'object') return
  visit(node)
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit)
}

/** Ids of the media (upload nodes) and articles (internal links) a set of rich-text values uses. */
export const collectRichTextRefs = (
  values: unknown[],
): { mediaIds: string[]; articleIds: string[] } => {
  const mediaIds = new Set<string>()
  const articleIds = new Set<string>()
  for (const value of values) {
    walk((value as { root?: LexicalNode } | null)?.root, (node) => {
      if (node.type === 'upload' && node.relationTo === slugs.media) {
        const id = relationId(node.value)
        if (id !== null) mediaIds.add(String(id))
      }
      const doc = node.fields?.doc as { relationTo?: string; value?: unknown } | undefined
      if (
        node.type === 'link' &&
        node.fields?.linkType === 'internal' &&
        doc?.relationTo === slugs.articles
      ) {
        const id = relationId(doc.value)
        if (id !== null) articleIds.add(String(id))
      }
    })
  }
  return { mediaIds: [...mediaIds], articleIds: [...articleIds] }
}

const positiveInteger = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null

/**
 * Payload's own Lexical → HTML converters, with the parts that reach outside the text replaced:
 * uploads become a figure with the image's public URL (nothing for internal files), internal links
 * point at the article's public address (or "#" when it is not published), table cells keep only
 * numeric spans (the stock converter writes one node field into `class` unescaped), and node types
 * without a converter (blocks, anything unknown) produce nothing. Text is escaped and link URLs
 * pass Payload's `sanitizeUrl` (http, https, mailto, tel, relative; "javascript:" becomes "#").
 */
const convertersFor = (refs: RichTextRefs): HTMLConverters => {
  const upload: HTMLConverter<LexicalNode> = ({ node }) => {
    const media = refs.media.get(String(relationId(node.value)))
    if (!media) return ''
    if (!media.isImage)
      return `<p><a href="${escapeHtml(media.url)}">${escapeHtml(media.filename)}</a></p>`
    const caption =
      typeof node.fields?.caption === 'string' && node.fields.caption.trim()
        ? node.fields.caption.trim()
        : ''
    const size =
      media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
    return `<figure><img src="${escapeHtml(media.url)}" alt="${escapeHtml(media.alt)}"${size} loading="lazy" />${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
  }
  const tablecell: HTMLConverter<LexicalNode> = ({ node, nodesToHTML }) => {
    const tag = positiveInteger(node.headerState) ? 'th' : 'td'
    const colSpan = positiveInteger(node.colSpan)
    const rowSpan = positiveInteger(node.rowSpan)
    const spans = `${colSpan && colSpan > 1 ? ` colspan="${colSpan}"` : ''}${rowSpan && rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}`
    // Lexical's table nodes carry their children untyped; the converter takes them as serialized nodes.
    return `<${tag}${spans}>${nodesToHTML({ nodes: (node.children ?? []) as never }).join('')}</${tag}>`
  }
  return {
    ...defaultHTMLConverters,
    ...LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => {
        const doc = linkNode.fields.doc as { relationTo?: string; value?: unknown } | undefined
        return (
          (doc?.relationTo === slugs.articles &&
            refs.articleLinks.get(String(relationId(doc.value)))) ||
          '#'
        )
      },
    }),
    upload: upload as HTMLConverter,
    tablecell: tablecell as HTMLConverter,
    unknown: () => '',
  }
}

/** Rich text as a sanitised HTML fragment (no wrapping element). */
export const richTextToHtml = (value: unknown, refs: RichTextRefs): string => {
  if (!value || typeof value !== 'object' || !(value as { root?: unknown }).root) return ''
  return convertLexicalToHTML({
    data: value as RichText,
    converters: convertersFor(refs),
    disableContainer: true,
  }).trim()
}
