/** Raster images, the only uploads a browser may show in place. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'])

/** Nothing in a served file runs or loads (the edge sets the same for /api/<slug>/file/…). */
export const FILE_CSP =
  "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'"

/**
 * For an upload collection's `modifyResponseHeaders`: every file is served with nosniff and a
 * sandboxing policy, and anything but a raster image (a PDF, an SVG, an office file) as a download,
 * so a PDF's JavaScript or an SVG's script never runs on this origin.
 */
export const fileSafetyHeaders = ({ headers }: { headers: Headers }): Headers => {
  const type = (headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', FILE_CSP)
  if (!INLINE_TYPES.has(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
