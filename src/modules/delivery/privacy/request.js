/*
 * The personal-data request form (/privacy/request): solves the anti-spam proof the app gives
 * (ALTCHA: the number whose SHA-256 with the salt is the challenge) with the browser's Web Crypto,
 * posts the request as JSON to the app's REST API in the page's language, and shows the app's
 * answer: the confirmation, or its refusal as it words it. Plain script, no build step.
 */
;(function () {
  'use strict'
  var form = document.getElementById('pdr-form')
  var out = document.getElementById('pdr-result')
  if (!form || !out) return
  var lang = document.documentElement.lang === 'en' ? 'en' : 'vi'
  var button = form.querySelector('button[type=submit]')

  var show = function (text, kind) {
    out.textContent = text
    out.className = kind
    out.hidden = false
  }
  var hex = function (buffer) {
    return Array.prototype.map
      .call(new Uint8Array(buffer), function (b) {
        return ('0' + b.toString(16)).slice(-2)
      })
      .join('')
  }
  var solve = async function (challenge) {
    var encoder = new TextEncoder()
    var max = challenge.maxnumber || 1000000
    for (var n = 0; n <= max; n++) {
      var digest = await crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + n))
      if (hex(digest) === challenge.challenge) return n
    }
    return null
  }
  var lastDay = function (instant) {
    return new Date(Date.parse(instant) - 1).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    })
  }
  var refusal = function (body) {
    if (body && body.message) return body.message
    var first = body && body.errors && body.errors[0]
    if (!first) return form.getAttribute('data-failed')
    var fields = first.data && first.data.errors
    return fields && fields.length
      ? fields
          .map(function (e) {
            return e.message
          })
          .join(' ')
      : first.message
  }
  var value = function (data, name) {
    var v = String(data.get(name) || '').trim()
    return v === '' ? undefined : v
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault()
    button.disabled = true
    show(form.getAttribute('data-working'), 'meta')
    try {
      var challenge = await (await fetch('/api/antispam/challenge', { cache: 'no-store' })).json()
      var number = await solve(challenge)
      var proof = btoa(
        JSON.stringify({
          algorithm: challenge.algorithm,
          challenge: challenge.challenge,
          number: number,
          salt: challenge.salt,
          signature: challenge.signature,
        }),
      )
      var data = new FormData(form)
      var answer = await fetch('/api/personal-data-requests', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Accept-Language': lang,
          'X-CCHC-Channel': 'form',
        },
        body: JSON.stringify({
          kind: value(data, 'kind'),
          name: value(data, 'name'),
          email: value(data, 'email'),
          phone: value(data, 'phone'),
          details: value(data, 'details'),
          declaration: data.get('declaration') === 'true',
          language: lang,
          altcha: proof,
        }),
      })
      var body = await answer.json().catch(function () {
        return null
      })
      if (answer.ok && body && body.doc) {
        form.hidden = true
        show(
          form
            .getAttribute('data-sent')
            .replace('{{id}}', String(body.doc.id))
            .replace('{{ack}}', lastDay(body.doc.ackDueAt))
            .replace('{{due}}', lastDay(body.doc.dueAt)),
          'done',
        )
      } else show(refusal(body), 'error')
    } catch (_error) {
      show(form.getAttribute('data-failed'), 'error')
    } finally {
      button.disabled = false
    }
  })
})()
