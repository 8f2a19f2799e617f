/** Every collection slug, declared once and reused in `relationTo`, access rules and tests. */
export const slugs = {
  units: 'units',
  users: 'users',
  media: 'media',
  reformAreas: 'reform-areas',
  tags: 'tags',
  procedureFields: 'procedure-fields',
  articles: 'articles',
  faqs: 'faqs',
  citizenQuestions: 'citizen-questions',
  comments: 'comments',
  ratings: 'article-ratings',
  submissionLog: 'submission-log',
} as const

export type CollectionSlug = (typeof slugs)[keyof typeof slugs]
