import type { ProcedureFieldKey, ReformAreaKey } from './types'

/** The six areas of the national reform programme; editors may add a seventh. */
export const seedReformAreas: Record<
  ReformAreaKey,
  { name: string; description: string; order: number }
> = {
  institutional: {
    name: 'Cải cách thể chế',
    description: 'Xây dựng, rà soát và tổ chức thi hành văn bản quy phạm pháp luật.',
    order: 1,
  },
  procedures: {
    name: 'Cải cách thủ tục hành chính',
    description: 'Rà soát, đơn giản hóa và công khai thủ tục; một cửa, một cửa liên thông.',
    order: 2,
  },
  apparatus: {
    name: 'Cải cách tổ chức bộ máy',
    description: 'Sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.',
    order: 3,
  },
  civilService: {
    name: 'Cải cách chế độ công vụ',
    description: 'Nâng cao chất lượng, kỷ luật, kỷ cương của cán bộ, công chức, viên chức.',
    order: 4,
  },
  publicFinance: {
    name: 'Cải cách tài chính công',
    description: 'Quản lý ngân sách, tự chủ tài chính của đơn vị sự nghiệp công lập.',
    order: 5,
  },
  digitalGovernment: {
    name: 'Xây dựng chính quyền điện tử, chính quyền số',
    description: 'Dịch vụ công trực tuyến, chuyển đổi số trong cơ quan nhà nước.',
    order: 6,
  },
}

/** Procedure fields people ask about, as the seeds name them; editors keep the list. */
export const seedProcedureFields: Record<ProcedureFieldKey, { name: string; order: number }> = {
  investment: { name: 'Đầu tư', order: 1 },
  land: { name: 'Đất đai', order: 2 },
  construction: { name: 'Xây dựng', order: 3 },
  housing: { name: 'Sở hữu nhà ở', order: 4 },
  tax: { name: 'Thuế', order: 5 },
  customs: { name: 'Hải quan', order: 6 },
  export: { name: 'Xuất khẩu', order: 7 },
  import: { name: 'Nhập khẩu', order: 8 },
  health: { name: 'Y tế', order: 9 },
  insurance: { name: 'Bảo hiểm', order: 10 },
}
