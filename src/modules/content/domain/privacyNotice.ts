/**
 * The privacy notice citizens read before they consent (Law 91/2025/QH15, Decree 356/2025/NĐ-CP):
 * the text admins start from until they save their own, and the rule that every saved text is a new
 * version (a consent names the version its giver read).
 */

export type PrivacyNoticeText = {
  version: number
  vi: string
  en: string
  /** When the admins' text took effect (none for the built-in text). */
  publishedAt?: string | null
}

export const DEFAULT_NOTICE_VERSION = 1

export const defaultPrivacyNotice: PrivacyNoticeText = {
  version: DEFAULT_NOTICE_VERSION,
  vi: [
    'Thông báo xử lý dữ liệu cá nhân',
    'Khi Ông/Bà gửi câu hỏi hoặc bình luận, cơ quan thu thập họ tên, email và số điện thoại (nếu Ông/Bà cung cấp) cùng nội dung gửi, chỉ để tiếp nhận, xử lý và trả lời. Số điện thoại và họ tên trong bình luận là không bắt buộc.',
    'Nội dung chỉ được công khai khi Ông/Bà đồng ý, và luôn ẩn danh: họ tên, email, số điện thoại không bao giờ được đăng. Trước khi đăng, cán bộ kiểm tra để xóa thông tin cá nhân trong nội dung.',
    'Chỉ cán bộ trả lời câu hỏi và kiểm duyệt bình luận được xem thông tin liên hệ. Thông tin liên hệ được ẩn danh 12 tháng sau khi trả lời; bình luận không được đăng bị xóa sau 6 tháng; bản ghi đồng ý được giữ chừng nào dữ liệu liên quan còn được lưu.',
    'Ông/Bà có quyền rút lại sự đồng ý (qua đường dẫn trong mỗi thư cơ quan gửi), yêu cầu xem, sửa, xóa dữ liệu hoặc phản đối việc xử lý theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định 356/2025/NĐ-CP. Yêu cầu được xác nhận trong 2 ngày làm việc và giải quyết trong 15 ngày.',
  ].join('\n\n'),
  en: [
    'Personal data notice',
    'When you send a question or a comment we collect your name, email and phone number (if you give it) with what you wrote, only to receive, handle and answer it. A phone number, and a name on a comment, are optional.',
    'What you wrote is made public only if you agree, and always anonymously: your name, email and phone number are never published. Before publishing, staff check the text and remove personal information from it.',
    'Only the staff who answer questions and moderate comments see contact details. Contact details are anonymised 12 months after the answer; comments never published are deleted after 6 months; consent records are kept as long as the data they cover.',
    'You may withdraw your consent (with the link in every mail we send you), ask to see, correct or delete your data, or object to its processing under Personal Data Protection Law 91/2025/QH15 and Decree 356/2025/NĐ-CP. Requests are acknowledged within 2 working days and handled within 15 days.',
  ].join('\n\n'),
}

/** The version a save makes: one more than the stored one (the built-in text is version 1). */
export const nextNoticeVersion = (stored: number | null | undefined): number =>
  Math.max(stored ?? DEFAULT_NOTICE_VERSION, DEFAULT_NOTICE_VERSION) + 1

/** The notice in force: the admins' saved text, or the built-in one until they save theirs. */
export const noticeInForce = (
  stored: {
    version?: number | null
    textVi?: string | null
    textEn?: string | null
    publishedAt?: string | null
  } | null,
): PrivacyNoticeText =>
  stored?.textVi?.trim()
    ? {
        version: stored.version ?? DEFAULT_NOTICE_VERSION,
        vi: stored.textVi,
        en: stored.textEn?.trim() ? stored.textEn : stored.textVi,
        publishedAt: stored.publishedAt ?? null,
      }
    : defaultPrivacyNotice
