import { describe, expect, it } from '@jest/globals'
import {
  checkParentLevel,
  isValidEmail,
  isValidHttpUrl,
  isValidUnitCode,
  normalizeUnitCode,
  wouldCreateCycle,
} from '@/modules/organisation/domain/hierarchy'

describe('unit hierarchy rules', () => {
  it('should let a province stand alone and refuse it a parent', () => {
    expect(checkParentLevel('province', null)).toBeNull()
    expect(checkParentLevel('province', 'province')).toEqual({ kind: 'provinceHasParent' })
  })

  it('should put departments and districts under the province only', () => {
    expect(checkParentLevel('department', 'province')).toBeNull()
    expect(checkParentLevel('district', 'province')).toBeNull()
    expect(checkParentLevel('district', 'district')).toEqual({
      kind: 'parentLevel',
      level: 'district',
      parentLevel: 'district',
    })
    expect(checkParentLevel('department', null)).toEqual({
      kind: 'parentRequired',
      level: 'department',
    })
  })

  it('should put communes under a district, never under a department or the province', () => {
    expect(checkParentLevel('commune', 'district')).toBeNull()
    expect(checkParentLevel('commune', 'department')).toEqual({
      kind: 'parentLevel',
      level: 'commune',
      parentLevel: 'department',
    })
    expect(checkParentLevel('commune', 'province')).toEqual({
      kind: 'parentLevel',
      level: 'commune',
      parentLevel: 'province',
    })
  })

  it('should see a cycle when the unit is in its new parent lineage, whatever the id type', () => {
    expect(wouldCreateCycle(2, [1, 2, 5])).toBe(true)
    expect(wouldCreateCycle('2', [1, 2])).toBe(true)
    expect(wouldCreateCycle(7, [1, 2, 5])).toBe(false)
    expect(wouldCreateCycle(1, [])).toBe(false)
  })

  it('should normalise and check unit codes', () => {
    expect(normalizeUnitCode('  ht-cx-cb ')).toBe('HT-CX-CB')
    expect(isValidUnitCode('HT-CX-CB')).toBe(true)
    expect(isValidUnitCode('HT CX')).toBe(false)
    expect(isValidUnitCode('HT-CẨM')).toBe(false)
    expect(isValidUnitCode('')).toBe(false)
    expect(isValidUnitCode('A'.repeat(33))).toBe(false)
  })

  it('should accept only real email and http(s) addresses', () => {
    expect(isValidEmail('vanthu@camxuyen.gov.vn')).toBe(true)
    expect(isValidEmail('vanthu@')).toBe(false)
    expect(isValidHttpUrl('https://camxuyen.hatinh.gov.vn')).toBe(true)
    expect(isValidHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isValidHttpUrl('camxuyen.gov.vn')).toBe(false)
  })
})
