/**
 * /api/public/v1/…: the public API for portals, its OpenAPI document and docs page. Next ranks the
 * static segments `api/public/v1` above Payload's `api/[...slug]` catch-all, so these paths never
 * reach Payload's REST handler.
 */
export { DELETE, GET, OPTIONS, PATCH, POST, PUT } from '@/app/(public)/delivery'
