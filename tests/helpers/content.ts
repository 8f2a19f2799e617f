import type { Payload } from 'payload'
import { slugs } from '@/platform/slugs'

/** A Lexical rich-text value with one paragraph per string. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [
        { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})

/** One reform area and one procedure field, as the seed makes them. */
export const createTaxonomy = async (payload: Payload) => {
  const area = await payload.create({
    collection: slugs.reformAreas,
    data: { name: 'Cải cách thủ tục hành chính' },
    overrideAccess: true,
  })
  const field = await payload.create({
    collection: slugs.procedureFields,
    data: { name: 'Đất đai' },
    overrideAccess: true,
  })
  return { area: area.id as number, field: field.id as number }
}
