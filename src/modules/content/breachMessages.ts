import { defineMessages } from '@/platform/i18n/catalog'

/**
 * Texts of the personal-data breach register (merged into the content module's catalogue), kept
 * apart so the register's keys stay together.
 */
export const breachMessages = defineMessages(
  {
    'breaches.singular': 'Sự cố dữ liệu cá nhân',
    'breaches.plural': 'Sự cố dữ liệu cá nhân',
    'breach.title': 'Tên sự cố',
    'breach.discoveredAt': 'Thời điểm phát hiện',
    'breach.discoveredAt.description':
      'Thời hạn thông báo cho Cục A05 - Bộ Công an là 72 giờ kể từ thời điểm này.',
    'breach.occurredAt': 'Thời điểm xảy ra',
    'breach.description': 'Mô tả sự cố (diễn biến, địa điểm, hành vi)',
    'breach.dataCategories': 'Loại dữ liệu cá nhân bị ảnh hưởng',
    'breach.affectedPeople': 'Số người bị ảnh hưởng (ước tính)',
    'breach.consequences': 'Hậu quả, thiệt hại có thể xảy ra',
    'breach.measures': 'Biện pháp đã và sẽ thực hiện',
    'breach.status': 'Trạng thái',
    'breach.status.discovered': 'Mới phát hiện',
    'breach.status.handling': 'Đang xử lý',
    'breach.status.notified': 'Đã thông báo',
    'breach.status.remedied': 'Đã khắc phục',
    'breach.status.closed': 'Đóng',
    'breach.notifiedAt': 'Thời điểm đã thông báo Cục A05 - Bộ Công an',
    'breach.notifiedAt.description':
      'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an.',
    'breach.lateReason': 'Lý do thông báo chậm (sau 72 giờ)',
    'breach.subjectsInformed': 'Đã thông báo cho người bị ảnh hưởng',
    'breach.subjectsInformedNote': 'Cách thức, thời điểm thông báo cho người bị ảnh hưởng',
    'breach.contactName': 'Người liên hệ',
    'breach.contactPosition': 'Chức vụ người liên hệ',
    'breach.contactPhone': 'Điện thoại người liên hệ',
    'breach.contactEmail': 'Thư điện tử người liên hệ',
    'breach.reportingUnit': 'Cơ quan thông báo',
    'breach.reportingUnit.description':
      'Cơ quan đứng tên trên văn bản thông báo; để trống thì dùng cơ quan cấp tỉnh.',
    'breach.deadline': 'Hạn thông báo (72 giờ)',
    'breach.deadline.open': '{{deadline}} (còn {{hours}} giờ)',
    'breach.deadline.overdue': '{{deadline}} (quá hạn {{hours}} giờ)',
    'breach.deadline.notifiedOnTime': '{{deadline}} (đã thông báo đúng hạn)',
    'breach.deadline.notifiedLate': '{{deadline}} (đã thông báo chậm)',
    'breach.downloadNotice': 'Tải thông báo 72 giờ (Word)',
    'breach.downloadNoticePdf': 'Tải thông báo 72 giờ (PDF)',
    'breach.lateReasonRequired':
      'Thông báo sau 72 giờ kể từ khi phát hiện: hãy ghi lý do thông báo chậm.',
    'breach.notifiedBeforeDiscovery': 'Thời điểm thông báo không thể trước thời điểm phát hiện.',
    'breach.occurredAfterDiscovery': 'Thời điểm xảy ra không thể sau thời điểm phát hiện.',
    'breach.notifiedRequired':
      'Trạng thái “Đã thông báo” cần thời điểm đã thông báo Cục A05 - Bộ Công an.',
    'breach.notFound': 'Không tìm thấy sự cố dữ liệu cá nhân này.',
    'breach.badFormat': 'Định dạng “{{format}}” không được hỗ trợ; hãy chọn docx hoặc pdf.',
    'mail.template.breachRegistered': 'Sự cố dữ liệu cá nhân mới được ghi nhận',
    'mail.template.breachDayLeft': 'Sự cố dữ liệu cá nhân: còn 24 giờ để thông báo',
    'mail.template.breachOverdue': 'Sự cố dữ liệu cá nhân: quá hạn 72 giờ chưa thông báo',
    'breach.mail.registered.subject': 'Sự cố dữ liệu cá nhân mới: {{title}}',
    'breach.mail.registered.body':
      'Sự cố “{{title}}” được ghi nhận, phát hiện lúc {{discovered}}. Phải thông báo cho Cục A05 - Bộ Công an chậm nhất {{deadline}} (72 giờ kể từ khi phát hiện).',
    'breach.mail.dayLeft.subject': 'Còn 24 giờ để thông báo sự cố: {{title}}',
    'breach.mail.dayLeft.body':
      'Sự cố “{{title}}” chưa được thông báo cho Cục A05 - Bộ Công an. Hạn thông báo là {{deadline}}. Hãy tải mẫu thông báo trong sổ sự cố.',
    'breach.mail.overdue.subject': 'Quá hạn 72 giờ: sự cố {{title}} chưa được thông báo',
    'breach.mail.overdue.body':
      'Hạn thông báo sự cố “{{title}}” cho Cục A05 - Bộ Công an đã qua lúc {{deadline}}. Hãy thông báo ngay và ghi lý do thông báo chậm.',
  },
  {
    'breaches.singular': 'Personal-data breach',
    'breaches.plural': 'Personal-data breaches',
    'breach.title': 'Breach name',
    'breach.discoveredAt': 'Discovered at',
    'breach.discoveredAt.description':
      'The authority (A05, Ministry of Public Security) must be notified within 72 hours of this moment.',
    'breach.occurredAt': 'Occurred at',
    'breach.description': 'Description (what happened, where, how)',
    'breach.dataCategories': 'Categories of personal data affected',
    'breach.affectedPeople': 'People affected (approximate)',
    'breach.consequences': 'Likely consequences',
    'breach.measures': 'Measures taken and planned',
    'breach.status': 'Status',
    'breach.status.discovered': 'Just discovered',
    'breach.status.handling': 'Being handled',
    'breach.status.notified': 'Notified',
    'breach.status.remedied': 'Remedied',
    'breach.status.closed': 'Closed',
    'breach.notifiedAt': 'Authority (A05, Ministry of Public Security) notified at',
    'breach.notifiedAt.description':
      'Department of Cybersecurity and High-Tech Crime Prevention (A05), Ministry of Public Security.',
    'breach.lateReason': 'Reason for late notification (after 72 hours)',
    'breach.subjectsInformed': 'Affected people informed',
    'breach.subjectsInformedNote': 'How and when the affected people were informed',
    'breach.contactName': 'Contact person',
    'breach.contactPosition': 'Contact person’s position',
    'breach.contactPhone': 'Contact phone',
    'breach.contactEmail': 'Contact e-mail',
    'breach.reportingUnit': 'Notifying body',
    'breach.reportingUnit.description':
      'The body named on the notification; empty: the provincial body.',
    'breach.deadline': 'Notification deadline (72 hours)',
    'breach.deadline.open': '{{deadline}} ({{hours}} hours left)',
    'breach.deadline.overdue': '{{deadline}} ({{hours}} hours overdue)',
    'breach.deadline.notifiedOnTime': '{{deadline}} (notified on time)',
    'breach.deadline.notifiedLate': '{{deadline}} (notified late)',
    'breach.downloadNotice': 'Download the 72-hour notification (Word)',
    'breach.downloadNoticePdf': 'Download the 72-hour notification (PDF)',
    'breach.lateReasonRequired':
      'Notified more than 72 hours after discovery: give the reason for the late notification.',
    'breach.notifiedBeforeDiscovery': 'The notification cannot come before the discovery.',
    'breach.occurredAfterDiscovery': 'The breach cannot have occurred after it was discovered.',
    'breach.notifiedRequired':
      'The status “Notified” needs the moment the authority (A05) was notified.',
    'breach.notFound': 'This personal-data breach was not found.',
    'breach.badFormat': 'Format “{{format}}” is not supported; choose docx or pdf.',
    'mail.template.breachRegistered': 'Personal-data breach registered',
    'mail.template.breachDayLeft': 'Personal-data breach: 24 hours left to notify',
    'mail.template.breachOverdue': 'Personal-data breach: 72 hours passed without notification',
    'breach.mail.registered.subject': 'New personal-data breach: {{title}}',
    'breach.mail.registered.body':
      'The breach “{{title}}” was registered, discovered at {{discovered}}. The authority (A05, Ministry of Public Security) must be notified by {{deadline}} (72 hours after discovery).',
    'breach.mail.dayLeft.subject': '24 hours left to notify the breach: {{title}}',
    'breach.mail.dayLeft.body':
      'The breach “{{title}}” has not been notified to the authority (A05). The deadline is {{deadline}}. The notification template is in the breach register.',
    'breach.mail.overdue.subject': '72 hours passed: breach {{title}} not notified',
    'breach.mail.overdue.body':
      'The deadline to notify the breach “{{title}}” to the authority (A05) passed at {{deadline}}. Notify it now and record the reason for the delay.',
  },
)
