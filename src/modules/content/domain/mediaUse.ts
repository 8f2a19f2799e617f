/**
 * The media files a piece of content shows: its cover image and every upload node of its rich
 * text. Published content makes these public; nothing else is (see the Media collection).
 */
export const mediaShownBy = (doc: object, mediaSlug: string): Array<number | string> => {
  const ids = new Set<number | string>()
  const add = (value: unknown) => {
    const id =
      value && typeof value === 'object' ? (value as { id?: unknown }).id : (value as unknown)
    if (typeof id === 'number' || (typeof id === 'string' && id !== '')) ids.add(id)
  }
  add((doc as { coverImage?: unknown }).coverImage)
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 64) return
    if (Array.isArray(node)) {
      for (const child of node) walk(child, depth + 1)
      return
    }
    const record = node as Record<string, unknown>
    if (record.type === 'upload' && record.relationTo === mediaSlug) add(record.value)
    for (const [key, value] of Object.entries(record))
      if (key !== 'coverImage') walk(value, depth + 1)
  }
  walk(doc, 0)
  return [...ids]
}
