import type { CollectionConfig, Endpoint, Field } from 'payload'

import { withinSubtree } from '@/modules/campaigns/access'
import { isAdminField } from '@/platform/access/isAdmin'
import { hasRole, type RoleHolder } from '@/platform/access/roles'
import { slugs } from '@/platform/slugs'
import { periodKeys } from '@/modules/campaigns/domain/periods'
import { periodOptions } from '@/modules/campaigns/fields/periodOptions'
import { reportStatuses } from '@/modules/campaigns/domain/reportWorkflow'
import { figureKeys, reportFigures } from '@/modules/campaigns/domain/vocabulary'
import { invalidatesPublicCache } from '@/modules/delivery/hooks/publicCache'
import { label } from '@/platform/i18n/messages'
import { reportsTable } from '@/modules/campaigns/compliance/exportReports'
import { spreadsheetResponse } from '@/platform/spreadsheet'
import { t } from '@/platform/i18n/request'
import { enforceReportRules } from './hooks/reportWorkflow'

/** `GET /api/unit-reports/export?plan=…&period=Q1&format=xlsx|csv`: the reports the caller may read. */
const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: t(req, 'error.unauthenticated') }, { status: 401 })
    const query = new URL(req.url ?? 'http://x').searchParams
    const plan = query.get('plan')
    if (!plan) return Response.json({ message: t(req, 'reports.planRequired') }, { status: 400 })
    const period = query.get('period')
    if (period && !(periodKeys as readonly string[]).includes(period)) {
      return Response.json({ message: t(req, 'report.periodInvalid', { period }) }, { status: 400 })
    }
    const language = req.i18n?.language === 'en' ? 'en' : 'vi'
    const table = await reportsTable(req, plan, period, language)
    return spreadsheetResponse(table, { name: `bao-cao-${plan}${period ? `-${period}` : ''}`, format: query.get('format'), sheetName: t(req, 'reports.plural') })
  },
}

const figureField = (key: (typeof figureKeys)[number]): Field =>
  reportFigures[key] === 'boolean'
    ? { name: key, type: 'checkbox', label: label(`figure.${key}`) }
    : { name: key, type: 'number', label: label(`figure.${key}`) }


/**
 * What a unit did in a period under a plan: the figures the plan asks for, outreach activities by
 * channel and evidence. Draft → submitted → approved or returned; locked after approval or deadline.
 */
export const UnitReports: CollectionConfig = {
  slug: slugs.unitReports,
  labels: { singular: label('reports.singular'), plural: label('reports.plural') },
  defaultSort: '-updatedAt',
  admin: { group: label('group.campaigns'), defaultColumns: ['unit', 'plan', 'period', 'year', 'status', 'firstSubmittedAt'] },
  access: {
    read: withinSubtree('unit', ['editor', 'reviewer', 'viewer', 'reporter']),
    create: ({ req }) => hasRole(req.user as RoleHolder, 'admin', 'editor', 'reporter'),
    update: withinSubtree('unit', ['editor', 'reviewer', 'reporter']),
    delete: ({ req }) => hasRole(req.user as RoleHolder, 'admin'),
  },
  hooks: { beforeChange: [enforceReportRules], afterChange: [invalidatesPublicCache.afterChange], afterDelete: [invalidatesPublicCache.afterDelete] },
  endpoints: [exportEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'plan', type: 'relationship', relationTo: slugs.campaignPlans, required: true, index: true, label: label('report.plan') },
        { name: 'unit', type: 'relationship', relationTo: slugs.units, required: true, index: true, label: label('report.unit') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'period', type: 'select', required: true, label: label('report.period'), options: periodOptions },
        { name: 'year', type: 'number', label: label('report.year'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('report.status'),
      options: reportStatuses.map((value) => ({ value, label: label(`report.${value}`) })),
      admin: { position: 'sidebar' },
    },
    { name: 'returnReason', type: 'textarea', label: label('report.returnReason'), admin: { position: 'sidebar' } },
    { name: 'reopened', type: 'checkbox', defaultValue: false, label: label('report.reopened'), access: { create: isAdminField, update: isAdminField }, admin: { position: 'sidebar' } },
    { name: 'figures', type: 'group', label: label('report.figures'), fields: figureKeys.map(figureField) },
    {
      name: 'activities',
      type: 'array',
      label: label('report.activities'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'channel', type: 'relationship', relationTo: slugs.outreachChannels, required: true, label: label('report.activityChannel') },
            { name: 'count', type: 'number', required: true, min: 0, label: label('report.activityCount') },
            { name: 'reach', type: 'number', min: 0, label: label('report.activityReach') },
          ],
        },
      ],
    },
    { name: 'evidence', type: 'upload', relationTo: slugs.media, hasMany: true, label: label('report.evidence') },
    { name: 'submittedAt', type: 'date', admin: { position: 'sidebar', readOnly: true }, access: { create: () => false, update: () => false } },
    { name: 'firstSubmittedAt', type: 'date', label: label('report.firstSubmittedAt'), admin: { position: 'sidebar', readOnly: true }, access: { create: () => false, update: () => false } },
    { name: 'approvedBy', type: 'relationship', relationTo: slugs.users, admin: { position: 'sidebar', readOnly: true }, access: { create: () => false, update: () => false } },
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
