import { describe, expect, it } from '@jest/globals'

import { hasRole, isAdminUser, isStaffUser, unitIdOf } from '@/platform/access/roles'
import { unitScopeWhere, unitSubtreeWhere } from '@/modules/organisation/access/unitScope'
import { format, messages, translate } from '@/platform/i18n/messages'

describe('access rules', () => {
  it('should scope rows to the units of a subtree', () => {
    expect(unitScopeWhere('unit', [3, 4, 9])).toEqual({ unit: { in: [3, 4, 9] } })
  })

  it('should match nothing when the user has no units', () => {
    expect(unitScopeWhere('unit', [])).toEqual({ id: { exists: false } })
  })

  it('should find a unit subtree through the lineage kept in breadcrumbs', () => {
    expect(unitSubtreeWhere(7)).toEqual({ or: [{ id: { equals: 7 } }, { 'breadcrumbs.doc': { equals: 7 } }] })
  })

  it('should read roles and units from full users and JWT payloads alike', () => {
    expect(hasRole({ roles: ['editor', 'reviewer'] }, 'reviewer')).toBe(true)
    expect(hasRole({ roles: ['editor'] }, 'admin')).toBe(false)
    expect(hasRole(null, 'admin')).toBe(false)
    expect(isAdminUser({ roles: ['admin'] })).toBe(true)
    expect(isStaffUser({ roles: ['portal'] })).toBe(false)
    expect(isStaffUser({ roles: ['viewer'] })).toBe(true)
    expect(unitIdOf({ unit: 5 })).toBe(5)
    expect(unitIdOf({ unit: { id: 'abc', name: 'x' } })).toBe('abc')
    expect(unitIdOf({ unit: null })).toBeNull()
  })
})

describe('message catalogue', () => {
  it('should have every Vietnamese message in English too, with the same placeholders', () => {
    for (const [key, vi] of Object.entries(messages.vi)) {
      const en = messages.en[key as keyof typeof messages.en]
      expect(en).toBeTruthy()
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort()
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(vi) })
    }
  })

  it('should answer in Vietnamese unless English is asked for', () => {
    expect(translate(undefined, 'unit.hasChildren', { name: 'Xã A', count: 2 })).toBe('Không thể xóa đơn vị "Xã A" vì còn 2 đơn vị trực thuộc.')
    expect(translate('fr', 'error.forbidden')).toBe(messages.vi['error.forbidden'])
    expect(translate('en', 'error.forbidden')).toBe('You are not allowed to do this.')
  })

  it('should leave unknown placeholders visible rather than blank', () => {
    expect(format('{{a}} và {{b}}', { a: 1 })).toBe('1 và {{b}}')
  })
})
