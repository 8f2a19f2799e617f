/** /privacy: the personal data notice citizens read before they consent. */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/app/(public)/delivery'
