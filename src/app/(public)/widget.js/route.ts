/** /widget.js: the embeddable widget for unit portals. */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/app/(public)/delivery'
