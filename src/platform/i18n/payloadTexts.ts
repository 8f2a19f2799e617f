/**
 * Payload's own Vietnamese texts, mended: half-English ("Field", "fields", "Collection", "API Key"), a
 * missing space ("Lỗi-"), an English aside, or a wrong word ("Đúng"/"Sai" for a yes/no box reads
 * "right"/"wrong"). Merged over `@payloadcms/translations`.
 */
export const payloadViOverrides = {
  authentication: {
    apiKey: 'Khoá API',
    confirmGeneration: 'Xác nhận, tạo khoá API',
    enableAPIKey: 'Bật khoá API',
    generateNewAPIKey: 'Tạo khoá API mới',
    generatingNewAPIKeyWillInvalidate:
      'Tạo khoá API mới sẽ <1>vô hiệu hoá</1> khoá cũ. Bạn có muốn tiếp tục không?',
    newAPIKeyGenerated: 'Đã tạo khoá API mới.',
  },
  general: {
    false: 'Không',
    true: 'Có',
  },
  version: {
    publishChanges: 'Xuất bản',
  },
  error: {
    correctInvalidFields: 'Vui lòng sửa các trường không hợp lệ.',
    emailOrPasswordIncorrect: 'Email hoặc mật khẩu không chính xác.',
    followingFieldsInvalid_one: 'Trường sau không hợp lệ:',
    followingFieldsInvalid_other: 'Các trường sau không hợp lệ:',
    incorrectCollection: 'Bộ sưu tập không hợp lệ.',
    noFilesUploaded: 'Chưa có tệp nào được tải lên.',
    noMatchedField: 'Không tìm thấy trường nào khớp với "{{label}}".',
    notAllowedToPerformAction: 'Bạn không có quyền thực hiện thao tác này.',
    notFound: 'Không tìm thấy tài liệu yêu cầu.',
    problemUploadingFile: 'Đã xảy ra sự cố khi tải tệp lên.',
    tokenInvalidOrExpired: 'Mã xác thực không hợp lệ hoặc đã hết hạn.',
    tokenNotProvided: 'Thiếu mã xác thực.',
    unauthorized: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    unauthorizedAdmin: 'Tài khoản này không được vào trang quản trị.',
    unknown: 'Đã xảy ra lỗi không xác định.',
    unspecific: 'Đã xảy ra lỗi.',
    userLocked: 'Tài khoản đã bị khoá tạm thời do đăng nhập sai nhiều lần.',
    valueMustBeUnique: 'Giá trị này đã được dùng; hãy chọn giá trị khác.',
    verificationTokenInvalid: 'Mã xác minh không hợp lệ.',
  },
  validation: {
    fieldHasNo: 'Trường này không có: {{label}}',
    invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
    invalidSelections: 'Trường này có những lựa chọn không hợp lệ sau:',
    validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
  },
} as const
