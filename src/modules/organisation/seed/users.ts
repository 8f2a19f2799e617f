import type { Role } from '@/platform/roles'

export type SeedUser = {
  email: string
  name: string
  roles: Role[]
  unit: string
  apiKey?: boolean
}

/** One demo account per role; all share DEMO_PASSWORD (the admin's login comes from the environment). */
export const DEMO_PASSWORD = 'DemoCCHC@2026'

export const seedUsers: SeedUser[] = [
  {
    email: 'bientap@hatinh.demo',
    name: 'Nguyễn Thị Hồng (biên tập)',
    roles: ['editor'],
    unit: 'HT',
  },
  {
    email: 'pheduyet@hatinh.demo',
    name: 'Trần Văn Minh (phê duyệt)',
    roles: ['reviewer'],
    unit: 'HT',
  },
  {
    email: 'baocao.camxuyen@hatinh.demo',
    // Worked for the district until it closed on 30/06/2025; since then for the commune at its seat.
    name: 'Lê Thị Thu (Cẩm Xuyên)',
    roles: ['reporter'],
    unit: 'HT-CX',
  },
  {
    email: 'baocao.cambinh@hatinh.demo',
    // Moved with the commune of Cẩm Bình into the merged commune of Cẩm Bình on 01/07/2025.
    name: 'Phan Văn Hải (xã Cẩm Bình)',
    roles: ['reporter'],
    unit: 'HT-CX-CB',
  },
  {
    email: 'lanhdao@hatinh.demo',
    name: 'Đặng Quốc Khánh (lãnh đạo tỉnh)',
    roles: ['viewer'],
    unit: 'HT',
  },
  {
    email: 'cong-thong-tin@hatinh.demo',
    name: 'Cổng thông tin điện tử tỉnh',
    roles: ['portal'],
    unit: 'HT',
    apiKey: true,
  },
]
