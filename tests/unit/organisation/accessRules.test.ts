import { describe, expect, it } from '@jest/globals'
import { hasRole, isAdminUser, isStaffUser } from '@/platform/roles'
import { unitIdOf, unitScopeWhere, unitSubtreeWhere } from '@/modules/organisation/access/unitScope'

describe('access rules', () => {
  it('should scope rows to the units of a subtree', () => {
    expect(unitScopeWhere('unit', [3, 4, 9])).toEqual({ unit: { in: [3, 4, 9] } })
  })

  it('should match nothing when the user has no units', () => {
    expect(unitScopeWhere('unit', [])).toEqual({ id: { exists: false } })
  })

  it('should find a unit subtree through the lineage kept in breadcrumbs', () => {
    expect(unitSubtreeWhere(7)).toEqual({
      or: [{ id: { equals: 7 } }, { 'breadcrumbs.doc': { equals: 7 } }],
    })
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
