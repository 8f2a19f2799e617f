import { solveChallenge } from 'altcha-lib/v1'
import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { vi as payloadVi } from '@payloadcms/translations/languages/vi'

import type { Language } from '@/platform/i18n/catalog'
import { payloadViOverrides } from '@/platform/i18n/payloadTexts'
import { periodLabel, type PeriodKey } from '@/modules/campaigns/domain/periods'
import { figureKeys } from '@/modules/campaigns/domain/vocabulary'
import { MAX_UPLOAD_BYTES } from '@/modules/content'
import { formatDateTime } from '@/platform/time'

import { richText } from '../helpers/content'
import { publicText, text, type Case, type Client, type Send, type Who } from './harness'

type Doc = Record<string, unknown> & { id: number }
type List = { docs: Doc[]; totalDocs: number }

/** Payload's own text, as the app's translations give it (our Vietnamese mending over Payload's). */
const payloadText =
  (group: 'error' | 'validation', key: string) =>
  (language: Language): string => {
    if (language === 'en')
      return (payloadEn.translations[group] as Record<string, string>)[key] ?? key
    return (
      (payloadViOverrides[group] as Record<string, string>)[key] ??
      (payloadVi.translations[group] as Record<string, string>)[key] ??
      key
    )
  }

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

/** A multipart upload as the admin's upload form sends it: the file and the other fields as JSON. */
const upload = (name: string, bytes: Uint8Array, type: string, fields: object = { alt: 'Ảnh' }) => {
  return () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify(fields))
    return form
  }
}

let lockedCounter = 0
let addressCounter = 0
/** A fresh client address: public submissions are rate-limited per address. */
const address = () => `198.51.100.${(addressCounter = (addressCounter % 250) + 1)}`

export const moduleCases = async (client: Client): Promise<Case[]> => {
  const get = <T = List>(path: string) => client.read<T>(path)
  const first = async (path: string): Promise<Doc> => {
    const doc = (await get(path)).docs[0]
    if (!doc) throw new Error(`no document for ${path}`)
    return doc
  }
  const count = (path: string) => async () =>
    (await get(`${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`)).totalDocs
  const doc = (path: string) => () => get<Doc>(path)
  // The holidays in force, by day (until an admin saves the list, its rows get fresh ids on each read).
  const holidayDays = async () =>
    ((await get<{ days?: { day: string }[] }>('/api/globals/public-holidays')).days ?? []).map(
      (row) => row.day,
    )
  const me = async (who: Who): Promise<Doc> =>
    (
      (await (await client.send(who, { method: 'GET', path: '/api/users/me?depth=0' })).json()) as {
        user: Doc
      }
    ).user

  /** A breach in the register, registered once by the admin (discovered five days ago). */
  const breachDiscoveredAt = new Date(Date.now() - 5 * 24 * 3_600_000)
  let registeredBreach: Promise<number> | undefined
  const aBreach = () =>
    (registeredBreach ??= (async () => {
      const sent = await client.send('admin', {
        method: 'POST',
        path: '/api/personal-data-breaches',
        json: {
          title: 'Lộ danh sách người hỏi',
          discoveredAt: breachDiscoveredAt.toISOString(),
          description: 'Tệp danh sách bị gửi nhầm.',
        },
      })
      if (sent.status !== 201) throw new Error(`the breach answered ${sent.status}`)
      return ((await sent.json()) as { doc: Doc }).doc.id
    })())
  const afterDiscovery = (hours: number) =>
    new Date(breachDiscoveredAt.getTime() + hours * 3_600_000).toISOString()

  /** A solved anti-spam proof, as the reader's browser makes it. */
  const proof = async (): Promise<string> => {
    const challenge = (await (await fetch(`${client.url}/api/antispam/challenge`)).json()) as {
      algorithm: string
      challenge: string
      salt: string
      signature: string
      maxnumber?: number
    }
    const solution = await solveChallenge(
      challenge.challenge,
      challenge.salt,
      challenge.algorithm,
      challenge.maxnumber,
    ).promise
    if (!solution) throw new Error('could not solve the anti-spam challenge')
    return Buffer.from(
      JSON.stringify({ ...challenge, number: solution.number, maxnumber: undefined }),
    ).toString('base64')
  }

  // ---- what the seed made, looked up as the admin ----
  const units = (await get('/api/units?limit=1000&depth=0')).docs as (Doc & {
    code: string
    name: string
    level: string
    parent?: number | null
    validTo?: string | null
  })[]
  const childrenOf = (id: number) => units.filter((unit) => unit.parent === id)
  const province = units.find((unit) => unit.level === 'province')!
  const department = units.find((unit) => unit.level === 'department')!
  // A commune with a sub-unit (its public-service centre).
  const withChildren = units.find((unit) => unit.level === 'commune' && childrenOf(unit.id).length)!
  const editor = await me('editor')
  const reporter = await me('communeReporter')
  const reporterUnit = units.find((unit) => unit.id === reporter.unit)!
  const otherCommune = units.find(
    (unit) => unit.level === 'commune' && unit.id !== reporterUnit.id && unit.parent !== null,
  )!
  // A commune that closed on 30/06/2025 and was merged into one of today's.
  const closedCommune = units.find((unit) => unit.level === 'commune' && unit.validTo)!
  const usersOfReporterUnit = (
    await get(`/api/users?where[unit][equals]=${reporterUnit.id}&limit=0`)
  ).totalDocs
  const plan = await first('/api/campaign-plans?limit=1&depth=0')
  const indicators = (await get(`/api/target-indicators?where[plan][equals]=${plan.id}&limit=0`))
    .totalDocs
  const area = await first('/api/reform-areas?limit=1&depth=0')
  const field = await first('/api/procedure-fields?limit=1&depth=0')
  const inReview = await first(
    '/api/articles?where[reviewStatus][equals]=inReview&draft=true&depth=0&limit=1',
  )
  const draftArticle = await first('/api/articles?where[_status][equals]=draft&depth=0&limit=1')
  const published = await first(
    '/api/articles?where[_status][equals]=published&depth=0&limit=1&sort=-publishedAt',
  )
  const draftFaq = await first('/api/faqs?where[_status][equals]=draft&depth=0&limit=1')
  const submittedReport = await first(
    '/api/unit-reports?where[status][equals]=submitted&depth=0&limit=1',
  )
  const question = (status: string) =>
    first(`/api/citizen-questions?where[status][equals]=${status}&depth=0&limit=1`)
  const newQuestion = await question('new')
  const publishedQuestion = await question('published')
  const seededRequest = await first('/api/personal-data-requests?depth=0&limit=1')
  const pendingComment = await first('/api/comments?where[status][equals]=pending&depth=0&limit=1')
  const seededMedia = await first('/api/media?limit=1&depth=0')
  const articlesOfArea = (await get(`/api/articles?where[reformAreas][equals]=${area.id}&limit=0`))
    .totalDocs
  const myOutlet = await first(
    `/api/outlets?where[unit][equals]=${reporterUnit.id}&depth=0&limit=1`,
  )
  const myItem = await first(
    `/api/broadcast-items?where[outlet][equals]=${myOutlet.id}&depth=0&limit=1`,
  )
  const airingsOfMyItem = (await get(`/api/airings?where[item][equals]=${myItem.id}&limit=0`))
    .totalDocs
  const aired = await first(
    `/api/airings?where[item][equals]=${myItem.id}&where[status][equals]=confirmed&sort=-occurrenceAt&limit=1&depth=0`,
  )
  const otherItem = await first(
    `/api/broadcast-items?where[unit][not_in]=${reporterUnit.id}&depth=0&limit=1`,
  )
  // Not a returned one: the unit may mend a returned report after the deadline.
  const myReport = await first(
    `/api/unit-reports?where[unit][equals]=${reporterUnit.id}&where[status][not_equals]=returned&depth=0&limit=1`,
  )
  const myReports = `/api/unit-reports?where[unit][equals]=${reporterUnit.id}`
  const departmentReport = await first(
    `/api/unit-reports?where[unit][equals]=${department.id}&depth=0&limit=1`,
  )

  const article = (fields: object = {}) => ({
    title: 'Bài thử',
    summary: 'Tóm tắt',
    body: richText('Nội dung.'),
    reformAreas: [area.id],
    unit: province.id,
    ...fields,
  })
  const report = (fields: object = {}) => ({
    plan: plan.id,
    unit: reporterUnit.id,
    period: 'H1',
    ...fields,
  })
  const item = (fields: object = {}) => ({
    title: 'Chuyên mục thử',
    outlet: myOutlet.id,
    channel: 'communeRadio',
    start: '2026-02-02T06:30:00+07:00',
    durationMinutes: 15,
    ...fields,
  })
  const submission = async (
    fields: object,
    headers: Record<string, string> = {},
  ): Promise<Send> => ({
    method: 'POST',
    path: '/api/citizen-questions',
    json: {
      name: 'Trần Văn Bình',
      email: 'binh@nguoidan.demo',
      question: 'Thủ tục cấp đổi sổ đỏ cần giấy tờ gì?',
      procedureField: field.id,
      consentProcessing: true,
      consentPublish: true,
      altcha: await proof(),
      ...fields,
    },
    headers: { 'X-Forwarded-For': address(), ...headers },
  })
  const personalDataRequest = async (fields: object): Promise<Send> => ({
    method: 'POST',
    path: '/api/personal-data-requests',
    json: {
      kind: 'access',
      email: 'yeucau@nguoidan.demo',
      details: 'Cho tôi xem dữ liệu của tôi.',
      declaration: true,
      altcha: await proof(),
      ...fields,
    },
    headers: { 'X-Forwarded-For': address() },
  })
  const comment = async (fields: object): Promise<Send> => ({
    method: 'POST',
    path: '/api/comments',
    json: {
      article: published.id,
      name: 'Bạn đọc',
      content: 'Bài viết hay.',
      consentProcessing: true,
      consentPublish: true,
      altcha: await proof(),
      ...fields,
    },
    headers: { 'X-Forwarded-For': address() },
  })
  const rating =
    (fields: object, from = address()) =>
    async (): Promise<Send> => ({
      method: 'POST',
      path: '/api/article-ratings',
      json: { article: published.id, score: 4, altcha: await proof(), ...fields },
      headers: { 'X-Forwarded-For': from },
    })
  const graphql = (query: string): Send => ({
    method: 'POST',
    path: '/api/graphql',
    json: { query },
  })
  const levelName = (level: string) => (language: Language) =>
    text(language, `level.${level}` as never)
  const figure = (key: string) => (language: Language) => text(language, `figure.${key}` as never)
  const csv = (body: string): Send => ({
    method: 'POST',
    path: '/api/units/import',
    raw: body,
    contentType: 'text/csv',
  })
  const forbidden = { key: 'error.forbidden' } as const
  const notFound = { key: 'error.notFound' } as const
  const required = payloadText('validation', 'required')
  const ratingsOf = doc(`/api/articles/${published.id}?depth=0`)

  const cases: Case[] = [
    // ---------- users ----------
    ...(['roles', 'canPublish', 'unit', 'enableAPIKey'] as const).map((name): Case => ({
      name: `users: an editor changes their own ${name}`,
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/users/${editor.id}`,
        json: {
          roles: { roles: ['admin'] },
          canPublish: { canPublish: true },
          unit: { unit: withChildren.id },
          enableAPIKey: { enableAPIKey: true },
        }[name],
      },
      status: 403,
      expect: { key: 'user.privilegedField' },
    })),
    {
      name: 'users: an editor raises their role through a bulk update',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/users?where[id][equals]=${editor.id}`,
        json: { roles: ['admin'] },
      },
      status: 403,
      expect: { key: 'user.privilegedField' },
      readBack: doc(`/api/users/${editor.id}?depth=0`),
    },
    {
      name: 'users: a reporter renames another user',
      as: 'communeReporter',
      send: { method: 'PATCH', path: `/api/users/${editor.id}`, json: { name: 'X' } },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'users: an editor without a unit',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/users',
        json: { email: 'x1@hatinh.demo', password: 'DemoCCHC@2026', name: 'X', roles: ['editor'] },
      },
      status: 400,
      expect: { field: 'unit', key: 'user.unitRequired' },
    },
    {
      name: 'users: no role',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/users',
        json: {
          email: 'x2@hatinh.demo',
          password: 'DemoCCHC@2026',
          name: 'X',
          roles: [],
          unit: province.id,
        },
      },
      status: 400,
      expect: { field: 'roles', key: 'user.rolesRequired' },
    },
    {
      name: 'users: a role that does not exist',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/users',
        json: {
          email: 'x3@hatinh.demo',
          password: 'DemoCCHC@2026',
          name: 'X',
          roles: ['superuser'],
          unit: province.id,
        },
      },
      status: 400,
      expect: {
        field: 'roles',
        text: (language) =>
          text(language, 'input.notOption', {
            value: 'superuser',
            options: ['admin', 'editor', 'reviewer', 'reporter', 'viewer', 'portal']
              .map((role) => `${role} (${text(language, `role.${role}` as never)})`)
              .join(', '),
          }),
      },
    },
    {
      name: 'users: an email already registered',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/users',
        json: {
          email: String(editor.email),
          password: 'DemoCCHC@2026',
          name: 'X',
          roles: ['viewer'],
          unit: province.id,
        },
      },
      status: 400,
      expect: { field: 'email', text: payloadText('error', 'userEmailAlreadyRegistered') },
    },
    {
      name: 'users: an editor creates a user',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/users',
        json: {
          email: 'x4@hatinh.demo',
          password: 'DemoCCHC@2026',
          name: 'X',
          roles: ['viewer'],
          unit: province.id,
        },
      },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'users: an editor deletes a user',
      as: 'editor',
      send: { method: 'DELETE', path: `/api/users/${reporter.id}` },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'users: anonymous list',
      as: 'anonymous',
      send: { method: 'GET', path: '/api/users' },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'users: a wrong password',
      as: 'anonymous',
      send: {
        method: 'POST',
        path: '/api/users/login',
        json: { email: String(reporter.email), password: 'sai-mat-khau' },
      },
      status: 401,
      expect: { text: payloadText('error', 'emailOrPasswordIncorrect') },
      readBack: 'nothing-to-store',
    },
    {
      name: 'users: an editor locks their own account',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/users/${editor.id}`,
        json: { lockedUntil: '2030-01-01T00:00:00.000Z' },
      },
      status: 403,
      expect: { key: 'user.privilegedField' },
      readBack: doc(`/api/users/${editor.id}?depth=0`),
    },
    {
      name: 'users: sign-ins go on failing from one address (an unknown account, slowed alike)',
      as: 'anonymous',
      send: async () => {
        const attempt = {
          method: 'POST' as const,
          path: '/api/users/login',
          json: { email: `khong-co-ai-${(lockedCounter += 1)}@hatinh.demo`, password: 'doan-bua' },
        }
        // Waits double after the third failure: eight tries leave this address waiting.
        for (let i = 0; i < 8; i++) await client.send('anonymous', attempt)
        return attempt
      },
      status: 429,
      expect: { key: 'signIn.throttled' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'users: the right password of an account an admin locked',
      as: 'anonymous',
      send: async () => {
        const email = `bi-khoa-${(lockedCounter += 1)}@hatinh.demo`
        const made = await client.send('admin', {
          method: 'POST',
          path: '/api/users',
          json: {
            email,
            password: 'Mot mat khau du dai 2026',
            name: 'Bị khóa',
            roles: ['viewer'],
            unit: department.id,
            lockedUntil: '2099-12-31T17:00:00.000Z',
          },
        })
        if (made.status !== 201) throw new Error(`could not make ${email}: ${await made.text()}`)
        return {
          method: 'POST',
          path: '/api/users/login',
          json: { email, password: 'Mot mat khau du dai 2026' },
        }
      },
      status: 403,
      expect: {
        key: 'signIn.locked',
        params: (l) => ({ time: formatDateTime('2099-12-31T17:00:00.000Z', l) }),
      },
      readBack: 'nothing-to-store',
    },
    {
      name: 'audit-log: an admin edits an entry',
      as: 'admin',
      send: async () => ({
        method: 'PATCH',
        path: `/api/audit-log/${(await first('/api/audit-log?limit=1&depth=0')).id}`,
        json: { action: 'signOut' },
      }),
      status: 403,
      expect: forbidden,
      readBack: async () => get('/api/audit-log?limit=1&depth=0&sort=at'),
    },
    {
      name: 'audit-log: an admin deletes an entry',
      as: 'admin',
      send: async () => ({
        method: 'DELETE',
        path: `/api/audit-log/${(await first('/api/audit-log?limit=1&depth=0')).id}`,
      }),
      status: 403,
      expect: forbidden,
      readBack: count('/api/audit-log?where[action][not_equals]=signIn.failure'),
    },
    {
      name: 'audit-log: an admin writes an entry',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/audit-log',
        json: { at: '2026-01-01T00:00:00.000Z', action: 'signOut' },
      },
      status: 403,
      expect: forbidden,
      readBack: count('/api/audit-log?where[at][equals]=2026-01-01T00:00:00.000Z'),
    },
    {
      name: 'audit-log: an export in a format that does not exist',
      as: 'admin',
      send: { method: 'GET', path: '/api/audit-log/export?format=xml' },
      status: 400,
      expect: { key: 'audit.badFormat', params: { value: 'xml' } },
      readBack: 'nothing-to-store',
    },
    {
      name: 'audit-log: an editor exports the log',
      as: 'editor',
      send: { method: 'GET', path: '/api/audit-log/export?format=csv' },
      status: 403,
      expect: forbidden,
      readBack: 'nothing-to-store',
    },
    {
      name: 'users: a password reset without an address',
      as: 'anonymous',
      send: { method: 'POST', path: '/api/users/forgot-password', json: { email: '' } },
      status: 400,
      expect: { key: 'passwordReset.emailRequired' },
      readBack: count('/api/outbox?where[template][equals]=passwordReset'),
    },
    {
      name: 'users: an editor sends another user a reset mail',
      as: 'editor',
      send: { method: 'POST', path: `/api/users/${reporter.id}/send-password-reset` },
      status: 403,
      expect: forbidden,
      readBack: count('/api/outbox?where[template][equals]=passwordReset'),
    },
    {
      name: 'users: a second-factor enrolment with neither a session nor a password',
      as: 'anonymous',
      send: { method: 'POST', path: '/api/users/mfa/enrol', json: {} },
      status: 401,
      expect: { key: 'mfa.credentialsRequired' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'users: a second-factor confirmation without a code',
      as: 'editor',
      send: { method: 'POST', path: '/api/users/mfa/confirm', json: { code: 7 } },
      status: 400,
      expect: { key: 'mfa.codeMissing' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'users: a second-factor confirmation before any enrolment started',
      as: 'editor',
      send: { method: 'POST', path: '/api/users/mfa/confirm', json: { code: '123456' } },
      status: 409,
      expect: { key: 'mfa.notStarted' },
      readBack: 'nothing-to-store',
    },
    {
      name: "users: an editor resets another user's second factor",
      as: 'editor',
      send: { method: 'POST', path: `/api/users/${reporter.id}/mfa/reset` },
      status: 403,
      expect: forbidden,
      readBack: count('/api/audit-log?where[action][equals]=mfa.reset'),
    },
    {
      name: 'users: a second-factor reset of a user that does not exist',
      as: 'admin',
      send: { method: 'POST', path: '/api/users/999999/mfa/reset' },
      status: 404,
      expect: { key: 'mfa.noSuchUser' },
      readBack: count('/api/audit-log?where[action][equals]=mfa.reset'),
    },
    {
      name: 'users: a second-factor reset of a user who has none',
      as: 'admin',
      send: { method: 'POST', path: `/api/users/${reporter.id}/mfa/reset` },
      status: 409,
      expect: { key: 'mfa.notEnabled' },
      readBack: count('/api/audit-log?where[action][equals]=mfa.reset'),
    },
    {
      name: 'users: a reset mail to a user that does not exist',
      as: 'admin',
      send: { method: 'POST', path: '/api/users/999999/send-password-reset' },
      status: 404,
      expect: { key: 'passwordReset.noSuchUser' },
      readBack: count('/api/outbox?where[template][equals]=passwordReset'),
    },
    {
      name: 'users: GraphQL role change by an editor',
      as: 'editor',
      send: graphql(`mutation { updateUser(id: ${editor.id}, data: { roles: admin }) { id } }`),
      status: 200,
      graphqlStatus: 403,
      expect: { key: 'user.privilegedField' },
      readBack: doc(`/api/users/${editor.id}?depth=0`),
    },

    // ---------- units ----------
    {
      name: 'units: a commune without a parent',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units',
        json: { name: 'Xã X', code: 'HT-ZZ1', level: 'commune' },
      },
      status: 400,
      expect: {
        field: 'parent',
        key: 'unit.parentRequired',
        params: (l) => ({ level: levelName('commune')(l) }),
      },
    },
    {
      name: 'units: a province with a parent',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units',
        json: { name: 'Tỉnh X', code: 'ZZ', level: 'province', parent: province.id },
      },
      status: 400,
      expect: { field: 'parent', key: 'unit.provinceHasParent' },
    },
    {
      name: 'units: a commune under a department',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units',
        json: { name: 'Xã X', code: 'HT-ZZ2', level: 'commune', parent: department.id },
      },
      status: 400,
      expect: {
        field: 'parent',
        key: 'unit.parentLevel',
        params: (l) => ({
          level: levelName('commune')(l),
          parentLevel: levelName('department')(l),
        }),
      },
    },
    {
      name: 'units: a unit under its own sub-unit',
      as: 'admin',
      send: {
        method: 'PATCH',
        path: `/api/units/${withChildren.id}`,
        json: { parent: childrenOf(withChildren.id)[0]!.id },
      },
      status: 400,
      expect: { field: 'parent', key: 'unit.cycle' },
    },
    {
      name: 'units: a malformed code',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units',
        json: { name: 'Xã X', code: 'HT CX Đ', level: 'commune', parent: province.id },
      },
      status: 400,
      expect: { field: 'code', key: 'unit.codeFormat', params: { code: 'HT CX Đ' } },
    },
    {
      name: 'units: a portal address that is not a web address',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units',
        json: {
          name: 'Xã X',
          code: 'HT-ZZ3',
          level: 'commune',
          parent: province.id,
          portalUrl: 'ftp://x.vn',
        },
      },
      status: 400,
      expect: { field: 'portalUrl', key: 'unit.urlInvalid', params: { url: 'ftp://x.vn' } },
    },
    {
      name: 'units: a negative count of culture points',
      as: 'admin',
      send: {
        method: 'PATCH',
        path: `/api/units/${reporterUnit.id}`,
        json: { postOfficeCulturePoints: -1 },
      },
      status: 400,
      expect: { field: 'postOfficeCulturePoints', key: 'input.belowMin', params: { min: 0 } },
    },
    {
      name: 'units: a level that does not exist',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units',
        json: { name: 'X', code: 'HT-ZZ4', level: 'village' },
      },
      status: 400,
      expect: {
        field: 'level',
        text: (l) =>
          text(l, 'input.notOption', {
            value: 'village',
            options: ['province', 'department', 'district', 'commune', 'communeUnit']
              .map((level) => `${level} (${levelName(level)(l)})`)
              .join(', '),
          }),
      },
    },
    {
      name: 'units: a parent that does not exist',
      as: 'admin',
      send: { method: 'PATCH', path: `/api/units/${otherCommune.id}`, json: { parent: 999999 } },
      status: 400,
      expect: {
        field: 'parent',
        key: 'input.missingRelation',
        params: (l) => ({ collection: text(l, 'units.singular' as never), value: '999999' }),
      },
    },
    {
      name: 'units: a name of 20,000 characters',
      as: 'admin',
      send: {
        method: 'PATCH',
        path: `/api/units/${otherCommune.id}`,
        json: { name: 'X'.repeat(20_000) },
      },
      status: 400,
      expect: { field: 'name', key: 'input.tooLong', params: { length: 20_000, max: 1000 } },
    },
    {
      name: 'units: a document symbol with a space',
      as: 'admin',
      send: {
        method: 'PATCH',
        path: `/api/units/${otherCommune.id}`,
        json: { documentSymbol: 'UB ND' },
      },
      status: 400,
      expect: {
        field: 'documentSymbol',
        key: 'unit.documentSymbolFormat',
        params: { symbol: 'UB ND' },
      },
    },
    {
      name: 'units: an editor creates a unit',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/units',
        json: { name: 'X', code: 'HT-ZZ5', level: 'province' },
      },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'units: a reporter edits its own unit',
      as: 'communeReporter',
      send: { method: 'PATCH', path: `/api/units/${reporterUnit.id}`, json: { name: 'Đổi' } },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'units: a reporter reads a unit outside its subtree',
      as: 'communeReporter',
      send: { method: 'GET', path: `/api/units/${department.id}` },
      status: 404,
      expect: notFound,
    },
    {
      name: 'units: deleting a unit with sub-units',
      as: 'admin',
      send: { method: 'DELETE', path: `/api/units/${withChildren.id}` },
      status: 409,
      expect: {
        key: 'unit.hasChildren',
        params: { name: withChildren.name, count: childrenOf(withChildren.id).length },
      },
    },
    {
      name: 'units: deleting a unit with users',
      as: 'admin',
      send: { method: 'DELETE', path: `/api/units/${reporterUnit.id}` },
      status: 409,
      expect: {
        key: 'unit.hasUsers',
        params: { name: reporterUnit.name, count: usersOfReporterUnit },
      },
    },
    {
      name: 'units: GraphQL delete of a unit with sub-units',
      as: 'admin',
      send: graphql(`mutation { deleteUnit(id: ${withChildren.id}) { id } }`),
      status: 200,
      graphqlStatus: 409,
      expect: {
        key: 'unit.hasChildren',
        params: { name: withChildren.name, count: childrenOf(withChildren.id).length },
      },
      readBack: doc(`/api/units/${withChildren.id}?depth=0`),
    },

    // ---------- CSV import ----------
    {
      name: 'units import: no file',
      as: 'admin',
      send: { method: 'POST', path: '/api/units/import' },
      status: 400,
      expect: { key: 'csv.noFile' },
      readBack: count('/api/units'),
    },
    {
      name: 'units import: required columns missing',
      as: 'admin',
      send: csv('foo,bar\n1,2\n'),
      status: 400,
      expect: { key: 'csv.missingColumns', params: { columns: 'name, code, level' } },
      readBack: count('/api/units'),
    },
    {
      name: 'units import: a header and nothing else',
      as: 'admin',
      send: csv('name,code,level,parent_code\n'),
      status: 400,
      expect: { key: 'csv.empty' },
      readBack: count('/api/units'),
    },
    {
      name: 'units import: a code already in use',
      as: 'admin',
      send: csv(
        `name,code,level,parent_code\nXã A,${reporterUnit.code},commune,${province.code}\n`,
      ),
      status: 400,
      expect: { key: 'csv.codeExists', params: { code: reporterUnit.code } },
      readBack: count('/api/units'),
    },
    {
      name: 'units import: by an editor',
      as: 'editor',
      send: csv('name,code,level\nXã,HT-Q9,commune\n'),
      status: 403,
      expect: forbidden,
      readBack: count('/api/units'),
    },
    {
      name: 'units import: anonymous',
      as: 'anonymous',
      send: csv('name,code,level\nXã,HT-Q9,commune\n'),
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: count('/api/units'),
    },

    {
      name: 'units import: the template by an editor',
      as: 'editor',
      send: { method: 'GET', path: '/api/units/import/template' },
      status: 403,
      expect: forbidden,
      readBack: 'nothing-to-store',
    },

    // ---------- reorganisations ----------
    {
      name: 'units reorganize: a body that is not JSON',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units/reorganize',
        raw: 'không phải JSON',
        contentType: 'application/json',
      },
      status: 400,
      // The route guard reads every JSON body before the endpoint does.
      expect: { key: 'input.invalidJson' },
      readBack: count('/api/units'),
    },
    {
      name: 'units reorganize: a kind that does not exist',
      as: 'admin',
      send: { method: 'POST', path: '/api/units/reorganize', json: { kind: 'absorb' } },
      status: 400,
      expect: {
        key: 'reorg.refused',
        params: (l) => ({ problems: text(l, 'reorg.kind', { kind: 'absorb' }) }),
      },
      readBack: count('/api/units'),
    },
    {
      name: 'units reorganize: a source that closed long ago',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/units/reorganize',
        json: {
          kind: 'merge',
          sources: [otherCommune.code, closedCommune.code],
          targets: [{ name: 'Xã mới', code: 'HT-ZZ9', parent: province.code }],
          effectiveDate: '2026-10-01',
        },
      },
      status: 400,
      expect: {
        key: 'reorg.refused',
        params: (l) => ({
          problems: text(l, 'reorg.sourceClosed', { name: closedCommune.name, day: '30/06/2025' }),
        }),
      },
      readBack: count('/api/units'),
    },
    {
      name: 'units reorganize: by an editor',
      as: 'editor',
      send: { method: 'POST', path: '/api/units/reorganize', json: { kind: 'merge' } },
      status: 403,
      expect: forbidden,
      readBack: count('/api/units'),
    },
    {
      name: 'units reorganize: anonymous',
      as: 'anonymous',
      send: { method: 'POST', path: '/api/units/reorganize', json: { kind: 'merge' } },
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: count('/api/units'),
    },

    // ---------- calendar tokens and feeds ----------
    {
      name: 'calendar token: anonymous',
      as: 'anonymous',
      send: { method: 'POST', path: `/api/units/${reporterUnit.id}/calendar-token` },
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: doc(`/api/units/${reporterUnit.id}?depth=0`),
    },
    {
      name: 'calendar token: a reporter',
      as: 'communeReporter',
      send: { method: 'POST', path: `/api/units/${reporterUnit.id}/calendar-token` },
      status: 403,
      expect: forbidden,
      readBack: doc(`/api/units/${reporterUnit.id}?depth=0`),
    },
    {
      name: 'calendar token: a unit that does not exist',
      as: 'admin',
      send: { method: 'POST', path: '/api/units/999999/calendar-token' },
      status: 404,
      expect: { key: 'calendar.unitNotFound' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'calendar feed: no token',
      as: 'anonymous',
      send: { method: 'GET', path: `/feeds/broadcasts.ics?unit=${reporterUnit.code}` },
      status: 404,
      plain: true,
      expect: {
        text: () => `${text('vi', 'calendar.notFound')} / ${text('en', 'calendar.notFound')}`,
      },
    },
    {
      name: 'calendar feed: a wrong token',
      as: 'anonymous',
      send: { method: 'GET', path: `/feeds/deadlines.ics?unit=${reporterUnit.code}&token=abc` },
      status: 404,
      plain: true,
      expect: {
        text: () => `${text('vi', 'calendar.notFound')} / ${text('en', 'calendar.notFound')}`,
      },
    },

    // ---------- media uploads ----------
    {
      name: 'media: a script named .png',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/media',
        form: upload('anh.png', Buffer.from('<script>alert(1)</script>'), 'image/png'),
      },
      status: 400,
      expect: { key: 'media.undetectable', params: { name: 'anh.png' } },
    },
    {
      name: 'media: an empty file',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/media',
        form: upload('trong.png', new Uint8Array(), 'image/png'),
      },
      status: 400,
      expect: { key: 'media.undetectable', params: { name: 'trong.png' } },
    },
    {
      name: 'media: a picture named as a PDF',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/media',
        form: upload('bien-ban.pdf', png, 'application/pdf'),
      },
      status: 400,
      expect: {
        key: 'media.disguised',
        params: { name: 'bien-ban.pdf', ext: 'pdf', type: 'image/png' },
      },
    },
    {
      name: 'media: an archive named .jpg',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/media',
        form: upload(
          'a.jpg',
          Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(200)]),
          'image/jpeg',
        ),
      },
      status: 400,
      expect: { key: 'media.typeNotAllowed', params: { type: 'application/zip' } },
    },
    {
      name: 'media: a truncated PDF',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/media',
        form: upload('a.pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n'), 'application/pdf'),
      },
      status: 400,
      expect: { key: 'media.corrupted', params: { name: 'a.pdf' } },
    },
    {
      name: 'media: a file over the size limit',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/media',
        form: upload('lon.png', Buffer.concat([png, Buffer.alloc(MAX_UPLOAD_BYTES)]), 'image/png'),
      },
      status: 413,
      expect: {
        text: () =>
          `Tệp vượt quá giới hạn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. / The file is over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit.`,
      },
    },
    {
      name: 'media: a picture without its description',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/media',
        form: upload('anh.png', png, 'image/png', { alt: '  ' }),
      },
      status: 400,
      expect: { field: 'alt', key: 'media.altRequired' },
    },
    {
      name: 'media: JSON without a file',
      as: 'editor',
      send: { method: 'POST', path: '/api/media', json: { alt: 'x' } },
      status: 400,
      expect: { text: payloadText('error', 'noFilesUploaded') },
    },
    {
      name: 'media: a viewer uploads',
      as: 'viewer',
      send: { method: 'POST', path: '/api/media', form: upload('anh.png', png, 'image/png') },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'media: a reporter replaces a file someone else uploaded',
      as: 'communeReporter',
      send: { method: 'PATCH', path: `/api/media/${seededMedia.id}`, json: { alt: 'đổi' } },
      status: 403,
      expect: forbidden,
    },

    // ---------- articles ----------
    {
      name: 'articles: an editor publishes',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/articles/${inReview.id}`,
        json: { _status: 'published' },
      },
      status: 403,
      expect: { key: 'review.publishNotAllowed' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: an editor marks an article as published',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/articles/${inReview.id}?draft=true`,
        json: { reviewStatus: 'published' },
      },
      status: 403,
      expect: { key: 'review.publishNotAllowed' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: a reviewer marks an article as published instead of publishing it',
      as: 'reviewer',
      send: {
        method: 'PATCH',
        path: `/api/articles/${inReview.id}?draft=true`,
        json: { reviewStatus: 'published' },
      },
      status: 400,
      expect: { key: 'review.publishWithButton' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: a reviewer returns an article without a reason',
      as: 'reviewer',
      send: {
        method: 'PATCH',
        path: `/api/articles/${inReview.id}?draft=true`,
        json: { reviewStatus: 'returned' },
      },
      status: 400,
      expect: { key: 'review.commentRequired' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: an editor returns an article',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/articles/${inReview.id}?draft=true`,
        json: { reviewStatus: 'returned', reviewComment: 'x' },
      },
      // The reviewer's comment is the first thing an editor may not change: refused naming it.
      status: 403,
      expect: {
        key: 'error.fieldForbidden',
        params: (l) => ({ field: text(l, 'review.comment' as never) }),
      },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: an editor takes an article offline',
      as: 'editor',
      send: { method: 'PATCH', path: `/api/articles/${published.id}`, json: { _status: 'draft' } },
      status: 403,
      expect: { key: 'review.publishNotAllowed' },
    },
    {
      name: 'articles: a viewer writes an article',
      as: 'viewer',
      send: { method: 'POST', path: '/api/articles?draft=true', json: article() },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'articles: a slug another article has',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles?draft=true',
        json: article({ slug: String(published.slug) }),
      },
      status: 400,
      expect: { field: 'slug', key: 'slug.taken', params: { slug: String(published.slug) } },
    },
    {
      name: 'articles: a slug with no letter in it',
      as: 'editor',
      send: { method: 'POST', path: '/api/articles?draft=true', json: article({ slug: '!!!' }) },
      status: 400,
      expect: { field: 'slug', key: 'slug.invalid', params: { slug: '!!!' } },
    },
    {
      name: 'articles: no title when saved for review',
      as: 'editor',
      send: { method: 'POST', path: '/api/articles', json: article({ title: '' }) },
      status: 400,
      expect: { field: 'title', text: required },
    },
    {
      name: 'articles: a draft title over its limit',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles?draft=true',
        json: article({ title: 'T'.repeat(300) }),
      },
      status: 400,
      expect: { field: 'title', key: 'input.tooLong', params: { length: 300, max: 250 } },
    },
    {
      name: 'articles: a draft summary over its limit',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles?draft=true',
        json: article({ summary: 'S'.repeat(700) }),
      },
      status: 400,
      expect: { field: 'summary', key: 'input.tooLong', params: { length: 700, max: 600 } },
    },
    {
      name: 'articles: a draft body that is not rich text',
      as: 'editor',
      send: { method: 'POST', path: '/api/articles?draft=true', json: article({ body: 'abc' }) },
      status: 400,
      expect: { field: 'body', key: 'input.notRichText', params: { type: 'string' } },
    },
    {
      name: 'articles: a title sent as a number',
      as: 'editor',
      send: { method: 'POST', path: '/api/articles?draft=true', json: article({ title: 5 }) },
      status: 400,
      expect: { field: 'title', key: 'input.notText' },
    },
    ...['not a date', '2026-13-45', '2026-02-30'].map((value): Case => ({
      name: `articles: a publication date of "${value}"`,
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles?draft=true',
        json: article({ publishedAt: value }),
      },
      status: 400,
      expect: { field: 'publishedAt', key: 'input.notDate', params: { value } },
    })),
    {
      name: 'articles: a reform area that does not exist',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles?draft=true',
        json: article({ reformAreas: [99999] }),
      },
      status: 400,
      expect: {
        field: 'reformAreas',
        key: 'input.missingRelation',
        params: (l) => ({ collection: text(l, 'reformAreas.singular' as never), value: '99999' }),
      },
    },
    {
      name: 'articles: a cover image that does not exist',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles?draft=true',
        json: article({ coverImage: 99999 }),
      },
      status: 400,
      expect: {
        field: 'coverImage',
        key: 'input.missingRelation',
        params: (l) => ({ collection: text(l, 'media.singular' as never), value: '99999' }),
      },
    },
    {
      name: 'articles: a filter on a date with no date in it',
      as: 'admin',
      send: { method: 'GET', path: '/api/articles?where[publishedAt][greater_than]=hôm-qua' },
      status: 400,
      expect: { key: 'input.badWhereValue', params: { value: 'hôm-qua', path: 'publishedAt' } },
    },
    {
      name: 'articles: a geographic filter on the title',
      as: 'anonymous',
      send: { method: 'GET', path: '/api/articles?where[title][near]=1,2' },
      status: 400,
      expect: { key: 'input.badOperator', params: { operator: 'near', path: 'title' } },
    },
    {
      name: 'articles: a draft read anonymously',
      as: 'anonymous',
      send: { method: 'GET', path: `/api/articles/${draftArticle.id}` },
      status: 404,
      expect: notFound,
    },
    {
      name: 'articles: versions read anonymously',
      as: 'anonymous',
      send: { method: 'GET', path: '/api/articles/versions' },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'articles: GraphQL publish by an editor',
      as: 'editor',
      send: graphql(
        `mutation { updateArticle(id: ${inReview.id}, data: { _status: published }) { id } }`,
      ),
      status: 200,
      graphqlStatus: 403,
      expect: { key: 'review.publishNotAllowed' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },

    // ---------- FAQs and taxonomies ----------
    {
      name: 'faqs: an editor publishes',
      as: 'editor',
      send: { method: 'PATCH', path: `/api/faqs/${draftFaq.id}`, json: { _status: 'published' } },
      status: 403,
      expect: { key: 'review.publishNotAllowed' },
    },
    {
      name: 'faqs: a question over its limit',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/faqs/${draftFaq.id}?draft=true`,
        json: { question: 'Q'.repeat(501) },
      },
      status: 400,
      expect: { field: 'question', key: 'input.tooLong', params: { length: 501, max: 500 } },
    },
    {
      name: 'faqs: a procedure field that does not exist',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/faqs/${draftFaq.id}?draft=true`,
        json: { procedureField: 999999 },
      },
      status: 400,
      expect: {
        field: 'procedureField',
        key: 'input.missingRelation',
        params: (l) => ({
          collection: text(l, 'procedureFields.singular' as never),
          value: '999999',
        }),
      },
    },
    {
      name: 'tags: a reporter creates a tag',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/tags', json: { name: 'Thẻ' } },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'tags: an order that is not a number',
      as: 'editor',
      send: { method: 'POST', path: '/api/tags', json: { name: 'Thẻ thử', order: 'abc' } },
      status: 400,
      expect: { field: 'order', key: 'input.notNumber' },
    },
    {
      name: 'reform areas: an editor deletes one',
      as: 'editor',
      send: { method: 'DELETE', path: `/api/reform-areas/${area.id}` },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'reform areas: deleting one that articles use',
      as: 'admin',
      send: { method: 'DELETE', path: `/api/reform-areas/${area.id}` },
      status: 409,
      expect: {
        key: 'input.inUse',
        params: (l) => ({
          count: articlesOfArea,
          collection: text(l, 'articles.plural' as never),
          field: text(l, 'content.reformAreas' as never),
        }),
      },
    },

    // ---------- citizen questions ----------
    {
      name: 'questions: no anti-spam proof',
      as: 'anonymous',
      send: async () => {
        const send = await submission({})
        delete (send.json as Record<string, unknown>).altcha
        return send
      },
      status: 400,
      expect: { key: 'antispam.missing' },
    },
    {
      name: 'questions: a forged proof',
      as: 'anonymous',
      send: () => submission({ altcha: 'abc' }),
      status: 400,
      expect: { key: 'antispam.invalid' },
    },
    {
      name: 'questions: a proof used twice',
      as: 'anonymous',
      send: async () => {
        const send = await submission({})
        const first = await client.send('anonymous', send)
        if (first.status !== 201) throw new Error(`the first submission answered ${first.status}`)
        return { ...send, headers: { 'X-Forwarded-For': address() } }
      },
      status: 400,
      expect: { key: 'antispam.replayed' },
    },
    {
      name: 'questions: a blank name',
      as: 'anonymous',
      send: () => submission({ name: '   ' }),
      status: 400,
      expect: {
        key: 'public.text.empty',
        params: (l) => ({ field: text(l, 'question.name' as never) }),
      },
    },
    {
      name: 'questions: a script in the question',
      as: 'anonymous',
      send: () => submission({ question: 'Xin hỏi <script>alert(1)</script>' }),
      status: 400,
      expect: {
        key: 'public.text.scriptNotAllowed',
        params: (l) => ({ field: text(l, 'question.text' as never) }),
      },
    },
    {
      name: 'questions: too many links',
      as: 'anonymous',
      send: () => submission({ question: 'http://a.vn http://b.vn http://c.vn' }),
      status: 400,
      expect: {
        key: 'public.text.tooManyLinks',
        params: (l) => ({ field: text(l, 'question.text' as never) }),
      },
    },
    {
      name: 'questions: a question over its limit',
      as: 'anonymous',
      send: () => submission({ question: 'Xin hỏi '.repeat(600) }),
      status: 400,
      expect: {
        key: 'public.text.tooLong',
        params: (l) => ({ field: text(l, 'question.text' as never), max: 4000 }),
      },
    },
    {
      name: 'questions: a phone number over its limit',
      as: 'anonymous',
      send: () => submission({ phone: '0'.repeat(21) }),
      status: 400,
      expect: { field: 'phone', key: 'input.tooLong', params: { length: 21, max: 20 } },
    },
    {
      name: 'questions: an email that is not one',
      as: 'anonymous',
      send: () => submission({ email: 'khong-phai-email' }),
      status: 400,
      expect: { field: 'email', text: payloadText('validation', 'emailAddress') },
    },
    {
      name: 'questions: a procedure field that does not exist',
      as: 'anonymous',
      send: () => submission({ procedureField: 999999 }),
      status: 400,
      expect: {
        field: 'procedureField',
        key: 'input.missingRelation',
        params: (l) => ({
          collection: text(l, 'procedureFields.singular' as never),
          value: '999999',
        }),
      },
    },
    {
      name: 'questions: a fourth question within the hour',
      as: 'anonymous',
      send: async () => {
        const from = address()
        for (let i = 0; i < 3; i++) {
          const sent = await client.send(
            'anonymous',
            await submission({}, { 'X-Forwarded-For': from }),
          )
          if (sent.status !== 201) throw new Error(`question ${i + 1} answered ${sent.status}`)
        }
        return submission({}, { 'X-Forwarded-For': from })
      },
      status: 429,
      expect: { key: 'antispam.rateLimited', params: { minutes: 60 } },
    },
    {
      name: 'questions: anonymous list',
      as: 'anonymous',
      send: { method: 'GET', path: '/api/citizen-questions' },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'questions: answered without an answer',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/citizen-questions/${newQuestion.id}`,
        json: { status: 'answered' },
      },
      status: 400,
      expect: { field: 'answer', key: 'question.answerRequired' },
    },
    {
      name: 'questions: GraphQL question without a proof',
      as: 'anonymous',
      send: graphql(
        `mutation { createCitizenQuestion(data: { name: "A", email: "a@b.vn", question: "Hỏi?", procedureField: ${field.id}, consentProcessing: true, status: new }) { id } }`,
      ),
      status: 200,
      graphqlStatus: 400,
      expect: { key: 'antispam.missing' },
      readBack: count('/api/citizen-questions'),
    },
    {
      name: 'questions: publish as FAQ anonymously',
      as: 'anonymous',
      send: { method: 'POST', path: `/api/citizen-questions/${publishedQuestion.id}/publish-faq` },
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: count('/api/faqs'),
    },
    {
      name: 'questions: publish as FAQ by an editor',
      as: 'editor',
      send: { method: 'POST', path: `/api/citizen-questions/${publishedQuestion.id}/publish-faq` },
      status: 403,
      expect: { key: 'review.publishNotAllowed' },
      readBack: count('/api/faqs'),
    },
    {
      name: 'questions: publish as FAQ a question not answered',
      as: 'reviewer',
      send: { method: 'POST', path: `/api/citizen-questions/${newQuestion.id}/publish-faq` },
      status: 400,
      expect: { key: 'question.notAnswered' },
      readBack: count('/api/faqs'),
    },
    {
      name: 'questions: publish as FAQ a question already published',
      as: 'reviewer',
      send: { method: 'POST', path: `/api/citizen-questions/${publishedQuestion.id}/publish-faq` },
      status: 409,
      expect: { key: 'question.alreadyPublished' },
      readBack: count('/api/faqs'),
    },

    // ---------- personal data (Law 91/2025/QH15) ----------
    {
      name: 'questions: no consent to processing',
      as: 'anonymous',
      send: () => submission({ consentProcessing: false }),
      status: 400,
      expect: { key: 'consent.processingRequired' },
      readBack: count('/api/citizen-questions'),
    },
    {
      name: 'comments: no consent to processing',
      as: 'anonymous',
      send: () => comment({ consentProcessing: undefined }),
      status: 400,
      expect: { key: 'consent.processingRequired' },
      readBack: count('/api/comments'),
    },
    {
      name: 'comments: approving a comment that carries an email address',
      as: 'editor',
      send: async () => {
        const sent = await client.send(
          'anonymous',
          await comment({ content: 'Xin liên hệ an.nguyen@gmail.com' }),
        )
        if (sent.status !== 201) throw new Error(`the comment answered ${sent.status}`)
        const { doc: created } = (await sent.json()) as { doc: Doc }
        return {
          method: 'PATCH',
          path: `/api/comments/${created.id}`,
          json: { status: 'approved' },
        }
      },
      status: 400,
      expect: {
        key: 'personalData.found',
        params: (l) => ({
          findings: `${text(l, 'personalData.kind.email' as never)} “an.nguyen@gmail.com”`,
        }),
      },
    },
    {
      name: 'comments: approving a comment whose writer did not agree to its publication',
      as: 'editor',
      send: async () => {
        const sent = await client.send(
          'anonymous',
          await comment({ content: 'Thủ tục nhanh hơn trước.', consentPublish: false }),
        )
        if (sent.status !== 201) throw new Error(`the comment answered ${sent.status}`)
        const { doc: created } = (await sent.json()) as { doc: Doc }
        return {
          method: 'PATCH',
          path: `/api/comments/${created.id}`,
          json: { status: 'approved' },
        }
      },
      status: 400,
      expect: { key: 'personalData.noPublishConsent' },
      readBack: count('/api/comments?where[status][equals]=approved'),
    },
    {
      name: 'consents: a forged withdrawal link',
      as: 'anonymous',
      send: {
        method: 'POST',
        path: '/api/personal-data-consents/withdraw',
        json: { token: `1.${'A'.repeat(32)}` },
      },
      status: 400,
      expect: { key: 'consent.invalidToken' },
      readBack: count('/api/personal-data-consents?where[withdrawnAt][exists]=true'),
    },
    {
      name: 'consents: a withdrawal without a token',
      as: 'anonymous',
      send: { method: 'POST', path: '/api/personal-data-consents/withdraw', json: {} },
      status: 400,
      expect: { key: 'consent.invalidToken' },
      readBack: count('/api/personal-data-consents?where[withdrawnAt][exists]=true'),
    },
    {
      name: 'consents: a withdrawal body that is not JSON',
      as: 'anonymous',
      send: {
        method: 'POST',
        path: '/api/personal-data-consents/withdraw',
        raw: 'token',
        contentType: 'text/plain',
      },
      status: 400,
      expect: { key: 'input.bodyNotObject' },
      readBack: count('/api/personal-data-consents?where[withdrawnAt][exists]=true'),
    },
    {
      name: 'breaches: notified after the 72 hours without a reason',
      as: 'admin',
      send: async () => ({
        method: 'PATCH',
        path: `/api/personal-data-breaches/${await aBreach()}`,
        json: { notifiedAt: afterDiscovery(80) },
      }),
      status: 400,
      expect: { field: 'lateReason', key: 'breach.lateReasonRequired' },
    },
    {
      name: 'breaches: notified before it was discovered',
      as: 'admin',
      send: async () => ({
        method: 'PATCH',
        path: `/api/personal-data-breaches/${await aBreach()}`,
        json: { notifiedAt: afterDiscovery(-2) },
      }),
      status: 400,
      expect: { field: 'notifiedAt', key: 'breach.notifiedBeforeDiscovery' },
    },
    {
      name: 'breaches: the status "notified" without the moment of notification',
      as: 'admin',
      send: async () => ({
        method: 'PATCH',
        path: `/api/personal-data-breaches/${await aBreach()}`,
        json: { status: 'notified' },
      }),
      status: 400,
      expect: { field: 'notifiedAt', key: 'breach.notifiedRequired' },
    },
    {
      name: 'breaches: an editor registers one',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/personal-data-breaches',
        json: { title: 'x', discoveredAt: new Date().toISOString(), description: 'x' },
      },
      status: 403,
      expect: forbidden,
      readBack: count('/api/personal-data-breaches'),
    },
    {
      name: 'breach notification: a format that is neither docx nor pdf',
      as: 'admin',
      send: async () => ({
        method: 'GET',
        path: `/api/personal-data-breaches/${await aBreach()}/notification?format=odt`,
      }),
      status: 400,
      expect: { key: 'breach.badFormat', params: { format: 'odt' } },
      readBack: 'nothing-to-store',
    },
    {
      name: 'breach notification: a breach that does not exist',
      as: 'admin',
      send: { method: 'GET', path: '/api/personal-data-breaches/987654/notification' },
      status: 404,
      expect: { key: 'breach.notFound' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'breach notification: an id that is no id',
      as: 'admin',
      send: { method: 'GET', path: '/api/personal-data-breaches/abc/notification?format=pdf' },
      status: 404,
      expect: { key: 'breach.notFound' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'breach notification: a reviewer asks for it',
      as: 'reviewer',
      send: async () => ({
        method: 'GET',
        path: `/api/personal-data-breaches/${await aBreach()}/notification?format=docx`,
      }),
      status: 403,
      expect: forbidden,
      readBack: 'nothing-to-store',
    },
    {
      name: 'personal-data requests: without an email or a phone',
      as: 'anonymous',
      send: async () => personalDataRequest({ email: undefined }),
      status: 400,
      expect: { key: 'pdr.contactRequired' },
      readBack: count('/api/personal-data-requests'),
    },
    {
      name: 'personal-data requests: without the declaration',
      as: 'anonymous',
      send: async () => personalDataRequest({ declaration: false }),
      status: 400,
      expect: { key: 'pdr.declarationRequired' },
      readBack: count('/api/personal-data-requests'),
    },
    {
      name: 'personal-data requests: refused without a reason',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/personal-data-requests/${seededRequest.id}`,
        json: { status: 'refused' },
      },
      status: 400,
      expect: { field: 'responseNote', key: 'pdr.problem.refusalNeedsReason' },
    },
    {
      name: 'personal-data requests: erasing for an access request',
      as: 'editor',
      send: { method: 'POST', path: `/api/personal-data-requests/${seededRequest.id}/erase` },
      status: 409,
      expect: { key: 'pdr.eraseNotAsked' },
      readBack: count('/api/personal-data-requests?where[erasedAt][exists]=true'),
    },
    {
      name: 'personal-data requests: an export naming nobody',
      as: 'editor',
      send: { method: 'GET', path: '/api/personal-data-requests/export?email=%20' },
      status: 400,
      expect: { key: 'pdr.contactRequired' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'personal-data requests: the export of a request that does not exist',
      as: 'reviewer',
      send: { method: 'GET', path: '/api/personal-data-requests/999999/export' },
      status: 404,
      expect: { key: 'pdr.notFound' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'privacy notice: an editor rewrites it',
      as: 'editor',
      send: { method: 'POST', path: '/api/globals/privacy-notice', json: { textVi: 'Sửa' } },
      status: 403,
      expect: forbidden,
      readBack: doc('/api/globals/privacy-notice'),
    },
    {
      name: 'public holidays: an editor changes them',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/globals/public-holidays',
        json: { days: [{ day: '2026-12-24', name: 'Giáng sinh' }] },
      },
      status: 403,
      expect: forbidden,
      readBack: holidayDays,
    },
    {
      name: 'public holidays: 30 February',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/globals/public-holidays',
        json: { days: [{ day: '2026-02-30', name: 'Ngày không có' }] },
      },
      status: 400,
      expect: { field: 'days.0.day', key: 'input.notDate', params: { value: '2026-02-30' } },
      readBack: holidayDays,
    },

    // ---------- comments and ratings ----------
    {
      name: 'comments: on an article not published',
      as: 'anonymous',
      send: () => comment({ article: draftArticle.id }),
      status: 400,
      expect: { key: 'rating.articleNotPublic' },
    },
    {
      name: 'comments: on an article that does not exist',
      as: 'anonymous',
      send: () => comment({ article: 999999 }),
      status: 400,
      expect: {
        field: 'article',
        key: 'input.missingRelation',
        params: (l) => ({ collection: text(l, 'articles.singular' as never), value: '999999' }),
      },
    },
    {
      name: 'comments: markup in the comment',
      as: 'anonymous',
      send: () => comment({ content: 'Hay <iframe src=x>' }),
      status: 400,
      expect: {
        key: 'public.text.scriptNotAllowed',
        params: (l) => ({ field: text(l, 'comment.content' as never) }),
      },
    },
    {
      name: 'comments: an empty comment',
      as: 'anonymous',
      send: () => comment({ content: '' }),
      status: 400,
      expect: {
        key: 'public.text.empty',
        params: (l) => ({ field: text(l, 'comment.content' as never) }),
      },
    },
    {
      name: 'comments: a reporter approves a comment',
      as: 'communeReporter',
      send: {
        method: 'PATCH',
        path: `/api/comments/${pendingComment.id}`,
        json: { status: 'approved' },
      },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'comments: a status that does not exist',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/comments/${pendingComment.id}`,
        json: { status: 'spam' },
      },
      status: 400,
      expect: {
        field: 'status',
        text: (l) =>
          text(l, 'input.notOption', {
            value: 'spam',
            options: ['pending', 'approved', 'rejected']
              .map((status) => `${status} (${text(l, `comment.${status}` as never)})`)
              .join(', '),
          }),
      },
    },
    ...[6, 0, 2.5].map((score): Case => ({
      name: `ratings: a score of ${score}`,
      as: 'anonymous',
      send: rating({ score }),
      status: 400,
      expect: { key: 'rating.scoreInvalid' },
      readBack: ratingsOf,
    })),
    {
      name: 'ratings: a score in words',
      as: 'anonymous',
      send: rating({ score: 'năm' }),
      status: 400,
      expect: { field: 'score', key: 'input.notNumber' },
      readBack: ratingsOf,
    },
    {
      name: 'ratings: an article not published',
      as: 'anonymous',
      send: rating({ article: draftArticle.id }),
      status: 400,
      expect: { key: 'rating.articleNotPublic' },
      readBack: ratingsOf,
    },
    {
      name: 'ratings: a second rating by one reader',
      as: 'anonymous',
      send: async () => {
        // The reader is their address: a new browser id does not make a second reader.
        const from = address()
        const first = await client.send('anonymous', await rating({ visitorId: 'a' }, from)())
        if (first.status !== 201) throw new Error(`the first rating answered ${first.status}`)
        return rating({ visitorId: 'b' }, from)()
      },
      status: 409,
      expect: { key: 'rating.duplicate' },
      readBack: ratingsOf,
    },
    {
      name: 'ratings: no anti-spam proof',
      as: 'anonymous',
      send: async () => {
        const send = await rating({})()
        const { altcha: _, ...json } = send.json as Record<string, unknown>
        return { ...send, json }
      },
      status: 400,
      expect: { key: 'antispam.missing' },
      readBack: ratingsOf,
    },
    {
      name: 'ratings: anonymous list',
      as: 'anonymous',
      send: { method: 'GET', path: '/api/article-ratings' },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'ratings: GraphQL score of 6',
      as: 'anonymous',
      // A rating needs the anti-spam proof, over GraphQL in the X-Altcha header.
      send: async () => ({
        ...graphql(
          `mutation { createArticleRating(data: { article: ${published.id}, score: 6 }) { id } }`,
        ),
        headers: { 'X-Altcha': await proof() },
      }),
      status: 200,
      graphqlStatus: 400,
      expect: { key: 'rating.scoreInvalid' },
      readBack: ratingsOf,
    },

    // ---------- system collections ----------
    {
      name: 'submission log: even the admin may not read it',
      as: 'admin',
      send: { method: 'GET', path: '/api/submission-log' },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'compliance snapshots: written by hand',
      as: 'admin',
      send: { method: 'POST', path: '/api/compliance-snapshots', json: {} },
      status: 403,
      expect: forbidden,
      readBack: 'nothing-to-store',
    },
    {
      name: 'outbox: written by hand',
      as: 'admin',
      send: { method: 'POST', path: '/api/outbox', json: { to: 'a@b.vn' } },
      status: 403,
      expect: forbidden,
      readBack: count('/api/outbox'),
    },
    {
      name: 'outbox: an editor cancels a message',
      as: 'editor',
      send: { method: 'POST', path: '/api/outbox/1/cancel' },
      status: 403,
      expect: forbidden,
      readBack: count('/api/outbox'),
    },
    {
      name: 'outbox: a message that does not exist',
      as: 'admin',
      send: { method: 'POST', path: '/api/outbox/999999/retry' },
      status: 404,
      expect: { key: 'outbox.notFound' },
      readBack: count('/api/outbox'),
    },
    {
      name: 'outbox: the preview of a message that does not exist',
      as: 'admin',
      send: { method: 'GET', path: '/api/outbox/999999/preview' },
      status: 404,
      expect: { key: 'outbox.notFound' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'outbox: an editor previews a message',
      as: 'editor',
      send: { method: 'GET', path: '/api/outbox/1/preview' },
      status: 403,
      expect: forbidden,
      readBack: 'nothing-to-store',
    },
    {
      name: 'jobs: an editor runs a job again',
      as: 'editor',
      send: { method: 'POST', path: '/api/payload-jobs/1/retry' },
      status: 403,
      expect: forbidden,
      readBack: 'nothing-to-store',
    },
    {
      name: 'jobs: running again a job that has not failed',
      as: 'admin',
      send: { method: 'POST', path: '/api/payload-jobs/999999/retry' },
      status: 409,
      expect: { key: 'jobs.cannotRetry' },
      readBack: 'nothing-to-store',
    },

    // ---------- plans, indicators, outlets ----------
    {
      name: 'plans: a reporter writes a plan',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/campaign-plans', json: { title: 'X' } },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'plans: an end before the start',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/campaign-plans/${plan.id}`,
        json: { periodStart: '2026-06-01', periodEnd: '2026-01-01' },
      },
      status: 400,
      expect: { field: 'periodEnd', key: 'plan.periodEndBeforeStart' },
    },
    {
      name: 'plans: the year 1999',
      as: 'editor',
      send: { method: 'PATCH', path: `/api/campaign-plans/${plan.id}`, json: { year: 1999 } },
      status: 400,
      expect: { field: 'year', key: 'input.belowMin', params: { min: 2000 } },
    },
    {
      name: 'plans: reporting windows starting on day 32',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/campaign-plans/${plan.id}`,
        json: { periods: { basis: 'reportingWindows', windowStartDay: 32 } },
      },
      status: 400,
      expect: { field: 'periods.windowStartDay', key: 'input.aboveMax', params: { max: 28 } },
    },
    {
      name: 'plans: negative grace days',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/campaign-plans/${plan.id}`,
        json: { periods: { graceDays: -1 } },
      },
      status: 400,
      expect: { field: 'periods.graceDays', key: 'input.belowMin', params: { min: 0 } },
    },
    {
      name: 'plans: a basis that does not exist',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/campaign-plans/${plan.id}`,
        json: { periods: { basis: 'fiscal' } },
      },
      status: 400,
      expect: {
        field: 'periods.basis',
        text: (l) =>
          text(l, 'input.notOption', {
            value: 'fiscal',
            options: (['calendar', 'reportingWindows'] as const)
              .map((key) => `${key} (${text(l, `plan.periods.basis.${key}` as never)})`)
              .join(', '),
          }),
      },
    },
    {
      name: 'plans: a figure that does not exist',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/campaign-plans/${plan.id}`,
        json: { requiredFigures: ['soLuong'] },
      },
      status: 400,
      expect: {
        field: 'requiredFigures',
        text: (l) =>
          text(l, 'input.notOption', {
            value: 'soLuong',
            options: figureKeys.map((key) => `${key} (${figure(key)(l)})`).join(', '),
          }),
      },
    },
    {
      name: 'plans: deleting the plan its indicators belong to',
      as: 'admin',
      send: { method: 'DELETE', path: `/api/campaign-plans/${plan.id}` },
      status: 409,
      expect: {
        key: 'input.inUse',
        params: (l) => ({
          count: indicators,
          collection: text(l, 'indicators.plural' as never),
          field: text(l, 'indicator.plan' as never),
        }),
      },
    },
    {
      name: 'scorecard: a period that does not exist',
      as: 'viewer',
      send: { method: 'GET', path: `/api/campaign-plans/${plan.id}/compliance?period=2026-Q7` },
      status: 400,
      expect: { key: 'scorecard.badPeriod', params: { period: '2026-Q7' } },
    },
    {
      name: 'scorecard: a plan that does not exist',
      as: 'viewer',
      send: { method: 'GET', path: '/api/campaign-plans/999999/compliance' },
      status: 404,
      expect: { key: 'scorecard.notFound' },
    },
    {
      name: 'scorecard: a unit outside the reporter’s reach',
      as: 'communeReporter',
      send: {
        method: 'GET',
        path: `/api/campaign-plans/${plan.id}/compliance?unit=${department.id}`,
      },
      status: 404,
      expect: { key: 'scorecard.badUnit', params: { unit: String(department.id) } },
    },
    {
      name: 'scorecard export (XLSX, following a unit): a unit outside the reporter’s reach',
      as: 'communeReporter',
      send: {
        method: 'GET',
        path: `/api/campaign-plans/${plan.id}/compliance/export?format=xlsx&unit=${department.id}`,
      },
      status: 404,
      expect: { key: 'scorecard.badUnit', params: { unit: String(department.id) } },
    },
    {
      name: 'scorecard export: a period that does not exist',
      as: 'viewer',
      send: {
        method: 'GET',
        path: `/api/campaign-plans/${plan.id}/compliance/export?period=2026-X&format=csv`,
      },
      status: 400,
      expect: { key: 'scorecard.badPeriod', params: { period: '2026-X' } },
    },
    {
      name: 'indicators: a broadcast count without its channel',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/target-indicators',
        json: { plan: plan.id, title: 'X', ruleKind: 'broadcastCount' },
      },
      status: 400,
      expect: {
        field: 'channel',
        key: 'indicator.incomplete',
        params: (l) => ({
          kind: text(l, 'indicator.kind.broadcastCount' as never),
          fields: `${text(l, 'indicator.channel' as never)}, ${text(l, 'indicator.minCount' as never)}`,
        }),
      },
    },
    {
      name: 'indicators: a target share of 150 %',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/target-indicators',
        json: {
          plan: plan.id,
          title: 'X',
          ruleKind: 'reportedFigure',
          figure: 'sipasScore',
          threshold: 80,
          targetShare: 150,
        },
      },
      status: 400,
      expect: { field: 'targetShare', key: 'input.aboveMax', params: { max: 100 } },
    },
    {
      name: 'indicators: a reporter writes one',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/target-indicators', json: { plan: plan.id, title: 'X' } },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'outlets: a reminder lead over a month',
      as: 'editor',
      send: {
        method: 'PATCH',
        path: `/api/outlets/${myOutlet.id}`,
        json: { reminderLeadHours: 1000 },
      },
      status: 400,
      expect: { field: 'reminderLeadHours', key: 'input.aboveMax', params: { max: 720 } },
    },
    {
      name: 'outlets: a reporter writes one',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/outlets', json: { name: 'X' } },
      status: 403,
      expect: forbidden,
    },

    // ---------- broadcast items and airings ----------
    {
      name: 'broadcast items: a rule that is no rule',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/broadcast-items',
        json: item({ recurrence: 'custom', customRule: 'FREQ=SOMETIMES' }),
      },
      status: 400,
      expect: { field: 'customRule', key: 'item.ruleInvalid', params: { rule: 'FREQ=SOMETIMES' } },
    },
    {
      name: 'broadcast items: every two hours',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/broadcast-items',
        json: item({ recurrence: 'custom', customRule: 'FREQ=HOURLY;INTERVAL=2' }),
      },
      status: 400,
      expect: { field: 'customRule', key: 'item.ruleTooFrequent' },
    },
    {
      name: 'broadcast items: a duration of zero',
      as: 'editor',
      send: { method: 'POST', path: '/api/broadcast-items', json: item({ durationMinutes: 0 }) },
      status: 400,
      expect: { field: 'durationMinutes', key: 'input.belowMin', params: { min: 1 } },
    },
    {
      name: 'broadcast items: 30 February',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/broadcast-items',
        json: item({ start: '2026-02-30T06:30:00+07:00' }),
      },
      status: 400,
      expect: {
        field: 'start',
        key: 'input.notDate',
        params: { value: '2026-02-30T06:30:00+07:00' },
      },
    },
    {
      name: 'broadcast items: a reporter schedules for another unit',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: '/api/broadcast-items',
        json: item({ outlet: otherItem.outlet }),
      },
      status: 403,
      expect: { key: 'report.unitOutOfScope' },
    },
    {
      name: 'broadcast items: deleting an item with confirmed airings',
      as: 'editor',
      send: { method: 'DELETE', path: `/api/broadcast-items/${myItem.id}` },
      status: 409,
      expect: {
        key: 'input.inUse',
        params: (l) => ({
          count: airingsOfMyItem,
          collection: text(l, 'airings.plural' as never),
          field: text(l, 'airing.item' as never),
        }),
      },
    },
    {
      name: 'broadcast items: occurrences of a period that does not exist',
      as: 'communeReporter',
      send: { method: 'GET', path: `/api/broadcast-items/${myItem.id}/occurrences?period=2026-Q5` },
      status: 400,
      expect: { key: 'scorecard.badPeriod', params: { period: '2026-Q5' } },
    },
    {
      name: 'broadcast items: occurrences anonymously',
      as: 'anonymous',
      send: { method: 'GET', path: `/api/broadcast-items/${myItem.id}/occurrences` },
      status: 401,
      expect: { key: 'error.unauthenticated' },
    },
    {
      name: 'airings: confirming one already confirmed',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: `/api/broadcast-items/${myItem.id}/confirm`,
        json: { occurrenceAt: aired.occurrenceAt },
      },
      status: 409,
      expect: { key: 'airing.duplicate' },
      readBack: count(`/api/airings?where[item][equals]=${myItem.id}`),
    },
    {
      name: 'airings: confirming a moment that is no airing',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: `/api/broadcast-items/${myItem.id}/confirm`,
        json: {
          occurrenceAt: new Date(Date.parse(String(aired.occurrenceAt)) + 60_000).toISOString(),
        },
      },
      status: 400,
      expect: { field: 'occurrenceAt', key: 'airing.notAnOccurrence' },
      readBack: count(`/api/airings?where[item][equals]=${myItem.id}`),
    },
    {
      name: 'airings: a confirmation with no body',
      as: 'communeReporter',
      send: { method: 'POST', path: `/api/broadcast-items/${myItem.id}/confirm` },
      status: 400,
      expect: { field: 'occurrenceAt', key: 'airing.notAnOccurrence' },
      readBack: count(`/api/airings?where[item][equals]=${myItem.id}`),
    },
    {
      name: 'airings: a confirmation sent as plain text',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: `/api/broadcast-items/${myItem.id}/confirm`,
        raw: 'abc',
        contentType: 'text/plain',
      },
      status: 400,
      expect: { key: 'input.bodyNotObject' },
      readBack: count(`/api/airings?where[item][equals]=${myItem.id}`),
    },
    {
      name: 'airings: "did not air" without a reason',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: `/api/broadcast-items/${myItem.id}/confirm`,
        json: { occurrenceAt: aired.occurrenceAt, status: 'missed', note: '  ' },
      },
      status: 400,
      expect: { field: 'note', key: 'airing.reasonRequired' },
      readBack: count(`/api/airings?where[item][equals]=${myItem.id}`),
    },
    {
      name: 'airings: an outcome that is no outcome',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: `/api/broadcast-items/${myItem.id}/confirm`,
        json: { occurrenceAt: aired.occurrenceAt, status: 'maybe' },
      },
      status: 400,
      expect: { key: 'due.badStatus', params: { status: 'maybe' } },
      readBack: count(`/api/airings?where[item][equals]=${myItem.id}`),
    },
    {
      name: 'airings: a reporter takes back a confirmation of an earlier day',
      as: 'communeReporter',
      send: { method: 'DELETE', path: `/api/airings/${aired.id}` },
      status: 403,
      expect: forbidden,
      readBack: count(`/api/airings?where[item][equals]=${myItem.id}`),
    },
    {
      name: 'broadcast items: airings due over a range that is no range',
      as: 'communeReporter',
      send: { method: 'GET', path: '/api/broadcast-items/due?range=month' },
      status: 400,
      expect: { key: 'due.badRange', params: { range: 'month' } },
    },
    {
      name: 'my tasks, anonymously',
      as: 'anonymous',
      send: { method: 'GET', path: '/api/me/tasks' },
      status: 401,
      expect: { key: 'error.unauthenticated' },
    },
    {
      name: 'broadcast items: airings due, anonymously',
      as: 'anonymous',
      send: { method: 'GET', path: '/api/broadcast-items/due' },
      status: 401,
      expect: { key: 'error.unauthenticated' },
    },
    {
      name: 'broadcast items: confirming the week anonymously',
      as: 'anonymous',
      send: { method: 'POST', path: '/api/broadcast-items/confirm-week' },
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: count('/api/airings'),
    },
    {
      name: 'broadcast items: a viewer confirms the week',
      as: 'viewer',
      send: { method: 'POST', path: '/api/broadcast-items/confirm-week' },
      status: 403,
      expect: forbidden,
      readBack: count('/api/airings'),
    },
    {
      name: 'airings: confirming another commune’s item',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: `/api/broadcast-items/${otherItem.id}/confirm`,
        json: { occurrenceAt: aired.occurrenceAt },
      },
      status: 404,
      expect: notFound,
      readBack: count('/api/airings'),
    },
    {
      name: 'airings: a viewer records one',
      as: 'viewer',
      send: {
        method: 'POST',
        path: '/api/airings',
        json: { item: myItem.id, occurrenceAt: aired.occurrenceAt },
      },
      status: 403,
      expect: forbidden,
    },

    // ---------- unit reports ----------
    {
      name: 'reports: editing a report past its deadline',
      as: 'communeReporter',
      send: {
        method: 'PATCH',
        path: `/api/unit-reports/${myReport.id}`,
        json: { figures: { feedbackReceived: 3 } },
      },
      status: 403,
      expect: { key: 'report.locked' },
    },
    {
      name: 'reports: a second report for the same period',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: '/api/unit-reports',
        json: report({ period: myReport.period }),
      },
      status: 409,
      expect: {
        key: 'report.duplicate',
        params: (l) => ({
          unit: reporterUnit.name,
          period: periodLabel(
            { year: Number(myReport.year), key: myReport.period as PeriodKey },
            l,
          ),
        }),
      },
      readBack: count(myReports),
    },
    {
      name: 'reports: a report for a unit out of reach',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/unit-reports', json: report({ unit: otherCommune.id }) },
      status: 403,
      expect: { key: 'report.unitOutOfScope' },
      readBack: count('/api/unit-reports'),
    },
    {
      name: 'reports: submitted without the figures the plan requires',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/unit-reports', json: report({ status: 'submitted' }) },
      status: 400,
      expect: {
        field: 'figures.feedbackReceived',
        key: 'report.missingFigures',
        params: (l) => ({
          figures: `${figure('feedbackReceived')(l)}, ${figure('feedbackHandled')(l)}`,
        }),
      },
      readBack: count(myReports),
    },
    {
      name: 'reports: a plan that does not exist',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/unit-reports', json: report({ plan: 99999 }) },
      status: 400,
      expect: {
        field: 'plan',
        key: 'input.missingRelation',
        params: (l) => ({ collection: text(l, 'plans.singular' as never), value: '99999' }),
      },
      readBack: count(myReports),
    },
    ...(
      [
        ['proceduresPostedPct', 120, 'figure.percentRange'],
        ['feedbackReceived', -2, 'figure.negative'],
        ['feedbackReceived', 2.5, 'figure.notWhole'],
        ['feedbackReceived', 1e20, 'figure.tooLarge'],
        ['parIndexRank', 101, 'figure.tooLarge'],
      ] as const
    ).map(([key, value, problem]): Case => ({
      name: `reports: ${key} of ${value}`,
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: '/api/unit-reports',
        json: report({ figures: { [key]: value } }),
      },
      status: 400,
      expect: {
        field: `figures.${key}`,
        key: problem,
        params: (l) => ({
          figure: figure(key)(l),
          max: (key === 'parIndexRank' ? 100 : 1_000_000).toLocaleString(
            l === 'en' ? 'en-GB' : 'vi-VN',
          ),
        }),
      },
      readBack: count(myReports),
    })),
    {
      name: 'reports: dossier shares adding up to 300 %',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: '/api/unit-reports',
        json: report({
          figures: { dossiersEarlyPct: 100, dossiersOnTimePct: 100, dossiersLatePct: 100 },
        }),
      },
      status: 400,
      expect: { field: 'figures.dossiersLatePct', key: 'figure.sharesSum', params: { sum: '300' } },
      readBack: count(myReports),
    },
    {
      name: 'reports: a share typed the Vietnamese way over the API',
      as: 'communeReporter',
      send: {
        method: 'POST',
        path: '/api/unit-reports',
        json: report({ figures: { dossiersEarlyPct: '35,5' } }),
      },
      status: 400,
      expect: { field: 'figures.dossiersEarlyPct', key: 'input.notNumber' },
      readBack: count(myReports),
    },
    {
      name: 'reports: a reporter creates an approved report',
      as: 'communeReporter',
      send: { method: 'POST', path: '/api/unit-reports', json: report({ status: 'approved' }) },
      status: 403,
      expect: { key: 'report.notAllowed' },
      readBack: count(myReports),
    },
    {
      name: 'reports: a viewer writes a report',
      as: 'viewer',
      send: { method: 'POST', path: '/api/unit-reports', json: report() },
      status: 403,
      expect: forbidden,
      readBack: count(myReports),
    },
    {
      name: 'reports export: no plan',
      as: 'viewer',
      send: { method: 'GET', path: '/api/unit-reports/export' },
      status: 400,
      expect: { key: 'reports.planRequired' },
    },
    {
      name: 'reports export: a period that does not exist',
      as: 'viewer',
      send: { method: 'GET', path: `/api/unit-reports/export?plan=${plan.id}&period=Q9` },
      status: 400,
      expect: { key: 'report.periodInvalid', params: { period: 'Q9' } },
    },
    {
      name: 'reports export: a plan id that is no id',
      as: 'viewer',
      send: { method: 'GET', path: '/api/unit-reports/export?plan=abc' },
      status: 404,
      expect: notFound,
    },
    {
      name: 'reports export: anonymously',
      as: 'anonymous',
      send: { method: 'GET', path: `/api/unit-reports/export?plan=${plan.id}` },
      status: 401,
      expect: { key: 'error.unauthenticated' },
    },
    {
      name: 'reports: a filter on the plan with no id in it',
      as: 'viewer',
      send: { method: 'GET', path: '/api/unit-reports?where[plan][equals]=abc' },
      status: 400,
      expect: { key: 'input.badWhereValue', params: { value: 'abc', path: 'plan' } },
    },
    {
      name: 'report document: a format that is neither docx nor pdf',
      as: 'communeReporter',
      send: { method: 'GET', path: `/api/unit-reports/${myReport.id}/document?format=odt` },
      status: 400,
      expect: { key: 'document.badFormat', params: { format: 'odt' } },
      readBack: 'nothing-to-store',
    },
    {
      name: 'report document: no format',
      as: 'communeReporter',
      send: { method: 'GET', path: `/api/unit-reports/${myReport.id}/document` },
      status: 400,
      expect: { key: 'document.badFormat', params: { format: '' } },
      readBack: 'nothing-to-store',
    },
    {
      name: "report document: another unit's report",
      as: 'communeReporter',
      send: { method: 'GET', path: `/api/unit-reports/${departmentReport.id}/document?format=pdf` },
      status: 404,
      expect: notFound,
      readBack: 'nothing-to-store',
    },
    {
      name: 'report document: anonymously',
      as: 'anonymous',
      send: { method: 'GET', path: `/api/unit-reports/${myReport.id}/document?format=docx` },
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'report document: a report id that is no id',
      as: 'communeReporter',
      send: { method: 'GET', path: '/api/unit-reports/abc/document?format=pdf' },
      status: 404,
      expect: notFound,
      readBack: 'nothing-to-store',
    },
    {
      name: 'consolidated report: a period that does not exist',
      as: 'reviewer',
      send: {
        method: 'GET',
        path: `/api/campaign-plans/${plan.id}/document?period=2026-Q9&format=pdf`,
      },
      status: 400,
      expect: { key: 'scorecard.badPeriod', params: { period: '2026-Q9' } },
      readBack: 'nothing-to-store',
    },
    {
      name: 'consolidated report: a format that is neither docx nor pdf',
      as: 'reviewer',
      send: {
        method: 'GET',
        path: `/api/campaign-plans/${plan.id}/document?period=2026-Q1&format=xlsx`,
      },
      status: 400,
      expect: { key: 'document.badFormat', params: { format: 'xlsx' } },
      readBack: 'nothing-to-store',
    },
    {
      name: 'consolidated report: anonymously',
      as: 'anonymous',
      send: {
        method: 'GET',
        path: `/api/campaign-plans/${plan.id}/document?period=2026-Q1&format=pdf`,
      },
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'document register: nobody writes it through the API',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/document-register',
        json: {
          unit: reporterUnit.id,
          year: 2026,
          number: 1,
          version: 1,
          kind: 'BC',
          symbol: 'UBND',
        },
      },
      status: 403,
      expect: forbidden,
      readBack: count('/api/document-register'),
    },

    // ---------- webhooks ----------
    {
      name: 'webhooks: an editor adds one',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/webhooks',
        json: { url: 'https://portal.example.vn/hook' },
      },
      status: 403,
      expect: forbidden,
    },
    {
      name: 'webhooks: an address that is not a web address',
      as: 'admin',
      send: {
        method: 'POST',
        path: '/api/webhooks',
        json: {
          name: 'X',
          url: 'ftp://x.vn/hook',
          collections: ['articles'],
          events: ['published'],
        },
      },
      status: 400,
      expect: { field: 'url', key: 'unit.urlInvalid', params: { url: 'ftp://x.vn/hook' } },
    },

    // ---------- malformed requests ----------
    {
      name: 'REST: JSON that does not parse',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles',
        raw: '{"title":',
        contentType: 'application/json',
      },
      status: 400,
      expect: { key: 'input.invalidJson' },
    },
    {
      name: 'REST: a string for a body',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles',
        raw: '"str"',
        contentType: 'application/json',
      },
      status: 400,
      expect: { key: 'input.bodyNotObject' },
    },
    {
      name: 'REST: JSON sent as plain text',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles',
        raw: JSON.stringify(article()),
        contentType: 'text/plain',
      },
      status: 400,
      expect: { key: 'input.bodyNotObject' },
    },
    {
      name: 'REST: JSON nested 20,000 deep',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles',
        raw: `{"title":${'['.repeat(20_000)}1${']'.repeat(20_000)}}`,
        contentType: 'application/json',
      },
      status: 400,
      expect: { key: 'input.tooDeep', params: { max: 64 } },
    },
    {
      name: 'REST: a body over the limit',
      as: 'editor',
      send: {
        method: 'POST',
        path: '/api/articles',
        raw: JSON.stringify(article({ summary: 'x'.repeat(5 * 1024 * 1024) })),
        contentType: 'application/json',
      },
      status: 413,
      expect: { key: 'input.tooLarge', params: { size: '5 MB', max: '4 MB' } },
    },
    {
      name: 'REST: a route that does not exist',
      as: 'admin',
      send: { method: 'GET', path: '/api/khong-co' },
      status: 404,
      expect: { key: 'error.routeNotFound', params: { path: '/api/khong-co' } },
    },
    {
      name: 'GraphQL: a body that does not parse',
      as: 'anonymous',
      send: {
        method: 'POST',
        path: '/api/graphql',
        raw: '{"query": ',
        contentType: 'application/json',
      },
      status: 400,
      expect: { key: 'input.invalidJson' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'GraphQL: a query that is not text',
      as: 'anonymous',
      send: { method: 'POST', path: '/api/graphql', json: { query: 5 } },
      status: 400,
      expect: { key: 'input.graphqlBody' },
      readBack: 'nothing-to-store',
    },
    {
      name: 'GraphQL: questions read anonymously',
      as: 'anonymous',
      send: graphql('{ CitizenQuestions { docs { email } } }'),
      status: 200,
      graphqlStatus: 403,
      expect: forbidden,
      readBack: 'nothing-to-store',
    },

    // ---------- public API, feeds, widget ----------
    ...(
      [
        [
          '/api/public/v1/articles?limit=abc',
          400,
          'public.api.param.integer',
          { param: 'limit', min: 1, max: 50 },
        ],
        [
          '/api/public/v1/articles?page=0',
          400,
          'public.api.param.integer',
          { param: 'page', min: 1, max: 100000 },
        ],
        [
          '/api/public/v1/articles?featured=yes',
          400,
          'public.api.param.boolean',
          { param: 'featured' },
        ],
        [
          '/api/public/v1/articles?from=2026-02-30',
          400,
          'public.api.param.date',
          { param: 'from' },
        ],
        [
          '/api/public/v1/articles?from=2026-05-01&to=2026-04-01',
          400,
          'public.api.range.order',
          {},
        ],
        [
          '/api/public/v1/articles?area=khong-co',
          400,
          'public.api.unknownArea',
          { value: 'khong-co' },
        ],
        ['/api/public/v1/articles?unit=HT-XX', 400, 'public.api.unknownUnit', { value: 'HT-XX' }],
        [
          `/api/public/v1/articles?q=${'a'.repeat(201)}`,
          400,
          'public.api.param.length',
          { param: 'q', max: 200 },
        ],
        [
          '/api/public/v1/articles/khong-ton-tai',
          404,
          'public.api.articleNotFound',
          { slug: 'khong-ton-tai' },
        ],
        ['/api/public/v1/plans/999999/scorecard', 404, 'public.api.planNotFound', { id: '999999' }],
        ['/api/public/v1/plans/abc/scorecard', 400, 'public.api.param.format', { param: 'id' }],
        ['/api/public/v1/schedule?outlet=abc', 400, 'public.api.param.format', { param: 'outlet' }],
        ['/api/public/v1/units?at=2026-02-30', 400, 'public.api.param.date', { param: 'at' }],
        ['/api/public/v1/units?code=HT-XX', 400, 'public.api.unknownUnit', { value: 'HT-XX' }],
        ['/api/public/v1/units?code=HT%20XX', 400, 'public.api.param.format', { param: 'code' }],
        ['/feeds/articles.xml?area=khong-co', 400, 'public.api.unknownArea', { value: 'khong-co' }],
        ['/feeds/faqs.atom?unit=HT-XX', 400, 'public.api.unknownUnit', { value: 'HT-XX' }],
      ] as const
    ).map(([path, status, key, params]): Case => ({
      name: `public: ${path}`,
      as: 'anonymous',
      send: { method: 'GET', path },
      status,
      expect: { text: publicText(key, params) },
    })),
    // ---------- workflow steps (issue 13: action buttons) ----------
    {
      name: 'articles: a workflow step that does not exist',
      as: 'editor',
      send: { method: 'POST', path: `/api/articles/${draftArticle.id}/actions/approve` },
      status: 400,
      expect: { key: 'review.unknownAction', params: { action: 'approve' } },
      readBack: doc(`/api/articles/${draftArticle.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: a workflow step anonymously',
      as: 'anonymous',
      send: { method: 'POST', path: `/api/articles/${inReview.id}/actions/publish` },
      status: 401,
      expect: { key: 'error.unauthenticated' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: an editor approving and publishing',
      as: 'editor',
      send: { method: 'POST', path: `/api/articles/${inReview.id}/actions/publish` },
      status: 403,
      expect: { key: 'review.publishNotAllowed' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: returning without a reason',
      as: 'reviewer',
      send: {
        method: 'POST',
        path: `/api/articles/${inReview.id}/actions/return`,
        json: { reason: '   ' },
      },
      status: 400,
      expect: { key: 'review.commentRequired' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'articles: a workflow step with a body that is no JSON object',
      as: 'reviewer',
      send: { method: 'POST', path: `/api/articles/${inReview.id}/actions/return`, json: [1] },
      status: 400,
      expect: { key: 'input.bodyNotObject' },
      readBack: doc(`/api/articles/${inReview.id}?draft=true&depth=0`),
    },
    {
      name: 'faqs: returning a draft that is not in review',
      as: 'reviewer',
      send: {
        method: 'POST',
        path: `/api/faqs/${draftFaq.id}/actions/return`,
        json: { reason: 'Sửa' },
      },
      status: 403,
      expect: { key: 'review.transitionNotAllowed' },
      readBack: doc(`/api/faqs/${draftFaq.id}?draft=true&depth=0`),
    },
    {
      name: 'reports: a workflow step that does not exist',
      as: 'communeReporter',
      send: { method: 'POST', path: `/api/unit-reports/${myReport.id}/actions/publish` },
      status: 400,
      expect: { key: 'report.unknownAction', params: { action: 'publish' } },
      readBack: doc(`/api/unit-reports/${myReport.id}?depth=0`),
    },
    {
      name: 'reports: a reporter approving a report',
      as: 'communeReporter',
      send: { method: 'POST', path: `/api/unit-reports/${myReport.id}/actions/approve` },
      status: 403,
      expect: { key: 'report.notAllowed' },
      readBack: doc(`/api/unit-reports/${myReport.id}?depth=0`),
    },
    {
      name: 'reports: returning without a reason',
      as: 'reviewer',
      send: { method: 'POST', path: `/api/unit-reports/${submittedReport.id}/actions/return` },
      status: 400,
      expect: { key: 'report.reasonRequired' },
      readBack: doc(`/api/unit-reports/${submittedReport.id}?depth=0`),
    },
    {
      name: 'reports: a workflow step on a report that does not exist',
      as: 'reviewer',
      send: { method: 'POST', path: '/api/unit-reports/999999/actions/approve' },
      status: 404,
      expect: { key: 'error.notFound' },
      readBack: 'nothing-to-store',
    },
    ...(['/api/public/v1/articles', '/feeds/articles.xml', '/widget.js'] as const).map(
      (path): Case => ({
        name: `public: POST ${path}`,
        as: 'anonymous',
        send: { method: 'POST', path, json: {} },
        status: 405,
        expect: { text: publicText('delivery.methodNotAllowed') },
        readBack: 'nothing-to-store',
      }),
    ),
  ]
  return cases
}
