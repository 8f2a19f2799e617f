/** /feeds/…: RSS, Atom, JSON Feed and iCalendar. */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/app/(public)/delivery'
