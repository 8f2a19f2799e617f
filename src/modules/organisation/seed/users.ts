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
    name: 'Lê Thị Thu (huyện Cẩm Xuyên)',
    roles: ['reporter'],
    unit: 'HT-CX',
  },
  {
    email: 'baocao.cambinh@hatinh.demo',
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
