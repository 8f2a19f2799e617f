import type { PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { nativeId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { localDay } from '@/platform/time'
import { nextIssue, type Issued } from '@/modules/campaigns/domain/numbering'

/**
 * Issues the next number of the register for a document (or a new version of the number it already
 * has), in the request's transaction so a refused save issues nothing. System work: the register
 * is written by the app only, whoever submits.
 */
export const issueNumber = async (
  req: PayloadRequest,
  args: {
    unitId: string | number
    source: string
    kind: string
    symbol: string
    subject: string
    reportId?: string | number | null
    planId?: string | number | null
    fingerprint?: string
    now?: Date
  },
): Promise<Issued & { issuedAt: string }> => {
  const system = asSystem(req)
  const now = args.now ?? new Date()
  const year = Number(localDay(now).slice(0, 4))
  const { docs: previous } = await system.find({
    collection: slugs.documentRegister,
    where: { source: { equals: args.source } },
    sort: '-version',
    limit: 1,
    depth: 0,
  })
  // Two submissions at once could pick the same number: the unique key refuses the second, which
  // then takes the next one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const { docs: highest } = await system.find({
      collection: slugs.documentRegister,
      where: { and: [{ unit: { equals: args.unitId } }, { year: { equals: year } }] },
      sort: '-number',
      limit: 1,
      depth: 0,
    })
    const last = previous[0]
    const issued = nextIssue({
      previous: last ? { number: last.number, version: last.version, year: last.year } : null,
      highestThisYear: (highest[0]?.number ?? 0) + attempt,
      year,
    })
    const issuedAt = now.toISOString()
    try {
      await system.create({
        collection: slugs.documentRegister,
        data: {
          unit: nativeId(req.payload, args.unitId),
          year: issued.year,
          number: issued.number,
          version: issued.version,
          kind: args.kind,
          symbol: args.symbol,
          subject: args.subject.slice(0, 1000),
          report: args.reportId ? nativeId(req.payload, args.reportId) : undefined,
          plan: args.planId ? nativeId(req.payload, args.planId) : undefined,
          fingerprint: args.fingerprint,
          source: args.source,
          issuedAt,
          key: `${args.unitId}|${issued.year}|${issued.number}|${issued.version}`,
        },
      })
      return { ...issued, issuedAt }
    } catch (error) {
      if (attempt === 4 || last) throw error
    }
  }
  throw new Error('unreachable')
}

/** The latest issue of a document in the register (its number, version and content), if any. */
export const lastIssue = async (req: PayloadRequest, source: string) => {
  // A system read: the register binds whoever downloads the document.
  const { docs } = await asSystem(req).find({
    collection: slugs.documentRegister,
    where: { source: { equals: source } },
    sort: '-version',
    limit: 1,
    depth: 0,
  })
  return docs[0] ?? null
}
