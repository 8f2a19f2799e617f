import { periodLabel, type Period } from './periods'

/** The Decree 30 layout lives in the platform (every module issuing a document uses it). */
export * from '@/platform/documents/layout'

/** The subject of a unit's periodic report: "Kết quả công tác tuyên truyền cải cách hành chính Quý I/2026". */
export const reportSubject = (period: Period): string =>
  `Kết quả công tác tuyên truyền cải cách hành chính ${periodLabel(period, 'vi')}`
