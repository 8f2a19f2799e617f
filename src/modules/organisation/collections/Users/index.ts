import type { CollectionConfig, FieldAccess, PayloadRequest, Where } from 'payload'

import { isAdmin, isAdminField } from '@/platform/access/predicates'
import { resolveSessionIdleMinutes } from '@/platform/config/env'
import { dateTimeField, dayField } from '@/platform/fields/dateTime'
import { languageNames, languages } from '@/platform/i18n/catalog'
import { isAdminUser, isStaffUser, roles } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { subtreeUnitIds, unitScopeWhere } from '@/modules/organisation/access/unitScope'
import { label, t } from '@/modules/organisation/i18n'

import {
  auditAccountChanges,
  auditAccountDeleted,
  auditSignIn,
  auditSignOut,
} from './hooks/auditAccounts'
import { endSessions } from './hooks/endSessions'
import { guardPasswordChanges } from './hooks/guardPasswordChanges'
import { guardPrivilegedChanges } from './hooks/guardPrivilegedChanges'
import { guardSignIn } from './hooks/guardSignIn'
import { recordUnitChange } from './hooks/recordUnitChange'
import { noSessionFromReset, secondFactorEndpoints } from './secondFactor'

/** A wrong setting is reported by the config checks; the account rules keep the default meanwhile. */
const sessionIdleSeconds = (): number => {
  try {
    return resolveSessionIdleMinutes(process.env) * 60
  } catch {
    return resolveSessionIdleMinutes({}) * 60
  }
}

const adminOrSelf: FieldAccess = ({ req, id, doc }) =>
  isAdminUser(req.user) || (req.user !== null && String(req.user?.id) === String(id ?? doc?.id))

/**
 * People who sign in (staff) and the API keys of portals. Every non-admin belongs to a unit and sees
 * the users of that unit's subtree; roles, units, unlocking and API keys are for admins only.
 */
export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: label('users.singular'), plural: label('users.plural') },
  auth: {
    // No lock-out by failed attempts (a stranger could lock the owner out): guardSignIn slows the
    // failing client down instead, and only an admin locks an account (lockedUntil).
    maxLoginAttempts: 0,
    // Idle sessions end: the token lives SESSION_IDLE_MINUTES and the admin renews it while in use.
    tokenExpiration: sessionIdleSeconds(),
    useAPIKey: true,
  },
  admin: {
    useAsTitle: 'email',
    group: label('group.organisation'),
    defaultColumns: ['name', 'email', 'roles', 'unit', 'signInThrottledUntil', 'lockedUntil'],
    listSearchableFields: ['name', 'email'],
  },
  access: {
    // Portal keys read content through the API; only staff work in the admin.
    admin: ({ req }) => isStaffUser(req.user),
    read: async ({ req }) => {
      const user = req.user
      if (!user) return false
      if (isAdminUser(user)) return true
      const self: Where = { id: { equals: user.id } }
      if (!isStaffUser(user)) return self
      return { or: [self, unitScopeWhere('unit', await subtreeUnitIds(req))] }
    },
    create: isAdmin,
    update: ({ req }) => {
      const user = req.user
      if (!user) return false
      return isAdminUser(user) ? true : { id: { equals: user.id } }
    },
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardPrivilegedChanges, guardPasswordChanges, guardSignIn],
    beforeChange: [recordUnitChange, endSessions],
    afterChange: [auditAccountChanges],
    afterDelete: [auditAccountDeleted],
    afterLogin: [auditSignIn],
    afterLogout: [auditSignOut],
    afterOperation: [noSessionFromReset],
  },
  endpoints: secondFactorEndpoints,
  fields: [
    { name: 'name', type: 'text', required: true, label: label('user.name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      label: label('user.roles'),
      defaultValue: ['viewer'],
      options: roles.map((value) => ({ value, label: label(`role.${value}`) })),
      access: { read: adminOrSelf, create: isAdminField, update: isAdminField },
      validate: (value: string[] | null | undefined, { req }: { req: PayloadRequest }) =>
        value && value.length > 0 ? true : t(req, 'user.rolesRequired'),
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: slugs.units,
      saveToJWT: true,
      index: true,
      label: label('user.unit'),
      access: { create: isAdminField, update: isAdminField },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: unknown; req: PayloadRequest },
      ) => {
        const userRoles = (siblingData as { roles?: string[] }).roles ?? []
        return value || userRoles.includes('admin') ? true : t(req, 'user.unitRequired')
      },
    },
    {
      // Kept by the system: each unit left, when and why (a reorganisation, an import, an admin).
      name: 'unitHistory',
      type: 'array',
      label: label('user.unitHistory'),
      labels: { singular: label('user.history.unit'), plural: label('user.unitHistory') },
      access: { create: isAdminField, update: isAdminField },
      admin: {
        readOnly: true,
        description: label('user.unitHistory.description'),
        condition: (data) => (data?.unitHistory?.length ?? 0) > 0,
        initCollapsed: false,
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'unit',
              type: 'relationship',
              relationTo: slugs.units,
              label: label('user.history.unit'),
            },
            dayField({ name: 'until', calendarDay: true, label: label('user.history.until') }),
            {
              name: 'movedTo',
              type: 'relationship',
              relationTo: slugs.units,
              label: label('user.history.movedTo'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'reason',
              type: 'select',
              label: label('user.history.reason'),
              options: (['merge', 'split', 'rename', 'move', 'import', 'manual'] as const).map(
                (value) => ({ value, label: label(`history.reason.${value}`) }),
              ),
            },
            {
              name: 'reorganisation',
              type: 'relationship',
              relationTo: slugs.unitReorganisations,
              label: label('user.history.reorganisation'),
            },
          ],
        },
      ],
    },
    {
      name: 'canPublish',
      type: 'checkbox',
      defaultValue: false,
      saveToJWT: true,
      label: label('user.canPublish'),
      access: { read: adminOrSelf, create: isAdminField, update: isAdminField },
      admin: { condition: (data) => Boolean(data?.roles?.includes('editor')) },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      label: label('user.language'),
      options: languages.map((value) => ({ value, label: languageNames[value] })),
    },
    {
      name: 'weeklyDigest',
      type: 'checkbox',
      defaultValue: true,
      label: label('user.weeklyDigest'),
      admin: {
        condition: (data) =>
          Boolean(data?.roles?.some((r: string) => ['admin', 'editor', 'viewer'].includes(r))),
      },
    },
    {
      // Sent with a change of one's own email or password (see guardPasswordChanges); never stored.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: label('user.currentPassword'),
      access: { read: () => false },
      admin: {
        description: label('user.currentPassword.description'),
        components: { Field: '@payloadcms/ui#PasswordField' },
        condition: (data, _sibling, { user }) =>
          Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
      },
    },
    dateTimeField({
      // Set by an admin only: the account cannot sign in until then, and its sessions end.
      name: 'lockedUntil',
      label: label('user.lockedUntil'),
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: label('user.lockedUntil.description') },
    }),
    dateTimeField({
      // Kept by the system: the latest wait a client must sit out after failed sign-ins.
      name: 'signInThrottledUntil',
      label: label('user.signInThrottledUntil'),
      access: { read: isAdminField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('user.signInThrottledUntil.description'),
      },
    }),
    // Two-factor sign-in (see secondFactor.ts): whether it is on, shown to the person and admins…
    {
      name: 'mfaEnabled',
      type: 'checkbox',
      defaultValue: false,
      label: label('user.mfaEnabled'),
      access: { read: adminOrSelf, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('user.mfaEnabled.description'),
      },
    },
    {
      name: 'accountSecurity',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field:
            '/src/modules/organisation/collections/Users/components/AccountSecurity#AccountSecurity',
        },
      },
    },
    // …and its secrets, which no API returns to anyone, admins included (written by the system).
    ...(['mfaSecret', 'mfaPendingSecret', 'mfaBackupCodes'] as const).map((name) => ({
      name,
      type: 'text' as const,
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    })),
    {
      name: 'mfaLastStep',
      type: 'number',
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
    // API keys: Payload adds these for `useAPIKey`; ours narrow who may set them to admins.
    {
      name: 'enableAPIKey',
      type: 'checkbox',
      label: label('user.enableApiKey'),
      access: { create: isAdminField, update: isAdminField, read: isAdminField },
    },
    {
      name: 'apiKey',
      type: 'text',
      label: label('user.apiKey'),
      access: { create: isAdminField, update: isAdminField, read: () => false },
    },
  ],
}
