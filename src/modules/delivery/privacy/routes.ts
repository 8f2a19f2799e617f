import fs from 'node:fs/promises'
import path from 'node:path'

import type { Language } from '@/platform/i18n/catalog'
import { escapeHtml } from '@/platform/text/html'
import { formatDateTime } from '@/platform/time'
import {
  consentOfToken,
  currentPrivacyNotice,
  REQUEST_DETAILS_MAX_LENGTH,
  requestKinds,
} from '@/modules/content'
import { translate, type TextKey } from '@/modules/delivery/i18n'
import type { PublicRequest, PublicResponse, PublicRoute } from '@/modules/delivery/types'

/**
 * Vietnamese, the language of the service, unless the link asks for English (`?lang=en`, as the
 * page's own language link and the mails in English do); the browser's settings are not asked.
 */
const languageOf = (request: PublicRequest): Language =>
  request.url.searchParams.get('lang') === 'en' ? 'en' : 'vi'

const STYLE = `body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1b1b1b}
h1{font-size:1.5rem}.meta{color:#555;font-size:.9rem}.lang{float:right}
input,select,textarea{font:inherit;width:100%;box-sizing:border-box}input[type=checkbox]{width:auto}
button{font:inherit;padding:.5rem 1rem;background:#b42318;color:#fff;border:0;border-radius:4px;cursor:pointer}
.done{padding:.75rem;background:#ecfdf3;border:1px solid #6ce9a6}.error{padding:.75rem;background:#fef3f2;border:1px solid #fda29b}`

const page = (
  language: Language,
  status: number,
  title: string,
  body: string,
  otherLanguageHref: string,
): PublicResponse => {
  const other = language === 'vi' ? 'en' : 'vi'
  return {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><a class="lang" href="${escapeHtml(otherLanguageHref)}" hreflang="${other}">${other === 'en' ? 'English' : 'Tiếng Việt'}</a>
<h1>${escapeHtml(title)}</h1>
${body}
</body></html>`,
  }
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')

/** `/privacy`: the notice in force, in the reader's language, with its version. */
const privacyPage = async (request: PublicRequest): Promise<PublicResponse> => {
  const language = languageOf(request)
  const tr = (key: TextKey, params?: Record<string, string | number>) =>
    translate(language, key, params)
  const notice = await currentPrivacyNotice(request.payload)
  const meta = tr('privacy.page.version', { version: notice.version })
  const since = notice.publishedAt
    ? ` · ${tr('privacy.page.since', { date: formatDateTime(notice.publishedAt, language) })}`
    : ''
  return page(
    language,
    200,
    tr('privacy.page.title'),
    `<p class="meta" data-notice-version="${notice.version}">${escapeHtml(meta + since)}</p>
${paragraphs(language === 'en' ? notice.en : notice.vi)}
<p class="meta">${escapeHtml(tr('privacy.page.withdraw'))}</p>
<p><a href="/privacy/request?lang=${language}">${escapeHtml(tr('privacy.page.request'))}</a></p>`,
    `/privacy?lang=${language === 'vi' ? 'en' : 'vi'}`,
  )
}

/**
 * `/privacy/withdraw?token=…`: the page a mail's withdrawal link opens. Opening it changes nothing
 * (mail scanners open links); the button posts the withdrawal.
 */
const withdrawPage = async (request: PublicRequest): Promise<PublicResponse> => {
  const language = languageOf(request)
  const tr = (key: TextKey) => translate(language, key)
  const token = request.url.searchParams.get('token') ?? ''
  const consent = await consentOfToken(request.payload, token)
  const other = `/privacy/withdraw?token=${encodeURIComponent(token)}&lang=${language === 'vi' ? 'en' : 'vi'}`
  const title = tr('privacy.withdraw.title')
  if (!consent)
    return page(
      language,
      400,
      title,
      `<p class="error" role="alert">${escapeHtml(tr('consent.invalidToken'))}</p>`,
      other,
    )
  if (consent.withdrawn)
    return page(
      language,
      200,
      title,
      `<p class="done" role="status">${escapeHtml(tr('consent.withdrawn'))}</p>`,
      other,
    )
  return page(
    language,
    200,
    title,
    `<p>${escapeHtml(tr('privacy.withdraw.explain'))}</p>
<form method="post" action="/api/personal-data-consents/withdraw">
<input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="lang" value="${language}">
<button type="submit">${escapeHtml(tr('privacy.withdraw.button'))}</button>
</form>
<p class="meta"><a href="/privacy?lang=${language}">${escapeHtml(tr('privacy.page.title'))}</a></p>`,
    other,
  )
}

/**
 * `/privacy/request`: the form a person files a request about their personal data with (access,
 * correction, deletion, withdrawal, objection). Its script (`/privacy/request.js`) solves the
 * anti-spam proof and posts to `POST /api/personal-data-requests`, the same endpoint portals call.
 */
const requestPage = async (request: PublicRequest): Promise<PublicResponse> => {
  const language = languageOf(request)
  const tr = (key: TextKey) => translate(language, key)
  const field = (name: string, key: TextKey, input: string) =>
    `<p><label for="pdr-${name}">${escapeHtml(tr(key))}</label><br>${input}</p>`
  const kinds = requestKinds
    .map((kind) => `<option value="${kind}">${escapeHtml(tr(`pdr.kind.${kind}`))}</option>`)
    .join('')
  return page(
    language,
    200,
    tr('privacy.request.title'),
    `<p>${escapeHtml(tr('privacy.request.intro'))}</p>
<noscript><p class="error">${escapeHtml(tr('privacy.request.noscript'))}</p></noscript>
<form id="pdr-form" method="post" action="/api/personal-data-requests" data-working="${escapeHtml(tr('privacy.request.working'))}" data-sent="${escapeHtml(tr('privacy.request.sent'))}" data-failed="${escapeHtml(tr('privacy.request.failed'))}">
${field('kind', 'pdr.kind', `<select id="pdr-kind" name="kind" required>${kinds}</select>`)}
${field('name', 'pdr.name', '<input id="pdr-name" name="name" maxlength="100" autocomplete="name">')}
<p class="meta">${escapeHtml(tr('privacy.request.contactHint'))}</p>
${field('email', 'pdr.email', '<input id="pdr-email" name="email" type="email" maxlength="254" autocomplete="email">')}
${field('phone', 'pdr.phone', '<input id="pdr-phone" name="phone" type="tel" maxlength="20" autocomplete="tel">')}
${field('details', 'pdr.details', `<textarea id="pdr-details" name="details" rows="6" maxlength="${REQUEST_DETAILS_MAX_LENGTH}" required></textarea>`)}
<p><label><input type="checkbox" name="declaration" value="true" required> ${escapeHtml(tr('privacy.request.declaration'))}</label></p>
<button type="submit">${escapeHtml(tr('privacy.request.submit'))}</button>
</form>
<p id="pdr-result" role="status" hidden></p>
<p class="meta"><a href="/privacy?lang=${language}">${escapeHtml(tr('privacy.page.title'))}</a></p>
<script src="/privacy/request.js" defer></script>`,
    `/privacy/request?lang=${language === 'vi' ? 'en' : 'vi'}`,
  )
}

/** The form's script, read once from the project folder (as the widget is). */
const REQUEST_SCRIPT = path.join(
  process.cwd(),
  'src',
  'modules',
  'delivery',
  'privacy',
  'request.js',
)
let requestScript: Promise<string> | null = null
const requestScriptFile = async (): Promise<PublicResponse> => {
  requestScript ??= fs.readFile(REQUEST_SCRIPT, 'utf8').catch((error: unknown) => {
    requestScript = null
    throw error
  })
  return {
    status: 200,
    headers: { 'Content-Type': 'application/javascript; charset=utf-8' },
    body: await requestScript,
  }
}

// Not shared: the notice is read fresh (an admin's save shows at once) and a withdrawal page is personal.
export const privacyRoutes: PublicRoute[] = [
  { path: '/privacy', shared: false, handler: privacyPage },
  { path: '/privacy/withdraw', shared: false, handler: withdrawPage },
  { path: '/privacy/request', shared: false, handler: requestPage },
  { path: '/privacy/request.js', shared: true, handler: requestScriptFile },
]
