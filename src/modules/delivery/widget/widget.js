/*
 * CCHC widget: the latest reform news, procedure Q&A or broadcast schedule of a unit, for any web
 * portal, with one script tag and no build step:
 *
 *   <script src="https://cchc.example.gov.vn/widget.js" defer></script>
 *   <div data-cchc-widget data-kind="articles" data-unit="HT-CX" data-area="cai-cach-thu-tuc-hanh-chinh"></div>
 *
 * Attributes: data-kind (articles | faqs | schedule), data-unit (unit code), data-area (reform-area
 * slug), data-field (procedure-field slug, faqs), data-outlet (outlet id, schedule), data-subtree
 * ("false": the unit only), data-limit (1–50, default 5), data-lang ("en" for English), data-title
 * (heading; empty for none), data-link (article address with {slug}, e.g. https://portal/tin/{slug}),
 * data-more (address of the portal's own list page: a "Xem thêm" link under the items), data-more-text
 * (that link's words).
 *
 * A mistake in these attributes (an unknown kind, unit, area or field, a data-more that is not an
 * http(s) address) is shown as a configuration error in the element and in the browser console, so
 * the portal's developer sees it is theirs to fix; only an unreachable app gives the "try later" text.
 *
 * Plain ES2017, no framework, no cookies (every request omits credentials), no storage. Text from
 * the API only ever reaches the page through textContent and attributes checked here, never as HTML;
 * FAQ answers arrive as HTML and are reduced to their text in an inert DOMParser document.
 */
;(function () {
  'use strict'

  var TIME_ZONE = 'Asia/Ho_Chi_Minh'
  var TEXTS = {
    vi: {
      loading: 'Đang tải…',
      error: 'Không tải được dữ liệu. Vui lòng thử lại sau.',
      config: 'Tiện ích CCHC được cấu hình sai: ',
      badKind: 'data-kind phải là articles, faqs hoặc schedule (đang là "{value}").',
      badMore: 'data-more phải là địa chỉ http(s) đầy đủ (đang là "{value}").',
      more: 'Xem thêm',
      empty: 'Chưa có nội dung.',
      articles: 'Tin cải cách hành chính',
      faqs: 'Hỏi đáp thủ tục hành chính',
      schedule: 'Lịch phát sóng chuyên mục cải cách hành chính',
    },
    en: {
      loading: 'Loading…',
      error: 'Could not load the items. Please try again later.',
      config: 'The CCHC widget is misconfigured: ',
      badKind: 'data-kind must be articles, faqs or schedule (it is "{value}").',
      badMore: 'data-more must be a full http(s) address (it is "{value}").',
      more: 'See more',
      empty: 'Nothing here yet.',
      articles: 'Administrative reform news',
      faqs: 'Questions on administrative procedures',
      schedule: 'Administrative reform broadcast schedule',
    },
  }
  var KINDS = { articles: 'articles', faqs: 'faqs', schedule: 'schedule' }
  var STYLE = [
    ':host{display:block;font:inherit;color:inherit;margin:0 0 1em}',
    '.cchc{font-size:0.95em;line-height:1.45}',
    '.cchc h3{font-size:1.1em;margin:0 0 0.5em}',
    '.cchc ul{list-style:none;margin:0;padding:0}',
    '.cchc li{padding:0.45em 0;border-bottom:1px solid rgba(127,127,127,0.25)}',
    '.cchc li:last-child{border-bottom:0}',
    '.cchc a{color:inherit;text-decoration:none;font-weight:600}',
    '.cchc a:hover,.cchc a:focus{text-decoration:underline}',
    '.cchc .title{font-weight:600}',
    // Secondary text keeps the portal's own colour (no opacity), so it has the contrast the portal has.
    '.cchc .meta{display:block;font-size:0.85em}',
    '.cchc .summary{margin:0.2em 0 0}',
    '.cchc img{float:left;width:72px;height:54px;object-fit:cover;margin:0 0.6em 0.2em 0;border-radius:3px}',
    '.cchc li::after{content:"";display:block;clear:both}',
    '.cchc details summary{cursor:pointer;font-weight:600}',
    '.cchc details p{margin:0.4em 0 0}',
    '.cchc .status{font-style:italic;margin:0}',
    '.cchc .error{color:#b42318;font-style:normal}',
    '.cchc .more{margin:0.5em 0 0}',
    '.cchc .more a{text-decoration:underline}',
  ].join('\n')

  /** The app's address, taken from this script's own src (so the app may live under a path too). */
  var script =
    document.currentScript ||
    (function () {
      var all = document.querySelectorAll('script[src]')
      for (var i = all.length - 1; i >= 0; i--)
        if (/\/widget\.js(\?|#|$)/.test(all[i].src)) return all[i]
      return null
    })()
  var appBase = new URL('.', script && script.src ? script.src : document.baseURI)
  var apiBase = new URL('api/public/v1/', appBase)

  function el(tag, className, text) {
    var node = document.createElement(tag)
    if (className) node.className = className
    if (text !== undefined && text !== null) node.textContent = String(text)
    return node
  }

  /** Only absolute http(s) addresses become links or images; anything else (javascript:, data:) is dropped. */
  function safeUrl(value) {
    if (typeof value !== 'string' || !value) return null
    try {
      var url = new URL(value)
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
    } catch (_ignored) {
      return null
    }
  }

  function formatter(lang, options) {
    var opts = Object.assign({ timeZone: TIME_ZONE }, options)
    try {
      return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', opts)
    } catch (_ignored) {
      delete opts.timeZone
      return new Intl.DateTimeFormat(undefined, opts)
    }
  }

  function formatDate(value, fmt) {
    var date = new Date(value)
    return isNaN(date.getTime()) ? '' : fmt.format(date)
  }

  /** The text of an HTML fragment, read in a detached document: nothing in it runs or loads. */
  function textOf(html) {
    if (typeof html !== 'string' || !html) return ''
    var doc = new DOMParser().parseFromString(html, 'text/html')
    return (doc.body ? doc.body.textContent || '' : '').replace(/\s+/g, ' ').trim()
  }

  function shorten(text, max) {
    return text.length > max ? text.slice(0, max - 1).replace(/\s+\S*$/, '') + '…' : text
  }

  function clampLimit(value) {
    var n = parseInt(value, 10)
    if (!(n > 0)) return 5
    return Math.min(n, 50)
  }

  function requestUrl(kind, data, limit) {
    var url = new URL(kind, apiBase)
    var params = url.searchParams
    if (data.unit) params.set('unit', data.unit)
    if (kind !== 'schedule') {
      if (data.area) params.set('area', data.area)
      if (kind === 'faqs' && data.field) params.set('field', data.field)
      if (data.subtree === 'false') params.set('subtree', 'false')
      params.set('limit', String(limit))
    } else if (data.outlet) params.set('outlet', data.outlet)
    return url.href
  }

  function articleItem(item, data, dates) {
    var li = el('li')
    var thumb = item.image && item.image.thumbnail ? safeUrl(item.image.thumbnail.url) : null
    if (thumb && data.images === 'true') {
      var img = el('img')
      img.src = thumb
      img.alt = typeof item.image.alt === 'string' ? item.image.alt : ''
      img.loading = 'lazy'
      li.appendChild(img)
    }
    var href =
      safeUrl(item.url) ||
      safeUrl(item.portalUrl) ||
      (data.link && typeof item.slug === 'string'
        ? safeUrl(data.link.split('{slug}').join(encodeURIComponent(item.slug)))
        : null)
    var title
    if (href) {
      title = el('a', 'title', item.title)
      title.href = href
    } else title = el('span', 'title', item.title)
    li.appendChild(title)
    var meta = [formatDate(item.publishedAt, dates), item.unit && item.unit.name]
      .filter(Boolean)
      .join(' · ')
    if (meta) li.appendChild(el('span', 'meta', meta))
    if (item.summary) li.appendChild(el('p', 'summary', shorten(String(item.summary), 220)))
    return li
  }

  function faqItem(item) {
    var li = el('li')
    var details = el('details')
    details.appendChild(el('summary', null, item.question))
    var answer = shorten(textOf(item.answerHtml), 600)
    if (answer) details.appendChild(el('p', null, answer))
    li.appendChild(details)
    return li
  }

  function scheduleItem(item, times) {
    var li = el('li')
    li.appendChild(el('span', 'title', item.title))
    var meta = [formatDate(item.start, times), item.outlet && item.outlet.name, item.channelName]
      .filter(Boolean)
      .join(' · ')
    if (meta) li.appendChild(el('span', 'meta', meta))
    return li
  }

  function fill(template, value) {
    return template.split('{value}').join(String(value))
  }

  /** The first mistake in the element's own attributes, or null. */
  function attributeProblem(data, texts) {
    if (data.kind !== undefined && !KINDS[data.kind]) return fill(texts.badKind, data.kind)
    if (data.more !== undefined && !safeUrl(data.more)) return fill(texts.badMore, data.more)
    return null
  }

  /** A refusal of the API (400 unknown unit, area, field…; 404) carries its reason in both languages. */
  function ConfigError(message) {
    this.message = message
  }

  function render(host) {
    if (!host || host.getAttribute('data-cchc-ready') === 'true') return
    host.setAttribute('data-cchc-ready', 'true')
    var data = host.dataset
    var lang = data.lang === 'en' ? 'en' : 'vi'
    var texts = TEXTS[lang]
    var kind = KINDS[data.kind] || 'articles'
    var limit = clampLimit(data.limit)
    var more = safeUrl(data.more)

    var root = host.shadowRoot || (host.attachShadow ? host.attachShadow({ mode: 'open' }) : host)
    while (root.firstChild) root.removeChild(root.firstChild)
    var style = el('style')
    style.textContent = STYLE
    root.appendChild(style)
    var box = el('div', 'cchc')
    box.setAttribute('lang', lang)
    root.appendChild(box)
    var heading = data.title !== undefined ? data.title : texts[kind]
    if (heading) box.appendChild(el('h3', null, heading))
    var status = el('p', 'status', texts.loading)
    status.setAttribute('role', 'status')
    box.appendChild(status)

    function showConfigError(reason) {
      status.textContent = texts.config + reason
      status.className = 'status error'
      host.setAttribute('data-cchc-state', 'config-error')
      if (window.console && console.error)
        console.error('[CCHC widget] ' + texts.config + reason, host)
    }
    var problem = attributeProblem(data, texts)
    if (problem) {
      showConfigError(problem)
      return
    }

    var controller = typeof AbortController === 'function' ? new AbortController() : null
    var timer = controller
      ? setTimeout(function () {
          controller.abort()
        }, 15000)
      : null
    fetch(requestUrl(kind, data, limit), {
      credentials: 'omit',
      mode: 'cors',
      headers: { Accept: 'application/json' },
      signal: controller ? controller.signal : undefined,
    })
      .then(function (res) {
        if (res.status === 400 || res.status === 404)
          return res.json().then(
            function (json) {
              var reason = json && json.error && json.error.message
              throw typeof reason === 'string'
                ? new ConfigError(reason)
                : new Error('HTTP ' + res.status)
            },
            function () {
              throw new Error('HTTP ' + res.status)
            },
          )
        if (!res.ok) throw new Error('HTTP ' + res.status)
        return res.json()
      })
      .then(function (json) {
        var items = (json && Array.isArray(json.items) ? json.items : []).slice(0, limit)
        host.setAttribute('data-cchc-state', 'loaded')
        if (items.length === 0) {
          status.textContent = texts.empty
          return
        }
        var dates = formatter(lang, { day: '2-digit', month: '2-digit', year: 'numeric' })
        var times = formatter(lang, {
          weekday: 'short',
          day: '2-digit',
          month: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          hour12: false,
        })
        var list = el('ul')
        items.forEach(function (item) {
          if (!item || typeof item !== 'object') return
          list.appendChild(
            kind === 'faqs'
              ? faqItem(item)
              : kind === 'schedule'
                ? scheduleItem(item, times)
                : articleItem(item, data, dates),
          )
        })
        box.removeChild(status)
        box.appendChild(list)
        if (more) {
          var link = el('a', null, data.moreText || texts.more)
          link.href = more
          var paragraph = el('p', 'more')
          paragraph.appendChild(link)
          box.appendChild(paragraph)
        }
      })
      .catch(function (error) {
        if (error instanceof ConfigError) {
          showConfigError(error.message)
          return
        }
        status.textContent = texts.error
        status.className = 'status error'
        host.setAttribute('data-cchc-state', 'error')
      })
      .then(function () {
        if (timer) clearTimeout(timer)
      })
  }

  function renderAll() {
    var hosts = document.querySelectorAll('[data-cchc-widget]')
    for (var i = 0; i < hosts.length; i++) render(hosts[i])
  }

  // Portals that add widgets later (after navigation in a single-page site) call CCHCWidget.render(element).
  window.CCHCWidget = { render: render, renderAll: renderAll }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderAll)
  else renderAll()
})()
