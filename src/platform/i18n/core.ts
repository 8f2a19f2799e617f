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
    // Payload's job queue, as admins see it
    'jobs.singular': 'Tác vụ nền',
    'jobs.plural': 'Tác vụ nền',
    'jobs.input': 'Dữ liệu vào',
    'jobs.input.description': 'Dữ liệu tác vụ nhận khi chạy.',
    'jobs.hasError.description':
      'Tác vụ có lỗi sẽ không tự chạy lại; quản trị viên có thể bấm “Chạy lại”.',
    'jobs.error.description': 'Lỗi khiến tác vụ dừng.',
    'jobs.log.description': 'Các lần chạy của tác vụ.',
    'jobs.statusTab': 'Trạng thái',
    'jobs.taskStatus': 'Trạng thái các bước',
    'jobs.completedAt': 'Hoàn thành lúc',
    'jobs.totalTried': 'Số lần chạy',
    'jobs.hasError': 'Bị lỗi',
    'jobs.error': 'Lỗi',
    'jobs.log': 'Nhật ký chạy',
    'jobs.workflowSlug': 'Quy trình',
    'jobs.taskSlug': 'Tác vụ',
    'jobs.queue': 'Hàng đợi',
    'jobs.waitUntil': 'Chờ đến',
    'jobs.processing': 'Đang chạy',
    'jobs.createdAt': 'Tạo lúc',
    'jobs.updatedAt': 'Cập nhật lúc',
    'jobs.retry': 'Chạy lại',
    'jobs.retryHint':
      'Tác vụ bị lỗi có thể đưa lại vào hàng đợi; bộ lập lịch chạy nó trong vòng một phút.',
    'jobs.retried': 'Đã đưa tác vụ vào hàng đợi để chạy lại.',
    'jobs.cannotRetry': 'Chỉ chạy lại được tác vụ bị lỗi và không đang chạy.',
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
    'error.fieldForbidden': 'Bạn không có quyền thay đổi trường “{{field}}”.',
    'error.crossSite':
      'Yêu cầu ghi đến từ một trang web khác nên bị từ chối. Hãy thao tác ngay trong trang quản trị.',
    'error.unauthenticated': 'Vui lòng đăng nhập.',
    'error.fault':
      'Máy chủ gặp sự cố khi xử lý yêu cầu này. Mã yêu cầu: {{id}}. Hãy gửi mã này cho quản trị viên.',
    'error.notFound': 'Không tìm thấy tài liệu yêu cầu.',
    'error.routeNotFound': 'Không có đường dẫn API "{{path}}".',
    // bad requests, refused before anything is stored
    'input.invalidJson': 'Nội dung gửi lên không phải JSON hợp lệ.',
    'input.bodyNotObject':
      'Nội dung gửi lên phải là một đối tượng JSON ({ … }) với Content-Type: application/json.',
    'input.tooDeep': 'Nội dung gửi lên lồng nhau quá sâu (tối đa {{max}} cấp).',
    'input.tooLarge': 'Nội dung gửi lên quá lớn ({{size}}; tối đa {{max}}).',
    'input.badOperator': 'Điều kiện lọc "{{operator}}" không dùng được ở đây ({{path}}).',
    'input.badWhere': 'Điều kiện lọc (where) không hợp lệ.',
    'input.badWhereValue': 'Giá trị lọc "{{value}}" không hợp lệ cho trường "{{path}}".',
    'input.badQuery': 'Trường "{{path}}" không dùng để lọc hay sắp xếp được.',
    'input.graphqlBody':
      'Yêu cầu GraphQL phải là JSON có trường "query" là một chuỗi (và "variables" là một đối tượng, nếu có).',
    'input.graphqlTooMuch':
      'Yêu cầu GraphQL hỏi quá nhiều một lúc: tối đa {{aliases}} bí danh, {{fields}} trường gốc và {{depth}} cấp lồng nhau.',
    'input.fieldsInvalid_one': 'Trường sau không hợp lệ:',
    'input.fieldsInvalid_other': 'Các trường sau không hợp lệ:',
    'input.notText': 'Phải là một đoạn văn bản.',
    'input.tooLong': 'Dài {{length}} ký tự, vượt giới hạn {{max}} ký tự.',
    'input.notNumber': 'Phải là một số (ví dụ 35 hoặc 35,5).',
    'input.belowMin': 'Phải từ {{min}} trở lên.',
    'input.aboveMax': 'Không được lớn hơn {{max}}.',
    'input.notDate':
      '"{{value}}" không phải là ngày có thật (ví dụ hợp lệ: 2026-03-31 hoặc 2026-03-31T08:00:00+07:00).',
    'input.notOption': 'Giá trị "{{value}}" không có trong danh sách lựa chọn ({{options}}).',
    'input.notBoolean': 'Phải là đúng hoặc sai (true/false).',
    'input.notList': 'Phải là một danh sách.',
    'input.notGroup': 'Phải là một nhóm giá trị (đối tượng JSON).',
    'input.tooManyRows': 'Nhiều nhất {{max}} mục.',
    'input.notRichText': 'Phải là nội dung soạn thảo (rich text) hợp lệ, không phải {{type}}.',
    'input.badBlock': 'Loại khối "{{value}}" không được dùng ở đây.',
    'input.badId': '"{{value}}" không phải là mã tài liệu hợp lệ.',
    'input.missingRelation': 'Không có {{collection}} nào mang mã {{value}}.',
    'input.inUse':
      'Không thể xoá: còn {{count}} mục “{{collection}}” tham chiếu tới (trường “{{field}}”). Hãy xoá hoặc chuyển các mục đó trước.',
  },
  {
    'group.organisation': 'Organisation',
    'group.content': 'Content',
    'group.engagement': 'Citizen engagement',
    'group.campaigns': 'Outreach plans',
    'jobs.singular': 'Background job',
    'jobs.plural': 'Background jobs',
    'jobs.input': 'Input',
    'jobs.input.description': 'The data the job runs with.',
    'jobs.hasError.description':
      'A job with an error is not retried by itself; an admin can press “Retry”.',
    'jobs.error.description': 'The error that stopped the job.',
    'jobs.log.description': 'Each run of the job.',
    'jobs.statusTab': 'Status',
    'jobs.taskStatus': 'Step status',
    'jobs.completedAt': 'Completed at',
    'jobs.totalTried': 'Runs',
    'jobs.hasError': 'Failed',
    'jobs.error': 'Error',
    'jobs.log': 'Run log',
    'jobs.workflowSlug': 'Workflow',
    'jobs.taskSlug': 'Task',
    'jobs.queue': 'Queue',
    'jobs.waitUntil': 'Waiting until',
    'jobs.processing': 'Running',
    'jobs.createdAt': 'Created at',
    'jobs.updatedAt': 'Updated at',
    'jobs.retry': 'Run again',
    'jobs.retryHint': 'A failed job can be queued again; the scheduler runs it within a minute.',
    'jobs.retried': 'The job is queued to run again.',
    'jobs.cannotRetry': 'Only a failed job that is not running can be run again.',
    'taxonomy.name': 'Name',
    'taxonomy.description': 'Description',
    'taxonomy.order': 'Order',
    'slug.label': 'Slug',
    'slug.description': 'Made from the title without tone marks. May be edited.',
    'slug.invalid': 'Slug "{{slug}}" is invalid: use lower-case ASCII letters, digits and dashes.',
    'slug.taken': 'Slug "{{slug}}" is already used by another document. Choose another.',
    'error.forbidden': 'You are not allowed to do this.',
    'error.fieldForbidden': 'You may not change the field “{{field}}”.',
    'error.crossSite':
      'A write coming from another website was refused. Please act from within the admin.',
    'error.unauthenticated': 'Please log in.',
    'error.fault':
      'The server failed while handling this request. Request id: {{id}}. Please send it to the administrator.',
    'error.notFound': 'The requested document was not found.',
    'error.routeNotFound': 'There is no API route "{{path}}".',
    'input.invalidJson': 'The request body is not valid JSON.',
    'input.bodyNotObject':
      'The request body must be a JSON object ({ … }) sent with Content-Type: application/json.',
    'input.tooDeep': 'The request body is nested too deeply (at most {{max}} levels).',
    'input.tooLarge': 'The request body is too large ({{size}}; at most {{max}}).',
    'input.badOperator': 'The filter "{{operator}}" cannot be used here ({{path}}).',
    'input.badWhere': 'The filter (where) is not valid.',
    'input.badWhereValue': 'The filter value "{{value}}" is not valid for the field "{{path}}".',
    'input.badQuery': 'The field "{{path}}" cannot be used to filter or sort.',
    'input.graphqlBody':
      'A GraphQL request must be JSON with a string "query" (and an object "variables", if any).',
    'input.graphqlTooMuch':
      'The GraphQL request asks for too much at once: at most {{aliases}} aliases, {{fields}} top-level fields and {{depth}} levels of nesting.',
    'input.fieldsInvalid_one': 'The following field is invalid:',
    'input.fieldsInvalid_other': 'The following fields are invalid:',
    'input.notText': 'Must be text.',
    'input.tooLong': '{{length}} characters, over the limit of {{max}}.',
    'input.notNumber': 'Must be a number (for example 35 or 35.5).',
    'input.belowMin': 'Must be {{min}} or more.',
    'input.aboveMax': 'Must not be more than {{max}}.',
    'input.notDate':
      '"{{value}}" is not a real date (valid examples: 2026-03-31 or 2026-03-31T08:00:00+07:00).',
    'input.notOption': 'The value "{{value}}" is not one of the options ({{options}}).',
    'input.notBoolean': 'Must be true or false.',
    'input.notList': 'Must be a list.',
    'input.notGroup': 'Must be a group of values (a JSON object).',
    'input.tooManyRows': 'At most {{max}} rows.',
    'input.notRichText': 'Must be valid rich text, not {{type}}.',
    'input.badBlock': 'The block type "{{value}}" is not allowed here.',
    'input.badId': '"{{value}}" is not a valid document id.',
    'input.missingRelation': 'There is no {{collection}} with id {{value}}.',
    'input.inUse':
      'Cannot delete: {{count}} “{{collection}}” still refer to it (field “{{field}}”). Delete or move them first.',
  },
)

export type CoreMessageKey = CatalogKey<typeof coreMessages>
