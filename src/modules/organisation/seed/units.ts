import type { UnitLevel } from '@/modules/organisation/domain/hierarchy'

export type SeedUnit = {
  code: string
  name: string
  level: UnitLevel
  parent?: string
  portal?: boolean
  radio?: boolean
  desk?: boolean
  postOffices?: number
}

/**
 * A demo province modelled on Hà Tĩnh: departments, three districts and their communes with varied
 * equipment, so later quotas ("every commune radio station…") have units both in and out of scope.
 * Mail goes to an unroutable demo domain so a demo can never write to a real office.
 */
export const seedUnits: SeedUnit[] = [
  { code: 'HT', name: 'UBND tỉnh Hà Tĩnh', level: 'province', portal: true, desk: true },
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
  { code: 'HT-VP', name: 'Văn phòng UBND tỉnh', level: 'department', parent: 'HT', portal: true },
  {
    code: 'HT-TTHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    level: 'department',
    parent: 'HT',
    desk: true,
  },

  {
    code: 'HT-TP',
    name: 'UBND thành phố Hà Tĩnh',
    level: 'district',
    parent: 'HT',
    portal: true,
    desk: true,
  },
  {
    code: 'HT-TP-BH',
    name: 'UBND phường Bắc Hà',
    level: 'commune',
    parent: 'HT-TP',
    portal: true,
    radio: true,
    desk: true,
  },
  {
    code: 'HT-TP-NH',
    name: 'UBND phường Nam Hà',
    level: 'commune',
    parent: 'HT-TP',
    portal: true,
    radio: true,
    desk: true,
  },
  {
    code: 'HT-TP-TP',
    name: 'UBND phường Trần Phú',
    level: 'commune',
    parent: 'HT-TP',
    radio: true,
    desk: true,
  },
  {
    code: 'HT-TP-TG',
    name: 'UBND phường Tân Giang',
    level: 'commune',
    parent: 'HT-TP',
    portal: true,
    desk: true,
  },
  {
    code: 'HT-TP-DN',
    name: 'UBND phường Đại Nài',
    level: 'commune',
    parent: 'HT-TP',
    radio: true,
    desk: true,
  },
  {
    code: 'HT-TP-DM',
    name: 'UBND xã Đồng Môn',
    level: 'commune',
    parent: 'HT-TP',
    radio: true,
    desk: true,
    postOffices: 1,
  },
  {
    code: 'HT-TP-TH',
    name: 'UBND xã Thạch Hạ',
    level: 'commune',
    parent: 'HT-TP',
    radio: true,
    desk: true,
    postOffices: 1,
  },

  {
    code: 'HT-CX',
    name: 'UBND huyện Cẩm Xuyên',
    level: 'district',
    parent: 'HT',
    portal: true,
    desk: true,
  },
  {
    code: 'HT-CX-TT',
    name: 'UBND thị trấn Cẩm Xuyên',
    level: 'commune',
    parent: 'HT-CX',
    portal: true,
    radio: true,
    desk: true,
  },
  {
    code: 'HT-CX-CB',
    name: 'UBND xã Cẩm Bình',
    level: 'commune',
    parent: 'HT-CX',
    radio: true,
    desk: true,
    postOffices: 1,
  },
  {
    code: 'HT-CX-CT',
    name: 'UBND xã Cẩm Thành',
    level: 'commune',
    parent: 'HT-CX',
    radio: true,
    desk: true,
    postOffices: 2,
  },
  {
    code: 'HT-CX-CV',
    name: 'UBND xã Cẩm Vịnh',
    level: 'commune',
    parent: 'HT-CX',
    desk: true,
    postOffices: 1,
  },
  {
    code: 'HT-CX-CQ',
    name: 'UBND xã Cẩm Quang',
    level: 'commune',
    parent: 'HT-CX',
    radio: true,
    desk: true,
  },
  {
    code: 'HT-CX-CD',
    name: 'UBND xã Cẩm Duệ',
    level: 'commune',
    parent: 'HT-CX',
    radio: true,
    postOffices: 1,
  },
  { code: 'HT-CX-CL', name: 'UBND xã Cẩm Lạc', level: 'commune', parent: 'HT-CX', desk: true },

  {
    code: 'HT-TH',
    name: 'UBND huyện Thạch Hà',
    level: 'district',
    parent: 'HT',
    portal: true,
    desk: true,
  },
  {
    code: 'HT-TH-TT',
    name: 'UBND thị trấn Thạch Hà',
    level: 'commune',
    parent: 'HT-TH',
    portal: true,
    radio: true,
    desk: true,
  },
  {
    code: 'HT-TH-TK',
    name: 'UBND xã Thạch Kênh',
    level: 'commune',
    parent: 'HT-TH',
    radio: true,
    desk: true,
    postOffices: 1,
  },
  {
    code: 'HT-TH-TL',
    name: 'UBND xã Thạch Liên',
    level: 'commune',
    parent: 'HT-TH',
    radio: true,
    desk: true,
  },
  {
    code: 'HT-TH-TS',
    name: 'UBND xã Thạch Sơn',
    level: 'commune',
    parent: 'HT-TH',
    desk: true,
    postOffices: 1,
  },
  {
    code: 'HT-TH-TLG',
    name: 'UBND xã Thạch Long',
    level: 'commune',
    parent: 'HT-TH',
    radio: true,
    desk: true,
  },
  { code: 'HT-TH-ND', name: 'UBND xã Nam Điền', level: 'commune', parent: 'HT-TH', radio: true },
  {
    code: 'HT-TH-VT',
    name: 'UBND xã Việt Tiến',
    level: 'commune',
    parent: 'HT-TH',
    desk: true,
    postOffices: 1,
  },
]

export const demoMailDomain = 'hatinh.demo'
