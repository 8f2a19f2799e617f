import type { CollectionBeforeChangeHook } from 'payload'

import type { TargetIndicator } from '@/payload-types'
import { slugs } from '@/platform/slugs'
import { invalidField, t, type TextKey } from '@/modules/campaigns/i18n'

const needs: Record<TargetIndicator['ruleKind'], [keyof TargetIndicator, TextKey][]> = {
  broadcastCount: [
    ['channel', 'indicator.channel'],
    ['minCount', 'indicator.minCount'],
  ],
  contentCount: [
    ['contentKind', 'indicator.contentKind'],
    ['minCount', 'indicator.minCount'],
  ],
  reportedFigure: [
    ['figure', 'indicator.figure'],
    ['comparator', 'indicator.comparator'],
    ['threshold', 'indicator.threshold'],
  ],
  outletQuota: [
    ['outlets', 'indicator.outlets'],
    ['quotas', 'indicator.quotas'],
  ],
  planCompletion: [['threshold', 'indicator.threshold']],
  channelDiversity: [['minCount', 'indicator.minCount']],
}

/** Each kind of rule needs its own settings; a rule missing one is refused, naming what to fill in. */
export const requireCompleteRule: CollectionBeforeChangeHook<TargetIndicator> = ({
  data,
  originalDoc,
  req,
}) => {
  const value = (name: keyof TargetIndicator) =>
    data[name] !== undefined ? data[name] : originalDoc?.[name]
  const kind = data.ruleKind ?? originalDoc?.ruleKind
  if (!kind) return data
  const missing = needs[kind].filter(([name]) => {
    const v = value(name)
    return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
  })
  if (missing.length > 0) {
    throw invalidField(req, slugs.targetIndicators, missing[0]![0], 'indicator.incomplete', {
      kind: t(req, `indicator.kind.${kind}`),
      fields: missing.map(([, key]) => t(req, key)).join(', '),
    })
  }
  return data
}
