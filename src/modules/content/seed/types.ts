/** Keys of the reform areas the seed creates (names live in src/seed/content/taxonomy.ts). */
export type ReformAreaKey =
  | 'institutional'
  | 'procedures'
  | 'apparatus'
  | 'civilService'
  | 'publicFinance'
  | 'digitalGovernment'

/** Keys of the procedure fields the seed creates. */
export type ProcedureFieldKey =
  | 'investment'
  | 'land'
  | 'construction'
  | 'housing'
  | 'tax'
  | 'customs'
  | 'export'
  | 'import'
  | 'health'
  | 'insurance'

export type SeedArticle = {
  title: string
  summary: string
  /** Body paragraphs, plain text (3–6 of them). */
  paragraphs: string[]
  /** A sub-heading placed before paragraph `headingBefore` (optional). */
  heading?: { text: string; before: number }
  /** Caption of the generated cover picture. */
  coverCaption: string
  areas: ReformAreaKey[]
  tags: string[]
  /** Code of the owning unit, from src/seed/units.ts. */
  unit: string
  byline: string
  source?: { name: string; url?: string }
  featured?: boolean
  /** Publication date, in days before the seed runs. */
  daysAgo: number
  /** Where the article stands in the editorial workflow. */
  state: 'published' | 'draft' | 'inReview' | 'returned' | 'scheduled'
  /** The reviewer's comment, for returned articles. */
  reviewComment?: string
}

export type SeedFaq = {
  question: string
  answerParagraphs: string[]
  field: ProcedureFieldKey
  area: ReformAreaKey
  unit: string
  order: number
  state: 'published' | 'draft'
}

export type SeedQuestion = {
  name: string
  email: string
  question: string
  field: ProcedureFieldKey
  state: 'new' | 'inProgress' | 'answered' | 'rejected' | 'published'
  /** Staff answer, for answered and published questions. */
  answer?: string
}

export type SeedComment = {
  /** Index into seedArticles (a published one). */
  article: number
  name: string
  content: string
  state: 'pending' | 'approved' | 'rejected'
}
