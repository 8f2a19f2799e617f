import { defineMessages, type CatalogKey } from './catalog'

/**
 * Shared texts a user reads, Vietnamese first. The English catalogue must have the same keys
 * (checked by type); placeholders use `{{name}}`.
 */
export const coreMessages = defineMessages(
  {
    // navigation groups
    'group.organisation': 'Tổ chức',
    'group.content': 'Nội dung',
    'group.engagement': 'Tương tác với người dân',
    'group.campaigns': 'Kế hoạch tuyên truyền',
    // shared fields
    'taxonomy.name': 'Tên',
    'taxonomy.description': 'Mô tả',
    'taxonomy.order': 'Thứ tự',
    'slug.label': 'Đường dẫn (slug)',
    'slug.description': 'Tự tạo từ tiêu đề, không dấu. Có thể sửa.',
    'slug.invalid':
      'Đường dẫn "{{slug}}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
    'slug.taken': 'Đường dẫn "{{slug}}" đã được dùng cho bài khác. Hãy chọn đường dẫn khác.',
    // access and generic
    'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
    'error.unauthenticated': 'Vui lòng đăng nhập.',
  },
  {
    'group.organisation': 'Organisation',
    'group.content': 'Content',
    'group.engagement': 'Citizen engagement',
    'group.campaigns': 'Outreach plans',
    'taxonomy.name': 'Name',
    'taxonomy.description': 'Description',
    'taxonomy.order': 'Order',
    'slug.label': 'Slug',
    'slug.description': 'Made from the title without tone marks. May be edited.',
    'slug.invalid': 'Slug "{{slug}}" is invalid: use lower-case ASCII letters, digits and dashes.',
    'slug.taken': 'Slug "{{slug}}" is already used by another document. Choose another.',
    'error.forbidden': 'You are not allowed to do this.',
    'error.unauthenticated': 'Please log in.',
  },
)

export type CoreMessageKey = CatalogKey<typeof coreMessages>
