import type { Payload } from 'payload'

/**
 * Public, framework-free routes: the portal API (/api/public/v1/…), the feeds (/feeds/…) and the
 * widget (/widget.js). They take a plain request and return plain bytes, so the same handler serves
 * through Next's route handlers and through the fast node:http path in front of Next.
 */
export type PublicRequest = {
  payload: Payload
  url: URL
  headers: Headers
}

export type PublicResponse = {
  status: number
  headers: Record<string, string>
  body: string | Uint8Array
}

export type PublicRoute = {
  /** Exact path ("/feeds/broadcasts.ics") or a prefix ending in "/*" ("/api/public/v1/articles/*"). */
  path: string
  /**
   * Whether a response may be shared between callers and kept in the response cache until content
   * changes. False for anything behind a secret (a unit's calendar token) or personal.
   */
  shared: boolean
  handler: (request: PublicRequest) => Promise<PublicResponse>
}
