import { isValidHttpUrl } from '@/platform/text/url'

type Env = Record<string, string | undefined>

export type LinkTemplates = { article: string | null; faq: string | null }

export class LinkTemplateError extends Error {
  constructor(readonly variable: string) {
    super(
      `${variable}: phải là địa chỉ http(s) chứa {slug}, ví dụ https://portal.example/tin/{slug}. / must be an http(s) address containing {slug}, e.g. https://portal.example/tin/{slug}.`,
    )
    this.name = 'LinkTemplateError'
  }
}

const template = (env: Env, variable: string): string | null => {
  const value = env[variable]?.trim()
  if (!value) return null
  if (!value.includes('{slug}') || !isValidHttpUrl(value.replace(/\{slug\}/g, 'x')))
    throw new LinkTemplateError(variable)
  return value
}

/**
 * Where a reader opens an article or FAQ: the province portal's page when `PORTAL_ARTICLE_URL` /
 * `PORTAL_FAQ_URL` give its address pattern (`https://portal.example/tin/{slug}`), else this API's item.
 */
export const resolveLinkTemplates = (env: Env): LinkTemplates => ({
  article: template(env, 'PORTAL_ARTICLE_URL'),
  faq: template(env, 'PORTAL_FAQ_URL'),
})

/** The link to one item: the template with its slug filled in, or the API URL as the fallback. */
export const itemLink = (templateUrl: string | null, fallback: string, slug: string): string =>
  templateUrl ? templateUrl.replace(/\{slug\}/g, encodeURIComponent(slug)) : fallback

/** Makes a stored path ("/api/media/file/a.webp") absolute on the server's public address. */
export const absoluteUrl = (serverUrl: string, url: string): string =>
  /^https?:\/\//i.test(url) ? url : `${serverUrl}${url.startsWith('/') ? '' : '/'}${url}`
