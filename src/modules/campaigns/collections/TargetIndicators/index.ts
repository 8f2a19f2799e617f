import type { CollectionConfig } from 'payload'

import { vietnameseNumberInput } from '@/platform/fields/vietnameseNumber'
import { slugs } from '@/platform/slugs'
import { unitLevels } from '@/modules/organisation'
import { planWriters, readIndicators } from '@/modules/campaigns/access'
import { broadcastChannels, figureKeys } from '@/modules/campaigns/domain/vocabulary'
import { label } from '@/modules/campaigns/i18n'

import { requireCompleteRule } from './hooks/requireCompleteRule'

const when = (kinds: string[]) => (_: unknown, sibling: Record<string, unknown>) =>
  kinds.includes(sibling?.ruleKind as string)
const channelOptions = broadcastChannels.map((value) => ({
  value,
  label: label(`channel.${value}`),
}))

/**
 * One target of a plan, as the plan states it ("100% trạm truyền thanh cơ sở có chuyên mục CCHC"):
 * which units it holds to account, how one unit meets it, and the share of units that must.
 */
export const TargetIndicators: CollectionConfig = {
  slug: slugs.targetIndicators,
  labels: { singular: label('indicators.singular'), plural: label('indicators.plural') },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'title',
    group: label('group.campaigns'),
    defaultColumns: ['title', 'plan', 'ruleKind', 'targetShare'],
  },
  access: { read: readIndicators, create: planWriters, update: planWriters, delete: planWriters },
  hooks: { beforeChange: [requireCompleteRule] },
  fields: [
    {
      name: 'plan',
      type: 'relationship',
      relationTo: slugs.campaignPlans,
      required: true,
      index: true,
      label: label('indicator.plan'),
    },
    { name: 'title', type: 'text', required: true, label: label('indicator.title') },
    {
      type: 'row',
      fields: [
        {
          name: 'targetShare',
          type: 'number',
          required: true,
          defaultValue: 100,
          min: 0,
          max: 100,
          label: label('indicator.targetShare'),
          admin: vietnameseNumberInput,
        },
        { name: 'order', type: 'number', defaultValue: 0, label: label('taxonomy.order') },
      ],
    },
    {
      type: 'collapsible',
      label: label('indicator.scope'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'scopeLevels',
              type: 'select',
              hasMany: true,
              label: label('indicator.scopeLevels'),
              options: unitLevels.map((value) => ({ value, label: label(`level.${value}`) })),
            },
            {
              name: 'scopeRequires',
              type: 'select',
              hasMany: true,
              label: label('indicator.scopeRequires'),
              options: (['radioStation', 'portal', 'oneStopDesk', 'postOfficePoints'] as const).map(
                (value) => ({ value, label: label(`ownership.${value}`) }),
              ),
            },
          ],
        },
        {
          name: 'scopeUnits',
          type: 'relationship',
          relationTo: slugs.units,
          hasMany: true,
          label: label('indicator.scopeUnits'),
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('indicator.rule'),
      fields: [
        {
          name: 'ruleKind',
          type: 'select',
          required: true,
          label: label('indicator.ruleKind'),
          options: (
            [
              'broadcastCount',
              'contentCount',
              'reportedFigure',
              'outletQuota',
              'planCompletion',
              'channelDiversity',
            ] as const
          ).map((value) => ({ value, label: label(`indicator.kind.${value}`) })),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'channel',
              type: 'select',
              label: label('indicator.channel'),
              options: channelOptions,
              admin: { condition: when(['broadcastCount']) },
            },
            {
              name: 'contentKind',
              type: 'select',
              label: label('indicator.contentKind'),
              options: (['articles', 'faqs'] as const).map((value) => ({
                value,
                label: label(`content.kind.${value}`),
              })),
              admin: { condition: when(['contentCount']) },
            },
            {
              name: 'minCount',
              type: 'number',
              min: 0,
              label: label('indicator.minCount'),
              admin: { condition: when(['broadcastCount', 'contentCount', 'channelDiversity']) },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'figure',
              type: 'select',
              label: label('indicator.figure'),
              options: figureKeys.map((value) => ({ value, label: label(`figure.${value}`) })),
              admin: { condition: when(['reportedFigure']) },
            },
            {
              name: 'comparator',
              type: 'select',
              defaultValue: 'gte',
              label: label('indicator.comparator'),
              options: (['gte', 'lte', 'eq'] as const).map((value) => ({
                value,
                label: label(`indicator.comparator.${value}`),
              })),
              admin: { condition: when(['reportedFigure']) },
            },
            {
              name: 'threshold',
              type: 'number',
              label: label('indicator.threshold'),
              // A figure's threshold, or the share (%) of tasks done in time plan completion asks for.
              admin: {
                ...vietnameseNumberInput,
                condition: when(['reportedFigure', 'planCompletion']),
              },
            },
          ],
        },
        {
          name: 'outlets',
          type: 'relationship',
          relationTo: slugs.outlets,
          hasMany: true,
          label: label('indicator.outlets'),
          admin: { condition: when(['outletQuota']) },
        },
        {
          name: 'quotas',
          type: 'array',
          label: label('indicator.quotas'),
          admin: { condition: when(['outletQuota']) },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'channel',
                  type: 'select',
                  required: true,
                  label: label('indicator.channel'),
                  options: channelOptions,
                },
                {
                  name: 'min',
                  type: 'number',
                  required: true,
                  min: 0,
                  label: label('indicator.minCount'),
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
