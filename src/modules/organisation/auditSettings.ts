import type { GlobalAfterChangeHook, GlobalConfig, Plugin } from 'payload'

import { isQuiet } from '@/platform/context'

import { audit } from './audit'
import { changedFields } from './domain/audit'

/** Top-level named fields of a global (rows, tabs and collapsibles opened), for the summary. */
const fieldNames = (global: GlobalConfig): string[] => {
  const names: string[] = []
  const visit = (fields: GlobalConfig['fields']) => {
    for (const field of fields) {
      if ('name' in field && field.name) names.push(field.name)
      else if ('fields' in field) visit(field.fields)
      else if (field.type === 'tabs') for (const tab of field.tabs) visit(tab.fields)
    }
  }
  visit(global.fields)
  return names
}

const auditChange =
  (global: GlobalConfig): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (isQuiet(req)) return doc
    const changes = changedFields(previousDoc, doc, fieldNames(global))
    if (Object.keys(changes).length === 0) return doc
    await audit(req, { action: 'settings.changed', collection: global.slug, summary: changes })
    return doc
  }

/**
 * Settings are the globals people edit in the admin: each change goes in the audit log with what
 * changed. Hidden globals are the system's own bookkeeping (the public cache stamp), not settings.
 */
export const auditSettingsChanges: Plugin = (config) => ({
  ...config,
  globals: (config.globals ?? []).map((global) =>
    global.admin?.hidden === true
      ? global
      : {
          ...global,
          hooks: {
            ...global.hooks,
            afterChange: [...(global.hooks?.afterChange ?? []), auditChange(global)],
          },
        },
  ),
})
