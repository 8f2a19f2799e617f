/** /privacy/withdraw: the page a mail's consent-withdrawal link opens. */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/app/(public)/delivery'
