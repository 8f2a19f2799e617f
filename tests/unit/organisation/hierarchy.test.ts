import { describe, expect, it } from '@jest/globals'
import {
  checkLifecycle,
  checkPlacement,
  isValidEmail,
  isValidHttpUrl,
  isValidOfficialCode,
  isValidUnitCode,
  normalizeUnitCode,
  typeFitsLevel,
  wouldCreateCycle,
} from '@/modules/organisation/domain/hierarchy'

const province = { level: 'province' as const }
const closedDistrict = { level: 'district' as const, validTo: '2025-06-30' }

describe('the levels of two-tier local government (since 1 July 2025)', () => {
  it('should let a province stand alone and refuse it a parent', () => {
    expect(checkPlacement(province, null)).toBeNull()
    expect(checkPlacement(province, province)).toEqual({ kind: 'provinceHasParent' })
  })

  it('should put provincial bodies and communes under a province, and sub-units under a commune', () => {
    expect(checkPlacement({ level: 'department' }, province)).toBeNull()
    expect(checkPlacement({ level: 'commune', type: 'xa' }, province)).toBeNull()
    expect(checkPlacement({ level: 'communeUnit' }, { level: 'commune' })).toBeNull()
    expect(checkPlacement({ level: 'department' }, null)).toEqual({
      kind: 'parentRequired',
      level: 'department',
    })
    expect(checkPlacement({ level: 'commune' }, { level: 'department' })).toEqual({
      kind: 'parentLevel',
      level: 'commune',
      parentLevel: 'department',
    })
    expect(checkPlacement({ level: 'communeUnit' }, province)).toEqual({
      kind: 'parentLevel',
      level: 'communeUnit',
      parentLevel: 'province',
    })
  })

  it('should keep districts for history only: closed on or before 30/06/2025', () => {
    expect(checkPlacement(closedDistrict, province)).toBeNull()
    expect(checkPlacement({ level: 'district' }, province)).toEqual({ kind: 'districtOpen' })
    expect(checkPlacement({ level: 'district', validTo: '2025-07-01' }, province)).toEqual({
      kind: 'districtOpen',
    })
  })

  it('should put a commune under a district only for a commune closed before 1/7/2025', () => {
    expect(
      checkPlacement({ level: 'commune', type: 'xa', validTo: '2025-06-30' }, closedDistrict),
    ).toBeNull()
    expect(checkPlacement({ level: 'commune', type: 'xa' }, closedDistrict)).toEqual({
      kind: 'communeUnderDistrict',
    })
  })

  it('should take townships (thị trấn) for history only, and types that fit the level', () => {
    expect(checkLifecycle({ level: 'commune', type: 'thiTran' })).toEqual({ kind: 'townshipOpen' })
    expect(checkLifecycle({ level: 'commune', type: 'thiTran', validTo: '2025-06-30' })).toBeNull()
    expect(checkLifecycle({ level: 'commune', type: 'dacKhu' })).toBeNull()
    expect(checkLifecycle({ level: 'commune', type: 'huyen' })).toEqual({
      kind: 'typeLevel',
      level: 'commune',
      type: 'huyen',
    })
    expect(typeFitsLevel('province', 'thanhPhoTW')).toBe(true)
    expect(typeFitsLevel('department', 'xa')).toBe(false)
  })

  it('should refuse a last day before the first', () => {
    expect(
      checkLifecycle({ level: 'department', validFrom: '2025-03-01', validTo: '2025-02-28' }),
    ).toEqual({ kind: 'datesOrder', validFrom: '2025-03-01', validTo: '2025-02-28' })
  })

  it('should let a unit operate only while its parent does', () => {
    const merged = { level: 'province' as const, validFrom: '2025-07-01' }
    expect(checkPlacement({ level: 'commune', validFrom: '2025-06-01' }, merged)).toEqual({
      kind: 'beforeParent',
      parentFrom: '2025-07-01',
    })
    expect(checkPlacement({ level: 'commune', validFrom: '2025-07-01' }, merged)).toBeNull()
    const closing = { level: 'commune' as const, validTo: '2026-09-30' }
    expect(checkPlacement({ level: 'communeUnit' }, closing)).toEqual({
      kind: 'afterParent',
      parentTo: '2026-09-30',
    })
    expect(checkPlacement({ level: 'communeUnit', validTo: '2026-09-30' }, closing)).toBeNull()
  })

  it('should see a cycle when the unit is in its new parent lineage, whatever the id type', () => {
    expect(wouldCreateCycle(2, [1, 2, 5])).toBe(true)
    expect(wouldCreateCycle('2', [1, 2])).toBe(true)
    expect(wouldCreateCycle(7, [1, 2, 5])).toBe(false)
    expect(wouldCreateCycle(1, [])).toBe(false)
  })

  it('should normalise and check unit codes and official codes', () => {
    expect(normalizeUnitCode('  ht-cambinh ')).toBe('HT-CAMBINH')
    expect(isValidUnitCode('HT-CAMBINH')).toBe(true)
    expect(isValidUnitCode('HT CX')).toBe(false)
    expect(isValidUnitCode('HT-CẨM')).toBe(false)
    expect(isValidUnitCode('')).toBe(false)
    expect(isValidUnitCode('A'.repeat(33))).toBe(false)
    expect(isValidOfficialCode('42')).toBe(true)
    expect(isValidOfficialCode('18070')).toBe(true)
    expect(isValidOfficialCode('1')).toBe(false)
    expect(isValidOfficialCode('18A70')).toBe(false)
  })

  it('should accept only real email and http(s) addresses', () => {
    expect(isValidEmail('vanthu@camxuyen.gov.vn')).toBe(true)
    expect(isValidEmail('vanthu@')).toBe(false)
    expect(isValidHttpUrl('https://camxuyen.hatinh.gov.vn')).toBe(true)
    expect(isValidHttpUrl('javascript:alert(1)')).toBe(false)
    expect(isValidHttpUrl('camxuyen.gov.vn')).toBe(false)
  })
})
