/** /privacy/request.js: the script of the personal-data request form. */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/app/(public)/delivery'
