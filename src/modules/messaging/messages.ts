import { defineMessages, type CatalogKey } from '@/platform/i18n/catalog'

/**
 * Messaging texts a user reads, Vietnamese first. The English catalogue must have the same keys
 * (checked by type); placeholders use `{{name}}`.
 */
export const messages = defineMessages(
  {
    'health.ok': 'Hoạt động bình thường',
    'health.degraded': 'Đang hoạt động, nhưng có phần cần xử lý (xem danh sách)',
    'health.down': 'Cơ sở dữ liệu không phản hồi',
    // password reset by mail
    'mail.template.passwordReset': 'Đặt lại mật khẩu',
    'passwordReset.subject': 'Đặt lại mật khẩu tài khoản quản trị',
    'passwordReset.body':
      'Hệ thống nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Bấm nút bên dưới để chọn mật khẩu mới.',
    'passwordReset.expires': 'Liên kết dùng được một lần và hết hạn lúc {{time}}.',
    'passwordReset.ignore':
      'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
    'passwordReset.accepted':
      'Nếu địa chỉ này thuộc một tài khoản, thư hướng dẫn đặt lại mật khẩu sẽ được gửi đến trong ít phút.',
    'passwordReset.emailRequired': 'Vui lòng nhập địa chỉ thư điện tử.',
    'passwordReset.noSuchUser': 'Không tìm thấy người dùng.',
    'passwordReset.sent': 'Đã xếp thư đặt lại mật khẩu gửi đến {{email}}.',
    // notifications, outbox and schedules
    'mail.footer':
      'Thư gửi tự động từ hệ thống tuyên truyền cải cách hành chính. Vui lòng không trả lời thư này.',
    'mail.open': 'Mở trong trang quản trị',
    'mail.greeting': 'Kính gửi {{name}},',
    'mail.unit': 'Đơn vị: {{unit}}',
    'mail.more': '… và {{count}} mục khác',
    'webhooks.collection.articles': 'Tin bài',
    'webhooks.collection.faqs': 'Hỏi đáp thủ tục hành chính',
    'webhooks.singular': 'Webhook cổng thông tin',
    'webhooks.plural': 'Webhook cổng thông tin',
    'webhooks.name': 'Tên cổng/đơn vị nhận',
    'webhooks.url': 'Địa chỉ nhận (URL)',
    'webhooks.secret': 'Khóa ký (bí mật)',
    'webhooks.secret.description':
      'Để trống để hệ thống tự tạo. Cổng thông tin dùng khóa này kiểm tra chữ ký X-CCHC-Signature.',
    'webhooks.collections': 'Loại nội dung',
    'webhooks.events': 'Sự kiện',
    'webhooks.event.published': 'Đăng mới',
    'webhooks.event.updated': 'Cập nhật',
    'webhooks.event.unpublished': 'Gỡ xuống',
    // outbox
    'outbox.singular': 'Thư/sự kiện đi',
    'outbox.plural': 'Hộp thư đi',
    'outbox.key': 'Khóa chống gửi trùng',
    'outbox.channel': 'Kênh',
    'outbox.channel.email': 'Email',
    'outbox.channel.webhook': 'Webhook',
    'outbox.template': 'Mẫu',
    'outbox.to': 'Người nhận',
    'outbox.template.webhookEvent': 'Sự kiện webhook',
    'webhooks.gone': 'Webhook đã bị xóa hoặc tắt',
    'webhooks.privateAddress':
      'Địa chỉ "{{url}}" trỏ vào máy chủ này hoặc mạng nội bộ: webhook chỉ gửi tới địa chỉ công khai.',
    'outbox.language': 'Ngôn ngữ',
    'outbox.subject': 'Tiêu đề',
    'outbox.data': 'Dữ liệu',
    'outbox.state': 'Trạng thái',
    'outbox.state.pending': 'Chờ gửi',
    'outbox.state.sending': 'Đang gửi',
    'outbox.state.sent': 'Đã gửi',
    'outbox.state.failed': 'Gửi lỗi',
    'outbox.state.cancelled': 'Đã hủy',
    'outbox.state.held': 'Đang giữ (chưa cấu hình SMTP)',
    'outbox.attempts': 'Số lần thử',
    'outbox.nextAttemptAt': 'Thử lại lúc',
    'outbox.leaseUntil': 'Giữ quyền gửi đến',
    'outbox.lastError': 'Lỗi gần nhất',
    'outbox.sentAt': 'Gửi lúc',
    'outbox.unit': 'Đơn vị liên quan',
    'outbox.retry': 'Gửi lại',
    'outbox.cancel': 'Hủy gửi',
    'outbox.retried': 'Đã đưa vào hàng chờ gửi lại.',
    'outbox.cancelled': 'Đã hủy, thư sẽ không được gửi.',
    'outbox.cannotRetry': 'Thư đang ở trạng thái “{{state}}”, không thể gửi lại.',
    'outbox.cannotCancel': 'Thư đang ở trạng thái “{{state}}”, không thể hủy.',
    'outbox.notFound': 'Không tìm thấy thư trong hộp thư đi.',
    'outbox.actionsHint': 'Thư lỗi hoặc đang giữ có thể gửi lại; thư chưa gửi có thể hủy.',
    'outbox.preview': 'Xem trước thư',
    'outbox.previewLoading': 'Đang dựng thư…',
    'outbox.previewHtml': 'Thư (HTML)',
    'outbox.previewText': 'Bản văn bản thuần',
    'outbox.previewUnavailable':
      'Không dựng được thư này (mẫu thư không còn hoặc dữ liệu không khớp).',
    'health.mailNotConfigured':
      'Chưa cấu hình SMTP: thư được ghi vào nhật ký và giữ trong hộp thư đi.',
    'health.mailUnreachable': 'Không kết nối được máy chủ SMTP: {{error}}',
    'health.schedulerStale': 'Bộ lập lịch không chạy từ {{time}}.',
    'health.noWorker': 'Chưa có tiến trình nào chạy lịch tự động (PROCESS_ROLE=worker hoặc all).',
    'health.restarted':
      'Máy chủ web đã tự khởi động lại {{count}} lần; lần gần nhất lúc {{time}} ({{reason}}). Xem nhật ký.',
  },
  {
    'health.ok': 'Healthy',
    'health.degraded': 'Running, with problems to fix (see the list)',
    'health.down': 'The database does not answer',
    // password reset by mail
    'mail.template.passwordReset': 'Password reset',
    'passwordReset.subject': 'Reset the password of your admin account',
    'passwordReset.body':
      'We received a request to reset the password of your account. Use the button below to choose a new password.',
    'passwordReset.expires': 'The link works once and expires at {{time}}.',
    'passwordReset.ignore':
      'If you did not ask for this, ignore this mail: your current password stays as it is.',
    'passwordReset.accepted':
      'If this address belongs to an account, a mail with a reset link will arrive in a few minutes.',
    'passwordReset.emailRequired': 'Please enter an email address.',
    'passwordReset.noSuchUser': 'No such user.',
    'passwordReset.sent': 'A password reset mail to {{email}} is queued.',
    // notifications, outbox and schedules
    'mail.footer':
      'Sent automatically by the administrative-reform outreach system. Please do not reply.',
    'mail.open': 'Open in the admin',
    'mail.greeting': 'Dear {{name}},',
    'mail.unit': 'Unit: {{unit}}',
    'mail.more': '… and {{count}} more',
    'webhooks.collection.articles': 'News articles',
    'webhooks.collection.faqs': 'Procedure Q&A',
    'webhooks.singular': 'Portal webhook',
    'webhooks.plural': 'Portal webhooks',
    'webhooks.name': 'Receiving portal/unit',
    'webhooks.url': 'Receiving URL',
    'webhooks.secret': 'Signing secret',
    'webhooks.secret.description':
      'Leave empty to have one made. The portal checks the X-CCHC-Signature header with it.',
    'webhooks.collections': 'Content types',
    'webhooks.events': 'Events',
    'webhooks.event.published': 'Published',
    'webhooks.event.updated': 'Updated',
    'webhooks.event.unpublished': 'Unpublished',
    // outbox
    'outbox.singular': 'Outgoing message',
    'outbox.plural': 'Outbox',
    'outbox.key': 'Idempotency key',
    'outbox.channel': 'Channel',
    'outbox.channel.email': 'Email',
    'outbox.channel.webhook': 'Webhook',
    'outbox.template': 'Template',
    'outbox.to': 'Recipient',
    'outbox.template.webhookEvent': 'Webhook event',
    'webhooks.gone': 'The webhook was removed or disabled',
    'webhooks.privateAddress':
      'The address "{{url}}" points at this server or a private network: webhooks go to public addresses only.',
    'outbox.language': 'Language',
    'outbox.subject': 'Subject',
    'outbox.data': 'Data',
    'outbox.state': 'State',
    'outbox.state.pending': 'Pending',
    'outbox.state.sending': 'Sending',
    'outbox.state.sent': 'Sent',
    'outbox.state.failed': 'Failed',
    'outbox.state.cancelled': 'Cancelled',
    'outbox.state.held': 'Held (no SMTP configured)',
    'outbox.attempts': 'Attempts',
    'outbox.nextAttemptAt': 'Next attempt at',
    'outbox.leaseUntil': 'Claimed until',
    'outbox.lastError': 'Last error',
    'outbox.sentAt': 'Sent at',
    'outbox.unit': 'Unit concerned',
    'outbox.retry': 'Send again',
    'outbox.cancel': 'Cancel',
    'outbox.retried': 'Queued to be sent again.',
    'outbox.cancelled': 'Cancelled; it will not be sent.',
    'outbox.cannotRetry': 'The message is “{{state}}”; it cannot be sent again.',
    'outbox.cannotCancel': 'The message is “{{state}}”; it cannot be cancelled.',
    'outbox.notFound': 'No such message in the outbox.',
    'outbox.actionsHint':
      'Failed or held messages can be sent again; unsent ones can be cancelled.',
    'outbox.preview': 'Mail preview',
    'outbox.previewLoading': 'Rendering the mail…',
    'outbox.previewHtml': 'Mail (HTML)',
    'outbox.previewText': 'Plain-text version',
    'outbox.previewUnavailable':
      'This mail cannot be rendered (its template is gone or its data does not fit).',
    'health.mailNotConfigured':
      'No SMTP configured: mails are written to the log and held in the outbox.',
    'health.mailUnreachable': 'Cannot reach the SMTP server: {{error}}',
    'health.schedulerStale': 'The scheduler has not run since {{time}}.',
    'health.noWorker': 'No process runs the schedules yet (PROCESS_ROLE=worker or all).',
    'health.restarted':
      'The web server was restarted {{count}} times; the last at {{time}} ({{reason}}). See the log.',
  },
)

export type MessageKey = CatalogKey<typeof messages>
