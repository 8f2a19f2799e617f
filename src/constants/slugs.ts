/** Every collection slug, declared once and reused in `relationTo`, access rules and tests. */
export const slugs = {
  units: 'units',
  users: 'users',
  media: 'media',
} as const

export type CollectionSlug = (typeof slugs)[keyof typeof slugs]
