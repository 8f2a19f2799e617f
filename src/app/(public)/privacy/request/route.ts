/** /privacy/request: the form a person files a request about their personal data with. */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/app/(public)/delivery'
