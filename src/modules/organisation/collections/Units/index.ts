import { createBreadcrumbsField, createParentField } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, PayloadRequest } from 'payload'

import { isAdmin, isAdminField, nobodyField } from '@/platform/access/predicates'
import { dayField } from '@/platform/fields/dateTime'
import { hasRole, isAdminUser, isStaffUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'

import { unitCalendarField } from '@/modules/organisation/access/unitCalendar'
import { scopedByUnit, unitIdOf, unitSubtreeWhere } from '@/modules/organisation/access/unitScope'
import {
  isValidHttpUrl,
  isValidUnitCode,
  normalizeUnitCode,
  unitLevels,
} from '@/modules/organisation/domain/hierarchy'
import { label, t } from '@/modules/organisation/i18n'
import { calendarTokenEndpoints } from './endpoints/calendarToken'
import { importUnitsEndpoint } from './endpoints/importUnits'
import { preventDeleteInUse } from './hooks/preventDeleteInUse'
import { validateHierarchy } from './hooks/validateHierarchy'

/**
 * The organisational tree: province → departments and districts → communes/wards. What a unit owns
 * (portal, radio station, one-stop desk, post-office culture points) decides which quotas apply to it.
 */
export const Units: CollectionConfig = {
  slug: slugs.units,
  labels: { singular: label('units.singular'), plural: label('units.plural') },
  // Codes carry the hierarchy (HT, HT-CX, HT-CX-CB), so sorting by code reads like the tree.
  defaultSort: 'code',
  admin: {
    useAsTitle: 'name',
    group: label('group.organisation'),
    defaultColumns: ['name', 'code', 'level', 'parent', 'hasRadioStation', 'portalUrl'],
    listSearchableFields: ['name', 'code'],
    components: {
      beforeListTable: [
        '/src/modules/organisation/collections/Units/components/ImportUnits#ImportUnits',
      ],
    },
  },
  access: {
    // Staff see their own unit's subtree; portal keys read the (public) organisation chart.
    read: ({ req }) => {
      if (isAdminUser(req.user) || hasRole(req.user, 'portal')) return true
      const root = unitIdOf(req.user)
      return isStaffUser(req.user) && root !== null ? unitSubtreeWhere(root) : false
    },
    create: isAdmin,
    // Editors keep their subtree's contact details and equipment up to date; structure is the admins'.
    update: scopedByUnit('id', ['editor']),
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [validateHierarchy],
    beforeDelete: [preventDeleteInUse],
  },
  endpoints: [importUnitsEndpoint, ...calendarTokenEndpoints],
  fields: [
    { name: 'name', type: 'text', required: true, label: label('unit.name'), index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          label: label('unit.code'),
          admin: { description: label('unit.code.description') },
          access: { update: isAdminField },
          hooks: {
            beforeValidate: [
              ({ value }) => (typeof value === 'string' ? normalizeUnitCode(value) : value),
            ],
          },
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            !value || isValidUnitCode(value) ? true : t(req, 'unit.codeFormat', { code: value }),
        },
        {
          name: 'level',
          type: 'select',
          required: true,
          label: label('unit.level'),
          access: { update: isAdminField },
          options: unitLevels.map((value) => ({ value, label: label(`level.${value}`) })),
        },
      ],
    },
    createParentField(slugs.units, {
      label: label('unit.parent'),
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    }),
    // The lineage kept by the nested-docs plugin; people read it as `path` below.
    createBreadcrumbsField(slugs.units, {
      label: label('unit.breadcrumbs'),
      admin: { hidden: true },
    }),
    {
      name: 'path',
      type: 'text',
      virtual: true,
      label: label('unit.breadcrumbs'),
      admin: { position: 'sidebar', readOnly: true },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            ((siblingData.breadcrumbs ?? []) as { label?: string }[])
              .map((crumb) => crumb.label)
              .join(' › '),
        ],
      },
    },
    {
      name: 'contactEmails',
      type: 'array',
      label: label('unit.contactEmails'),
      labels: { singular: label('unit.email'), plural: label('unit.contactEmails') },
      fields: [{ name: 'email', type: 'email', required: true, label: label('unit.email') }],
    },
    {
      type: 'collapsible',
      label: label('unit.owns'),
      fields: [
        {
          name: 'portalUrl',
          type: 'text',
          label: label('unit.portalUrl'),
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            !value || isValidHttpUrl(value) ? true : t(req, 'unit.urlInvalid', { url: value }),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'hasRadioStation',
              type: 'checkbox',
              defaultValue: false,
              label: label('unit.hasRadioStation'),
            },
            {
              name: 'hasOneStopDesk',
              type: 'checkbox',
              defaultValue: false,
              label: label('unit.hasOneStopDesk'),
            },
            {
              name: 'postOfficeCulturePoints',
              type: 'number',
              defaultValue: 0,
              min: 0,
              label: label('unit.postOfficeCulturePoints'),
              validate: (value: number | null | undefined, { req }: { req: PayloadRequest }) =>
                value === null || value === undefined || (Number.isInteger(value) && value >= 0)
                  ? true
                  : t(req, 'csv.invalidCount', {
                      column: t(req, 'unit.postOfficeCulturePoints'),
                      value: String(value),
                    }),
            },
          ],
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: label('unit.active'),
      admin: { position: 'sidebar' },
    },
    dayField({
      name: 'activeFrom',
      label: label('unit.activeFrom'),
      admin: { position: 'sidebar', description: label('unit.activeFrom.description') },
    }),
    dayField({
      name: 'radioStationUntil',
      label: label('unit.radioStationUntil'),
      admin: { position: 'sidebar' },
    }),
    // The unit's calendar-feed token, kept as a hash only (domain/calendarToken.ts). Written only by
    // POST/DELETE /api/units/:id/calendar-token; shown to admins and editors of the unit's subtree.
    {
      name: 'calendarTokenHash',
      type: 'text',
      label: label('calendar.tokenHash'),
      access: { read: unitCalendarField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'calendarTokenIssuedAt',
      type: 'date',
      label: label('calendar.tokenIssuedAt'),
      access: { read: unitCalendarField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'calendarFeeds',
      type: 'ui',
      label: label('calendar.panelTitle'),
      admin: {
        position: 'sidebar',
        components: {
          Field:
            '/src/modules/organisation/collections/Units/components/CalendarFeedsPanel#CalendarFeedsPanel',
        },
      },
    },
  ],
}
