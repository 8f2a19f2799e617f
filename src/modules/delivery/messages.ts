import { defineMessages, type CatalogKey } from '@/platform/i18n/catalog'

/**
 * Delivery texts a user reads, Vietnamese first. The English catalogue must have the same keys
 * (checked by type); placeholders use `{{name}}`.
 */
export const messages = defineMessages(
  {
    'calendar.notFound': 'Không tìm thấy.',
    'calendar.broadcastsName': 'Lịch phát sóng CCHC – {{unit}}',
    'calendar.deadlinesName': 'Hạn báo cáo CCHC – {{unit}}',
    'calendar.channel': 'Kênh: {{channel}}',
    'calendar.outlet': 'Nơi phát: {{outlet}}',
    'calendar.duration': 'Thời lượng: {{minutes}} phút',
    'calendar.deadlineSummary': 'Hạn báo cáo {{period}} – {{plan}}',
    'calendar.deadlineDescription':
      'Kế hoạch {{plan}}: {{title}}. Hạn nộp báo cáo {{period}}: {{deadline}}.',
    'calendar.deadlineAlarm': 'Còn 3 ngày đến hạn báo cáo {{period}} – {{plan}}',
    // public API v1 and feeds
    'public.api.title': 'API công khai tuyên truyền cải cách hành chính (CCHC), phiên bản 1',
    'public.api.docsTitle': 'Tài liệu API công khai CCHC v1',
    'public.api.description':
      'API chỉ đọc, không cần đăng nhập, cho các Cổng/Trang thông tin điện tử: tin bài và hỏi đáp thủ tục hành chính đã xuất bản, lĩnh vực cải cách, đơn vị, lịch phát sóng, kế hoạch tuyên truyền công khai và kết quả chỉ tiêu. Lỗi trả về { "error": { "code", "message" } } với thông báo tiếng Việt rồi tiếng Anh. Nguồn tin dạng RSS, Atom và JSON Feed: /feeds/articles.xml, /feeds/articles.atom, /feeds/articles.json và /feeds/faqs.xml, /feeds/faqs.atom, /feeds/faqs.json.',
    'public.api.tag.content': 'Nội dung',
    'public.api.tag.organisation': 'Đơn vị',
    'public.api.tag.schedule': 'Lịch phát sóng',
    'public.api.tag.plans': 'Kế hoạch',
    'public.api.op.listArticles': 'Danh sách tin bài đã xuất bản',
    'public.api.op.listArticles.description':
      'Mới nhất trước; khi có q thì phù hợp nhất trước (tìm không phân biệt dấu, trong 300 tin mới nhất khớp bộ lọc). Ngày lọc theo giờ Việt Nam, tính cả hai ngày from và to.',
    'public.api.op.getArticle': 'Một tin bài theo slug, kèm nội dung HTML và tin liên quan',
    'public.api.op.listFaqs': 'Danh sách hỏi đáp thủ tục hành chính đã xuất bản',
    'public.api.op.listFaqs.description':
      'Theo thứ tự biên tập viên sắp xếp, rồi mới nhất trước; khi có q thì phù hợp nhất trước.',
    'public.api.op.getFaq': 'Một hỏi đáp theo slug',
    'public.api.op.listReformAreas': 'Các lĩnh vực cải cách hành chính',
    'public.api.op.listUnits': 'Các đơn vị hoạt động trong một ngày (mặc định hôm nay)',
    'public.api.op.listUnits.description':
      'Các đơn vị hoạt động vào ngày at (mặc định hôm nay, giờ Việt Nam), hoặc các đơn vị trực thuộc trực tiếp một đơn vị (parent), hoặc một đơn vị theo mã (code). Mã của đơn vị đã sáp nhập, chia tách trả về các đơn vị kế thừa đang hoạt động vào ngày đó (trường successorOf cho biết mã đã hỏi), nên cổng thông tin vẫn dùng được mã cũ sau khi sắp xếp đơn vị.',
    'public.api.op.schedule': 'Lịch phát sóng, đăng tải tuyên truyền CCHC',
    'public.api.op.schedule.description':
      'Các buổi phát (đã tính lịch lặp lại) của một cơ quan báo chí, đài hoặc của các cơ quan do một đơn vị (và các đơn vị trực thuộc) quản lý, sớm nhất trước. Mặc định từ hôm nay đến 30 ngày sau; tối đa 93 ngày mỗi lần.',
    'public.api.op.listPlans': 'Các kế hoạch tuyên truyền được công khai',
    'public.api.op.scorecard': 'Kết quả thực hiện chỉ tiêu của một kế hoạch công khai',
    'public.api.op.scorecard.description':
      'Tỷ lệ đơn vị đạt từng chỉ tiêu trong kỳ (mặc định: quý vừa kết thúc) và theo từng quý của năm. Không có số liệu của từng đơn vị.',
    'public.api.p.area': 'Slug của lĩnh vực cải cách (xem /reform-areas).',
    'public.api.p.tag': 'Slug của thẻ.',
    'public.api.p.field': 'Slug của lĩnh vực thủ tục (ví dụ dat-dai).',
    'public.api.p.unit': 'Mã đơn vị (ví dụ HT-CAMBINH); không phân biệt chữ hoa, chữ thường.',
    'public.api.p.code':
      'Mã một đơn vị; nếu đơn vị đã thôi hoạt động vào ngày at thì trả về các đơn vị kế thừa.',
    'public.api.p.at': 'Ngày (YYYY-MM-DD, giờ Việt Nam); mặc định hôm nay.',
    'public.api.p.subtree':
      'true (mặc định): gồm cả các đơn vị trực thuộc; false: chỉ đúng đơn vị đó.',
    'public.api.p.featured': 'true: chỉ tin nổi bật; false: chỉ tin không nổi bật.',
    'public.api.p.from': 'Xuất bản từ ngày (YYYY-MM-DD, giờ Việt Nam).',
    'public.api.p.to': 'Xuất bản đến hết ngày (YYYY-MM-DD, giờ Việt Nam).',
    'public.api.p.scheduleFrom': 'Từ ngày (YYYY-MM-DD, giờ Việt Nam); mặc định hôm nay.',
    'public.api.p.scheduleTo': 'Đến hết ngày (YYYY-MM-DD); mặc định 30 ngày sau ngày bắt đầu.',
    'public.api.p.q':
      'Từ khóa tìm kiếm, gõ có dấu hay không dấu đều được ("thu tuc" tìm thấy "thủ tục").',
    'public.api.p.page': 'Trang, bắt đầu từ 1.',
    'public.api.p.limit': 'Số mục mỗi trang (1–50, mặc định 20).',
    'public.api.p.slug': 'Slug (đường dẫn không dấu).',
    'public.api.p.parent': 'Mã đơn vị cấp trên: chỉ liệt kê các đơn vị trực thuộc trực tiếp.',
    'public.api.p.outlet': 'Mã cơ quan phát sóng, báo chí (outlet.id trong lịch).',
    'public.api.p.planId': 'Mã kế hoạch (id trong /plans).',
    'public.api.p.period':
      'Kỳ: 2026-Q1 … 2026-Q4, 2026-H1 (6 tháng), 2026-9M (9 tháng), 2026-Y (cả năm).',
    'public.api.r.ok': 'Thành công.',
    'public.api.r.badRequest': 'Tham số không hợp lệ.',
    'public.api.r.notFound': 'Không tìm thấy (hoặc chưa công khai).',
    'public.api.param.required': 'Thiếu tham số "{{param}}".',
    'public.api.param.integer': 'Tham số "{{param}}" phải là số nguyên từ {{min}} đến {{max}}.',
    'public.api.param.boolean': 'Tham số "{{param}}" chỉ nhận true hoặc false.',
    'public.api.param.date':
      'Tham số "{{param}}" phải là ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-07-01).',
    'public.api.param.format': 'Tham số "{{param}}" không đúng định dạng.',
    'public.api.param.length': 'Tham số "{{param}}" quá dài (tối đa {{max}} ký tự).',
    'public.api.param.enum': 'Tham số "{{param}}" phải là một trong: {{values}}.',
    'public.api.range.order': 'Ngày "from" phải trước hoặc trùng ngày "to".',
    'public.api.range.tooLong': 'Mỗi lần chỉ xem được tối đa {{days}} ngày.',
    'public.api.unknownArea': 'Không có lĩnh vực cải cách "{{value}}".',
    'public.api.unknownTag': 'Không có thẻ "{{value}}".',
    'public.api.unknownField': 'Không có lĩnh vực thủ tục "{{value}}".',
    'public.api.unknownUnit': 'Không có đơn vị mã "{{value}}".',
    'public.api.unknownOutlet': 'Không có cơ quan phát sóng, báo chí "{{value}}" đang hoạt động.',
    'public.api.notFound': 'Không tìm thấy "{{path}}".',
    'public.api.articleNotFound':
      'Không tìm thấy tin bài "{{slug}}" (hoặc tin chưa được xuất bản).',
    'public.api.faqNotFound': 'Không tìm thấy hỏi đáp "{{slug}}" (hoặc chưa được xuất bản).',
    'public.api.planNotFound': 'Không tìm thấy kế hoạch công khai "{{id}}".',
    'public.api.schema.id': 'Mã tài liệu (luôn là chuỗi)',
    'public.api.schema.html': 'HTML đã làm sạch',
    'public.feed.articles.title': 'Tin cải cách hành chính',
    'public.feed.articles.description': 'Tin tức mới nhất về cải cách hành chính',
    'public.feed.faqs.title': 'Hỏi đáp thủ tục hành chính',
    'public.feed.faqs.description': 'Hỏi đáp mới nhất về thủ tục hành chính',
    // portal delivery: cache, widget
    'delivery.invalidApiKey': 'Khóa API không hợp lệ hoặc đã bị thu hồi.',
    'delivery.rateLimited':
      'Khóa API này đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau {{seconds}} giây.',
    'delivery.serverError': 'Máy chủ gặp lỗi khi trả lời yêu cầu này. Vui lòng thử lại sau.',
    'delivery.methodNotAllowed': 'API công khai chỉ cho phép đọc (GET, HEAD, OPTIONS).',
    'delivery.notFound': 'Không tìm thấy.',
    'privacy.page.title': 'Thông báo xử lý dữ liệu cá nhân',
    'privacy.page.version': 'Phiên bản {{version}}',
    'privacy.page.since': 'áp dụng từ {{date}}',
    'privacy.page.withdraw':
      'Để rút lại sự đồng ý, Ông/Bà dùng đường dẫn trong bất kỳ thư nào cơ quan đã gửi.',
    'privacy.withdraw.title': 'Rút lại sự đồng ý xử lý dữ liệu cá nhân',
    'privacy.withdraw.explain':
      'Khi rút lại, cơ quan ẩn danh họ tên, email, số điện thoại Ông/Bà đã gửi, gỡ bình luận khỏi trang công khai và ngừng xử lý dữ liệu cá nhân của Ông/Bà. Câu hỏi chưa được trả lời sẽ không thể trả lời qua thư.',
    'privacy.withdraw.button': 'Rút lại sự đồng ý',
    'privacy.page.request':
      'Ông/Bà có quyền xem, nhận bản sao, chỉnh sửa, yêu cầu xóa dữ liệu cá nhân của mình, rút lại sự đồng ý hoặc phản đối việc xử lý: gửi yêu cầu tại đây.',
    'privacy.request.title': 'Yêu cầu về dữ liệu cá nhân',
    'privacy.request.intro':
      'Cơ quan xác nhận đã nhận yêu cầu trong 2 ngày làm việc và trả lời trong 15 ngày làm việc (có thể gia hạn một lần, thêm tối đa 15 ngày làm việc). Vui lòng cho biết thư điện tử hoặc số điện thoại đã dùng khi gửi câu hỏi, bình luận.',
    'privacy.request.submit': 'Gửi yêu cầu',
    'privacy.request.working': 'Đang gửi…',
    'privacy.request.sent':
      'Đã nhận yêu cầu số {{id}}. Cơ quan sẽ xác nhận chậm nhất ngày {{ack}} và trả lời chậm nhất ngày {{due}}.',
    'privacy.request.failed': 'Không gửi được yêu cầu. Vui lòng thử lại sau.',
    'privacy.request.noscript':
      'Trang này cần JavaScript để chạy bước chống thư rác trước khi gửi. Nếu không dùng được, Ông/Bà có thể gửi yêu cầu bằng văn bản tới cơ quan.',
    'privacy.request.declaration':
      'Tôi cam kết là người có dữ liệu nêu trên (hoặc người đại diện hợp pháp) và đồng ý để cơ quan dùng thông tin liên hệ này để xử lý, trả lời yêu cầu.',
    'privacy.request.contactHint': 'Điền ít nhất một trong hai: thư điện tử hoặc số điện thoại.',
  },
  {
    'calendar.notFound': 'Not found.',
    'calendar.broadcastsName': 'CCHC broadcast schedule – {{unit}}',
    'calendar.deadlinesName': 'CCHC report deadlines – {{unit}}',
    'calendar.channel': 'Channel: {{channel}}',
    'calendar.outlet': 'Outlet: {{outlet}}',
    'calendar.duration': 'Duration: {{minutes}} minutes',
    'calendar.deadlineSummary': 'Report due {{period}} – {{plan}}',
    'calendar.deadlineDescription':
      'Plan {{plan}}: {{title}}. Report for {{period}} due {{deadline}}.',
    'calendar.deadlineAlarm': '3 days until the {{period}} report is due – {{plan}}',
    // public API v1 and feeds
    'public.api.title': 'Public API for administrative-reform (CCHC) outreach, version 1',
    'public.api.docsTitle': 'CCHC public API v1 documentation',
    'public.api.description':
      'Read-only API, no login, for web portals: published news articles and administrative-procedure FAQs, reform areas, units, the broadcast schedule, public outreach plans and their indicator results. Errors come as { "error": { "code", "message" } } with the message in Vietnamese, then English. RSS, Atom and JSON Feed: /feeds/articles.xml, /feeds/articles.atom, /feeds/articles.json and /feeds/faqs.xml, /feeds/faqs.atom, /feeds/faqs.json.',
    'public.api.tag.content': 'Content',
    'public.api.tag.organisation': 'Units',
    'public.api.tag.schedule': 'Broadcast schedule',
    'public.api.tag.plans': 'Plans',
    'public.api.op.listArticles': 'Published news articles',
    'public.api.op.listArticles.description':
      'Newest first; with q, most relevant first (tone marks ignored, among the 300 newest articles matching the filters). Date filters use Vietnam time and include both from and to.',
    'public.api.op.getArticle': 'One article by slug, with its HTML body and related articles',
    'public.api.op.listFaqs': 'Published administrative-procedure FAQs',
    'public.api.op.listFaqs.description':
      'In the editors’ order, then newest first; with q, most relevant first.',
    'public.api.op.getFaq': 'One FAQ by slug',
    'public.api.op.listReformAreas': 'Administrative-reform areas',
    'public.api.op.listUnits': 'The units operating on a day (today by default)',
    'public.api.op.listUnits.description':
      'Units operating on day `at` (today by default, Vietnam time), or the units directly under one unit (`parent`), or one unit by code (`code`). The code of a merged or split unit answers with its successors operating that day (`successorOf` names the code asked for), so portals keep working after a reorganisation.',
    'public.api.op.schedule': 'Schedule of reform outreach on radio, TV and press',
    'public.api.op.schedule.description':
      'Airings (recurring segments expanded) of one outlet, or of the outlets owned by a unit (and the units under it), earliest first. By default from today to 30 days later; at most 93 days per request.',
    'public.api.op.listPlans': 'Outreach plans made public',
    'public.api.op.scorecard': 'Indicator results of a public plan',
    'public.api.op.scorecard.description':
      'The share of units meeting each indicator in a period (default: the last finished quarter) and per quarter of the year. No per-unit data.',
    'public.api.p.area': 'Slug of a reform area (see /reform-areas).',
    'public.api.p.tag': 'Slug of a tag.',
    'public.api.p.field': 'Slug of a procedure field (e.g. dat-dai).',
    'public.api.p.unit': 'Unit code (e.g. HT-CAMBINH); case-insensitive.',
    'public.api.p.code':
      'The code of one unit; if it no longer operates on day `at`, its successors are answered.',
    'public.api.p.at': 'A day (YYYY-MM-DD, Vietnam time); today by default.',
    'public.api.p.subtree': 'true (default): include the units under it; false: that unit only.',
    'public.api.p.featured': 'true: featured articles only; false: non-featured only.',
    'public.api.p.from': 'Published on or after this day (YYYY-MM-DD, Vietnam time).',
    'public.api.p.to': 'Published on or before this day (YYYY-MM-DD, Vietnam time).',
    'public.api.p.scheduleFrom': 'First day (YYYY-MM-DD, Vietnam time); default today.',
    'public.api.p.scheduleTo': 'Last day (YYYY-MM-DD); default 30 days after the first.',
    'public.api.p.q': 'Search words, with or without tone marks ("thu tuc" finds "thủ tục").',
    'public.api.p.page': 'Page number, from 1.',
    'public.api.p.limit': 'Items per page (1–50, default 20).',
    'public.api.p.slug': 'Slug (the ASCII path name).',
    'public.api.p.parent': 'Code of a parent unit: list only the units directly under it.',
    'public.api.p.outlet': 'Outlet id (outlet.id in the schedule).',
    'public.api.p.planId': 'Plan id (id in /plans).',
    'public.api.p.period':
      'Period: 2026-Q1 … 2026-Q4, 2026-H1 (half-year), 2026-9M (nine months), 2026-Y (year).',
    'public.api.r.ok': 'Success.',
    'public.api.r.badRequest': 'Invalid parameter.',
    'public.api.r.notFound': 'Not found (or not public).',
    'public.api.param.required': 'Parameter "{{param}}" is required.',
    'public.api.param.integer':
      'Parameter "{{param}}" must be a whole number from {{min}} to {{max}}.',
    'public.api.param.boolean': 'Parameter "{{param}}" must be true or false.',
    'public.api.param.date':
      'Parameter "{{param}}" must be a real date written YYYY-MM-DD (e.g. 2026-07-01).',
    'public.api.param.format': 'Parameter "{{param}}" is not in the expected format.',
    'public.api.param.length': 'Parameter "{{param}}" is too long ({{max}} characters at most).',
    'public.api.param.enum': 'Parameter "{{param}}" must be one of: {{values}}.',
    'public.api.range.order': '"from" must be on or before "to".',
    'public.api.range.tooLong': 'At most {{days}} days can be asked for at once.',
    'public.api.unknownArea': 'There is no reform area "{{value}}".',
    'public.api.unknownTag': 'There is no tag "{{value}}".',
    'public.api.unknownField': 'There is no procedure field "{{value}}".',
    'public.api.unknownUnit': 'There is no unit with code "{{value}}".',
    'public.api.unknownOutlet': 'There is no active outlet "{{value}}".',
    'public.api.notFound': '"{{path}}" was not found.',
    'public.api.articleNotFound': 'Article "{{slug}}" was not found (or is not published).',
    'public.api.faqNotFound': 'FAQ "{{slug}}" was not found (or is not published).',
    'public.api.planNotFound': 'There is no public plan "{{id}}".',
    'public.api.schema.id': 'Document id (always a string)',
    'public.api.schema.html': 'Sanitised HTML',
    'public.feed.articles.title': 'Administrative reform news',
    'public.feed.articles.description': 'The latest news about administrative reform',
    'public.feed.faqs.title': 'Administrative procedure Q&A',
    'public.feed.faqs.description':
      'The latest questions and answers about administrative procedures',
    // portal delivery: cache, widget
    'delivery.invalidApiKey': 'The API key is invalid or has been revoked.',
    'delivery.rateLimited':
      'This API key has sent too many requests. Please try again in {{seconds}} seconds.',
    'delivery.serverError': 'The server failed to answer this request. Please try again later.',
    'delivery.methodNotAllowed': 'The public API is read-only (GET, HEAD, OPTIONS).',
    'delivery.notFound': 'Not found.',
    'privacy.page.title': 'Personal data notice',
    'privacy.page.version': 'Version {{version}}',
    'privacy.page.since': 'in force from {{date}}',
    'privacy.page.withdraw': 'To withdraw your consent, use the link in any mail we sent you.',
    'privacy.withdraw.title': 'Withdraw consent to personal data processing',
    'privacy.withdraw.explain':
      'When you withdraw, we anonymise the name, email and phone number you gave, take your comment off the public pages and stop processing your personal data. A question not answered yet can then no longer be answered by mail.',
    'privacy.withdraw.button': 'Withdraw my consent',
    'privacy.page.request':
      'You may see, get a copy of, correct or ask to delete your personal data, withdraw your consent or object to its processing: make a request here.',
    'privacy.request.title': 'Request about your personal data',
    'privacy.request.intro':
      'The office acknowledges your request within 2 working days and answers within 15 working days (extendable once, by up to 15 more working days). Please give the email address or phone number you used with your questions or comments.',
    'privacy.request.submit': 'Send the request',
    'privacy.request.working': 'Sending…',
    'privacy.request.sent':
      'Request no. {{id}} received. The office will acknowledge it by {{ack}} and answer by {{due}} at the latest.',
    'privacy.request.failed': 'The request could not be sent. Please try again later.',
    'privacy.request.noscript':
      'This page needs JavaScript for the anti-spam step before sending. If you cannot use it, you may send your request to the office in writing.',
    'privacy.request.declaration':
      'I declare that I am the person this data is about (or their legal representative) and agree that the office uses these contact details to handle and answer my request.',
    'privacy.request.contactHint': 'Give at least one: an email address or a phone number.',
  },
)

export type MessageKey = CatalogKey<typeof messages>
