import type { UnitLevel } from '@/modules/organisation/domain/hierarchy'
import type { Day } from '@/platform/time'

export type SeedUnit = {
  code: string
  name: string
  level: UnitLevel
  type?: string
  parent?: string
  officialCode?: string
  validFrom?: Day
  validTo?: Day
  portal?: boolean
  radio?: boolean
  desk?: boolean
  postOffices?: number
}

/** A reorganisation of the demo, made through the same operation as the wizard's. */
export type SeedReorganisation = {
  kind: 'merge' | 'split' | 'rename' | 'move'
  sources: string[]
  target: SeedUnit
  effectiveDate: Day
}

/** The day local government became two-tier (the demo's reorganisations of communes). */
const TWO_TIER: Day = '2025-07-01'
const LAST_DISTRICT_DAY: Day = '2025-06-30'

/**
 * Hà Tĩnh before 1 July 2025, as far as the demo goes: the province, its departments (the
 * Department of Information and Communications until its merger into Science and Technology on
 * 1 March 2025), three districts and 21 of their communes, wards and townships with varied
 * equipment. Districts and communes of then carry their last day (30/06/2025). The compositions of
 * the mergers below follow the 2025 resolution in spirit but are simplified for the demo.
 */
export const seedUnitsOfThen: SeedUnit[] = [
  {
    code: 'HT',
    name: 'UBND tỉnh Hà Tĩnh',
    level: 'province',
    type: 'tinh',
    officialCode: '42',
    portal: true,
    desk: true,
  },
  { code: 'HT-VP', name: 'Văn phòng UBND tỉnh', level: 'department', parent: 'HT', portal: true },
  { code: 'HT-SNV', name: 'Sở Nội vụ', level: 'department', parent: 'HT', portal: true },
  { code: 'HT-STP', name: 'Sở Tư pháp', level: 'department', parent: 'HT', portal: true },
  {
    code: 'HT-SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    level: 'department',
    parent: 'HT',
    portal: true,
  },
  {
    code: 'HT-SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    level: 'department',
    parent: 'HT',
    portal: true,
  },
  {
    code: 'HT-STTTT',
    name: 'Sở Thông tin và Truyền thông',
    level: 'department',
    parent: 'HT',
    validTo: '2025-02-28',
    portal: true,
  },
  {
    code: 'HT-TTHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    level: 'department',
    parent: 'HT',
    desk: true,
  },
  {
    code: 'HT-BPTTH',
    name: 'Báo và Phát thanh, Truyền hình Hà Tĩnh',
    level: 'department',
    parent: 'HT',
    portal: true,
  },

  ...district('HT-TP', 'UBND thành phố Hà Tĩnh', 'thanhPhoThuocTinh', [
    ['BH', 'UBND phường Bắc Hà', 'phuong', { portal: true, radio: true, desk: true }],
    ['NH', 'UBND phường Nam Hà', 'phuong', { portal: true, radio: true, desk: true }],
    ['TP', 'UBND phường Trần Phú', 'phuong', { radio: true, desk: true }],
    ['TG', 'UBND phường Tân Giang', 'phuong', { portal: true, desk: true }],
    ['DN', 'UBND phường Đại Nài', 'phuong', { radio: true, desk: true }],
    ['DM', 'UBND xã Đồng Môn', 'xa', { radio: true, desk: true, postOffices: 1 }],
    ['TH', 'UBND xã Thạch Hạ', 'xa', { radio: true, desk: true, postOffices: 1 }],
  ]),
  ...district('HT-CX', 'UBND huyện Cẩm Xuyên', 'huyen', [
    ['TT', 'UBND thị trấn Cẩm Xuyên', 'thiTran', { portal: true, radio: true, desk: true }],
    ['CB', 'UBND xã Cẩm Bình', 'xa', { radio: true, desk: true, postOffices: 1 }],
    ['CT', 'UBND xã Cẩm Thành', 'xa', { radio: true, desk: true, postOffices: 2 }],
    ['CV', 'UBND xã Cẩm Vịnh', 'xa', { desk: true, postOffices: 1 }],
    ['CQ', 'UBND xã Cẩm Quang', 'xa', { radio: true, desk: true }],
    ['CD', 'UBND xã Cẩm Duệ', 'xa', { radio: true, postOffices: 1 }],
    ['CL', 'UBND xã Cẩm Lạc', 'xa', { desk: true }],
  ]),
  ...district('HT-TH', 'UBND huyện Thạch Hà', 'huyen', [
    ['TT', 'UBND thị trấn Thạch Hà', 'thiTran', { portal: true, radio: true, desk: true }],
    ['TK', 'UBND xã Thạch Kênh', 'xa', { radio: true, desk: true, postOffices: 1 }],
    ['TL', 'UBND xã Thạch Liên', 'xa', { radio: true, desk: true }],
    ['TS', 'UBND xã Thạch Sơn', 'xa', { desk: true, postOffices: 1 }],
    ['TLG', 'UBND xã Thạch Long', 'xa', { radio: true, desk: true }],
    ['ND', 'UBND xã Nam Điền', 'xa', { radio: true }],
    ['VT', 'UBND xã Việt Tiến', 'xa', { desk: true, postOffices: 1 }],
  ]),
]

type Equipment = Pick<SeedUnit, 'portal' | 'radio' | 'desk' | 'postOffices'>

function district(
  code: string,
  name: string,
  type: string,
  communes: [string, string, string, Equipment][],
): SeedUnit[] {
  return [
    {
      code,
      name,
      level: 'district',
      type,
      parent: 'HT',
      validTo: LAST_DISTRICT_DAY,
      portal: true,
      desk: true,
    },
    ...communes.map(([suffix, communeName, communeType, equipment]) => ({
      code: `${code}-${suffix}`,
      name: communeName,
      level: 'commune' as const,
      type: communeType,
      parent: code,
      validTo: LAST_DISTRICT_DAY,
      ...equipment,
    })),
  ]
}

const commune = (
  code: string,
  name: string,
  type: 'xa' | 'phuong',
  equipment: Equipment,
): SeedUnit => ({
  code,
  name,
  level: 'commune',
  type,
  parent: 'HT',
  validFrom: TWO_TIER,
  ...equipment,
})

/**
 * The reorganisations of the demo, in order: the department merger of 1 March 2025, then on 1 July
 * 2025 the communes of the three districts into today's communes (three into one, two into one,
 * a commune re-established under the province), each district closing into the commune at its seat.
 */
export const seedReorganisations: SeedReorganisation[] = [
  {
    kind: 'merge',
    sources: ['HT-STTTT'],
    target: { code: 'HT-SKHCN', name: 'Sở Khoa học và Công nghệ', level: 'department' },
    effectiveDate: '2025-03-01',
  },
  {
    kind: 'merge',
    sources: ['HT-TP-BH', 'HT-TP-NH', 'HT-TP-TG'],
    target: commune('HT-THANHSEN', 'UBND phường Thành Sen', 'phuong', {
      portal: true,
      radio: true,
      desk: true,
      postOffices: 1,
    }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'merge',
    sources: ['HT-TP-TP', 'HT-TP-DN'],
    target: commune('HT-TRANPHU', 'UBND phường Trần Phú', 'phuong', { radio: true, desk: true }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'merge',
    sources: ['HT-TP-DM', 'HT-TP-TH', 'HT-TP'],
    target: commune('HT-HAHUYTAP', 'UBND phường Hà Huy Tập', 'phuong', {
      portal: true,
      radio: true,
      desk: true,
      postOffices: 1,
    }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'merge',
    sources: ['HT-CX-CB', 'HT-CX-CT', 'HT-CX-CV'],
    target: commune('HT-CAMBINH', 'UBND xã Cẩm Bình', 'xa', {
      radio: true,
      desk: true,
      postOffices: 3,
    }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'move',
    sources: ['HT-CX-CD'],
    target: commune('HT-CAMDUE', 'UBND xã Cẩm Duệ', 'xa', { radio: true, desk: true }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'move',
    sources: ['HT-CX-CL'],
    target: commune('HT-CAMLAC', 'UBND xã Cẩm Lạc', 'xa', { desk: true, postOffices: 1 }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'merge',
    sources: ['HT-CX-TT', 'HT-CX-CQ', 'HT-CX'],
    target: commune('HT-CAMXUYEN', 'UBND xã Cẩm Xuyên', 'xa', {
      portal: true,
      radio: true,
      desk: true,
    }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'merge',
    sources: ['HT-TH-TK', 'HT-TH-TL', 'HT-TH-VT'],
    target: commune('HT-VIETXUYEN', 'UBND xã Việt Xuyên', 'xa', {
      radio: true,
      desk: true,
      postOffices: 2,
    }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'move',
    sources: ['HT-TH-ND'],
    target: commune('HT-TOANLUU', 'UBND xã Toàn Lưu', 'xa', { radio: true }),
    effectiveDate: TWO_TIER,
  },
  {
    kind: 'merge',
    sources: ['HT-TH-TT', 'HT-TH-TLG', 'HT-TH-TS', 'HT-TH'],
    target: commune('HT-THACHHA', 'UBND xã Thạch Hà', 'xa', {
      portal: true,
      radio: true,
      desk: true,
    }),
    effectiveDate: TWO_TIER,
  },
]

/**
 * Hà Tĩnh's other commune-level units of today in the demo (their predecessors are not part of it),
 * and a ward's public-service centre as its sub-unit.
 */
export const seedUnitsOfToday: SeedUnit[] = [
  commune('HT-BACHONGLINH', 'UBND phường Bắc Hồng Lĩnh', 'phuong', {
    portal: true,
    radio: true,
    desk: true,
  }),
  commune('HT-SONGTRI', 'UBND phường Sông Trí', 'phuong', { radio: true, desk: true }),
  commune('HT-VUNGANG', 'UBND phường Vũng Áng', 'phuong', {
    portal: true,
    radio: true,
    desk: true,
  }),
  commune('HT-NGHIXUAN', 'UBND xã Nghi Xuân', 'xa', { radio: true, desk: true, postOffices: 2 }),
  commune('HT-DUCTHO', 'UBND xã Đức Thọ', 'xa', { portal: true, radio: true, desk: true }),
  commune('HT-HUONGSON', 'UBND xã Hương Sơn', 'xa', { radio: true, desk: true, postOffices: 1 }),
  commune('HT-VUQUANG', 'UBND xã Vũ Quang', 'xa', { radio: true, postOffices: 1 }),
  commune('HT-CANLOC', 'UBND xã Can Lộc', 'xa', { radio: true, desk: true }),
  commune('HT-LOCHA', 'UBND xã Lộc Hà', 'xa', { desk: true, postOffices: 1 }),
  commune('HT-HUONGKHE', 'UBND xã Hương Khê', 'xa', { portal: true, radio: true, desk: true }),
  {
    code: 'HT-THANHSEN-TTPV',
    name: 'Trung tâm Phục vụ hành chính công phường Thành Sen',
    level: 'communeUnit',
    parent: 'HT-THANHSEN',
    validFrom: TWO_TIER,
    desk: true,
  },
]

export const demoMailDomain = 'hatinh.demo'
