import { slugs } from '@/platform/slugs'

/** Builds the Lexical JSON of a simple article body: paragraphs, an optional heading and image. */
type Node = { [key: string]: unknown; type: string; version: number }

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const lexicalBody = (options: {
  paragraphs: string[]
  heading?: { text: string; before: number }
  image?: { id: number | string; caption: string; after: number }
}) => {
  const children: Node[] = []
  options.paragraphs.forEach((paragraph, index) => {
    if (options.heading && options.heading.before === index)
      children.push(block('heading', [text(options.heading.text)], { tag: 'h2' }))
    children.push(block('paragraph', [text(paragraph)], { textFormat: 0, textStyle: '' }))
    if (options.image && options.image.after === index) {
      children.push({
        type: 'upload',
        relationTo: slugs.media,
        value: options.image.id,
        fields: { caption: options.image.caption },
        format: '',
        version: 3,
        id: `seed-image-${options.image.id}`,
      })
    }
  })
  return {
    root: block('root', children) as {
      type: string
      children: Node[]
      direction: 'ltr'
      format: ''
      indent: number
      version: number
    },
  }
}
