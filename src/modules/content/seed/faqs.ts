import type { SeedFaq } from './types'

/** Demo Q&A on administrative procedures: 20 entries over the ten procedure fields, 17 published and 3 drafts. */
export const seedFaqs: SeedFaq[] = [
  {
    question:
      'Nhà đầu tư muốn thực hiện dự án trên địa bàn tỉnh Hà Tĩnh thì nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư ở đâu?',
    answerParagraphs: [
      'Hồ sơ được nộp tại quầy của cơ quan đăng ký đầu tư tỉnh đặt ở Trung tâm Phục vụ hành chính công tỉnh, hoặc nộp trực tuyến qua Cổng Dịch vụ công. Hồ sơ thường gồm văn bản đề nghị thực hiện dự án, đề xuất dự án đầu tư, tài liệu chứng minh tư cách pháp lý và năng lực tài chính của nhà đầu tư, cùng đề xuất nhu cầu sử dụng đất nếu dự án cần đất.',
      'Sau khi tiếp nhận, cơ quan đăng ký đầu tư lấy ý kiến các sở, ngành liên quan rồi trình UBND tỉnh xem xét. Thời hạn giải quyết được ghi trên giấy hẹn; nhà đầu tư có thể tra cứu tiến độ bằng mã hồ sơ trên Cổng Dịch vụ công.',
      'Trước khi nộp, nhà đầu tư nên liên hệ trước để được hướng dẫn về quy hoạch và các ưu đãi đầu tư của tỉnh, tránh phải bổ sung hồ sơ nhiều lần.',
    ],
    field: 'investment',
    area: 'procedures',
    unit: 'HT-TTHCC',
    order: 1,
    state: 'published',
  },
  {
    question:
      'Doanh nghiệp chúng tôi muốn điều chỉnh tiến độ thực hiện dự án đầu tư đã được cấp phép thì phải làm thủ tục gì?',
    answerParagraphs: [
      'Doanh nghiệp làm thủ tục điều chỉnh dự án đầu tư, nộp văn bản đề nghị điều chỉnh kèm báo cáo tình hình thực hiện dự án đến thời điểm đề nghị và giải trình lý do chậm tiến độ. Hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến trên Cổng Dịch vụ công.',
      'Cơ quan đăng ký đầu tư sẽ xem xét việc thực hiện các nghĩa vụ của nhà đầu tư (ký quỹ, tiền thuê đất, báo cáo định kỳ…) trước khi trình cấp có thẩm quyền quyết định. Doanh nghiệp nên nộp hồ sơ sớm, trước khi hết mốc tiến độ cũ, để tránh bị xử lý vi phạm.',
    ],
    field: 'investment',
    area: 'procedures',
    unit: 'HT-TTHCC',
    order: 2,
    state: 'published',
  },
  {
    question:
      'Bố mẹ tôi muốn tặng cho tôi mảnh đất ở thì cần chuẩn bị những giấy tờ gì và nộp ở đâu?',
    answerParagraphs: [
      'Trước hết, bố mẹ và anh/chị lập hợp đồng tặng cho quyền sử dụng đất và công chứng tại tổ chức hành nghề công chứng (hoặc chứng thực tại UBND cấp xã nơi có đất). Khi đi cần mang theo giấy chứng nhận quyền sử dụng đất bản gốc và giấy tờ tùy thân của các bên.',
      'Sau đó, nộp hồ sơ đăng ký biến động tại bộ phận một cửa cấp huyện hoặc qua Cổng Dịch vụ công, gồm đơn đăng ký biến động, hợp đồng tặng cho, giấy chứng nhận bản gốc và tờ khai thuế thu nhập cá nhân, lệ phí trước bạ. Tặng cho giữa cha mẹ và con thường thuộc diện được miễn các khoản này nhưng vẫn phải kê khai.',
      'Thời hạn giải quyết được ghi trên phiếu hẹn. Anh/chị có thể theo dõi tiến độ hồ sơ trên Cổng Dịch vụ công hoặc gọi số điện thoại của bộ phận một cửa.',
    ],
    field: 'land',
    area: 'procedures',
    unit: 'HT-TP',
    order: 3,
    state: 'published',
  },
  {
    question:
      'Gia đình tôi bị mất giấy chứng nhận quyền sử dụng đất, muốn xin cấp lại thì làm thế nào?',
    answerParagraphs: [
      'Trước tiên, gia đình khai báo việc mất giấy chứng nhận với UBND xã, phường nơi có đất. UBND cấp xã sẽ niêm yết thông báo mất giấy tại trụ sở trong thời gian theo quy định (trường hợp mất do thiên tai, hỏa hoạn thì cần xác nhận của UBND cấp xã về sự việc).',
      'Hết thời gian niêm yết, gia đình nộp hồ sơ đề nghị cấp lại tại bộ phận một cửa cấp huyện hoặc trực tuyến, gồm đơn đề nghị cấp lại và giấy xác nhận đã niêm yết thông báo mất. Cơ quan đăng ký đất đai sẽ kiểm tra hồ sơ địa chính, hủy giấy cũ và cấp giấy mới.',
    ],
    field: 'land',
    area: 'procedures',
    unit: 'HT-TH',
    order: 4,
    state: 'published',
  },
  {
    question:
      'Tôi xây nhà ở riêng lẻ trong thành phố Hà Tĩnh thì có bắt buộc phải xin giấy phép xây dựng không?',
    answerParagraphs: [
      'Nhà ở riêng lẻ tại đô thị nói chung phải có giấy phép xây dựng trước khi khởi công, trừ một số trường hợp được miễn theo quy định (ví dụ sửa chữa bên trong không làm thay đổi kết cấu chịu lực, công năng và kiến trúc mặt ngoài).',
      'Hồ sơ gồm đơn đề nghị cấp giấy phép, bản sao giấy tờ chứng minh quyền sử dụng đất và bản vẽ thiết kế (mặt bằng, mặt cắt, mặt đứng, móng). Hồ sơ nộp tại Trung tâm Hành chính công thành phố hoặc trực tuyến trên Cổng Dịch vụ công.',
      'Cơ quan cấp phép sẽ kiểm tra thực địa và trả kết quả theo giấy hẹn, thông thường trong khoảng hai tuần làm việc kể từ khi nhận đủ hồ sơ hợp lệ. Khi thi công, chủ nhà cần treo biển báo công trình và thông báo ngày khởi công cho UBND phường.',
    ],
    field: 'construction',
    area: 'procedures',
    unit: 'HT-TP',
    order: 5,
    state: 'published',
  },
  {
    question:
      'Nhà tôi ở nông thôn huyện Cẩm Xuyên, muốn xây thêm một gian bếp và sửa mái thì có phải xin phép không?',
    answerParagraphs: [
      'Nhà ở riêng lẻ ở nông thôn thường được miễn giấy phép xây dựng nếu không nằm trong khu vực đã có quy hoạch đô thị, quy hoạch chi tiết xây dựng hoặc khu vực bảo tồn, di tích. Việc sửa mái, xây thêm công trình phụ nhỏ trong khuôn viên đất ở cũng thường không cần xin phép.',
      'Tuy vậy, gia đình nên hỏi trước công chức địa chính – xây dựng tại bộ phận một cửa UBND xã để biết thửa đất có nằm trong khu vực phải xin phép hay không, và bảo đảm không xây lấn ra đường, hành lang kênh mương.',
    ],
    field: 'construction',
    area: 'procedures',
    unit: 'HT-CX',
    order: 6,
    state: 'published',
  },
  {
    question:
      'Tôi mua căn hộ chung cư thương mại, ai sẽ làm thủ tục cấp giấy chứng nhận quyền sở hữu cho tôi?',
    answerParagraphs: [
      'Theo quy định, chủ đầu tư dự án có trách nhiệm làm thủ tục đề nghị cấp giấy chứng nhận cho người mua, hoặc cung cấp hồ sơ để người mua tự nộp. Người mua cần chuẩn bị hợp đồng mua bán, biên bản bàn giao căn hộ và giấy tờ tùy thân.',
      'Hồ sơ được nộp tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến. Sau khi cơ quan thuế xác định nghĩa vụ tài chính, người mua nộp lệ phí trước bạ (có thể nộp trực tuyến) rồi nhận giấy chứng nhận theo giấy hẹn.',
      'Nếu quá lâu sau khi nhận bàn giao mà chưa được hướng dẫn làm giấy, người mua có thể phản ánh qua Cổng Dịch vụ công hoặc đường dây nóng của tỉnh.',
    ],
    field: 'housing',
    area: 'procedures',
    unit: 'HT-TTHCC',
    order: 7,
    state: 'draft',
  },
  {
    question: 'Điều kiện và hồ sơ để đăng ký mua nhà ở xã hội tại thành phố Hà Tĩnh gồm những gì?',
    answerParagraphs: [
      'Người đăng ký thường phải thuộc nhóm đối tượng được hưởng chính sách (người thu nhập thấp, công nhân, cán bộ, công chức…), chưa có nhà ở thuộc sở hữu của mình tại địa phương hoặc có nhà nhưng diện tích bình quân quá thấp, và đáp ứng điều kiện về thu nhập theo quy định.',
      'Hồ sơ gồm đơn đăng ký mua nhà, giấy xác nhận về đối tượng và thực trạng nhà ở, giấy xác nhận về thu nhập. Các giấy xác nhận do UBND cấp xã hoặc cơ quan, đơn vị nơi làm việc cấp. Hồ sơ nộp trực tiếp cho chủ đầu tư dự án; danh sách người mua được gửi cơ quan quản lý nhà ở của tỉnh kiểm tra để tránh trùng lặp.',
    ],
    field: 'housing',
    area: 'procedures',
    unit: 'HT-TP',
    order: 8,
    state: 'published',
  },
  {
    question:
      'Tôi mới mở cửa hàng tạp hóa, đăng ký hộ kinh doanh xong thì phải khai và nộp thuế như thế nào?',
    answerParagraphs: [
      'Sau khi được cấp giấy chứng nhận đăng ký hộ kinh doanh, thông tin của anh/chị được chuyển sang cơ quan thuế để cấp mã số thuế. Hộ kinh doanh nhỏ thường nộp thuế theo phương pháp khoán: cơ quan thuế gửi tờ khai, anh/chị kê khai doanh thu dự kiến và nhận thông báo số thuế phải nộp.',
      'Nếu doanh thu trong năm dưới ngưỡng chịu thuế theo quy định thì không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân, nhưng vẫn cần kê khai đúng. Tiền thuế có thể nộp qua ứng dụng thuế điện tử, Cổng Dịch vụ công hoặc ngân hàng, không cần đến trực tiếp cơ quan thuế.',
    ],
    field: 'tax',
    area: 'procedures',
    unit: 'HT-TP',
    order: 9,
    state: 'published',
  },
  {
    question:
      'Có thể nộp lệ phí trước bạ và tiền sử dụng đất qua mạng thay vì đến ngân hàng không?',
    answerParagraphs: [
      'Được. Khi hồ sơ đất đai hoặc đăng ký tài sản được luân chuyển sang cơ quan thuế, anh/chị sẽ nhận thông báo nghĩa vụ tài chính kèm mã hồ sơ. Với mã này, anh/chị có thể nộp tiền trên Cổng Dịch vụ công, ứng dụng thuế điện tử hoặc ứng dụng ngân hàng có kết nối.',
      'Chứng từ nộp tiền điện tử có giá trị như chứng từ giấy và được tự động gắn vào hồ sơ, nên không cần mang biên lai đến bộ phận một cửa. Nếu gặp lỗi khi thanh toán, hãy chụp màn hình giao dịch và liên hệ bộ phận hỗ trợ để được kiểm tra.',
    ],
    field: 'tax',
    area: 'publicFinance',
    unit: 'HT-TTHCC',
    order: 10,
    state: 'published',
  },
  {
    question:
      'Doanh nghiệp ở Hà Tĩnh làm thủ tục hải quan cho hàng xuất khẩu qua cảng Vũng Áng như thế nào?',
    answerParagraphs: [
      'Thủ tục hải quan hiện được thực hiện điện tử: doanh nghiệp dùng phần mềm khai hải quan kết nối với hệ thống thông quan tự động, khai tờ khai và gửi chứng từ kèm theo dưới dạng điện tử. Doanh nghiệp cần có chữ ký số đã đăng ký với cơ quan hải quan.',
      'Hệ thống sẽ phân luồng tờ khai (xanh, vàng, đỏ). Với luồng xanh, hàng được thông quan ngay sau khi nộp thuế, phí (nếu có); luồng vàng cần kiểm tra hồ sơ, luồng đỏ cần kiểm tra thực tế hàng hóa tại cảng.',
      'Các vướng mắc có thể gửi tới đơn vị hải quan quản lý cảng hoặc qua kênh hỗ trợ trực tuyến của ngành hải quan.',
    ],
    field: 'customs',
    area: 'digitalGovernment',
    unit: 'HT-VP',
    order: 11,
    state: 'published',
  },
  {
    question:
      'Hàng mẫu nước ngoài gửi cho công ty qua đường bưu chính, chuyển phát nhanh có phải khai hải quan không?',
    answerParagraphs: [
      'Có. Hàng gửi qua bưu chính, chuyển phát nhanh vẫn phải làm thủ tục hải quan, thường do doanh nghiệp chuyển phát khai thay theo ủy quyền của người nhận. Hàng mẫu có trị giá nhỏ có thể thuộc diện miễn thuế theo quy định nhưng vẫn phải khai báo.',
      'Doanh nghiệp nhận hàng nên chuẩn bị hóa đơn hoặc chứng từ thể hiện trị giá, mô tả rõ hàng hóa và mục đích sử dụng. Với hàng phải kiểm tra chuyên ngành (thực phẩm, thiết bị phát sóng…), cần có giấy phép hoặc kết quả kiểm tra trước khi được thông quan.',
    ],
    field: 'customs',
    area: 'procedures',
    unit: 'HT-VP',
    order: 12,
    state: 'published',
  },
  {
    question:
      'Xin giấy chứng nhận xuất xứ hàng hóa (C/O) để xuất khẩu thì nộp ở đâu, có làm trực tuyến được không?',
    answerParagraphs: [
      'Phần lớn các mẫu C/O ưu đãi được cấp qua hệ thống cấp chứng nhận xuất xứ điện tử của Bộ Công Thương. Doanh nghiệp đăng ký hồ sơ thương nhân một lần, sau đó khai đề nghị cấp C/O trực tuyến cho từng lô hàng, đính kèm tờ khai hải quan, hóa đơn thương mại, vận tải đơn và bảng kê nguyên liệu.',
      'Cơ quan cấp là phòng quản lý xuất nhập khẩu khu vực phụ trách địa bàn hoặc tổ chức được ủy quyền, tùy mẫu C/O. Doanh nghiệp nên kiểm tra trước yêu cầu của nước nhập khẩu để chọn đúng mẫu và tránh bị từ chối ưu đãi thuế.',
    ],
    field: 'export',
    area: 'procedures',
    unit: 'HT-TTHCC',
    order: 13,
    state: 'published',
  },
  {
    question:
      'Hợp tác xã của chúng tôi muốn xuất khẩu bưởi Phúc Trạch thì cần chuẩn bị những thủ tục gì về kiểm dịch và vùng trồng?',
    answerParagraphs: [
      'Nhiều thị trường yêu cầu vùng trồng và cơ sở đóng gói phải được cấp mã số và có thể truy xuất nguồn gốc. Hợp tác xã cần đăng ký mã số vùng trồng, ghi chép nhật ký canh tác và tuân thủ quy định về thuốc bảo vệ thực vật theo yêu cầu của nước nhập khẩu.',
      'Trước mỗi lô hàng, hợp tác xã đăng ký kiểm dịch thực vật với cơ quan kiểm dịch để được cấp giấy chứng nhận kiểm dịch. Cơ quan nông nghiệp của huyện, tỉnh có thể hướng dẫn cách đăng ký và kết nối với các đơn vị hỗ trợ xúc tiến thương mại.',
    ],
    field: 'export',
    area: 'procedures',
    unit: 'HT-VP',
    order: 14,
    state: 'draft',
  },
  {
    question:
      'Công ty muốn nhập khẩu máy móc, thiết bị đã qua sử dụng về để sản xuất thì cần những điều kiện gì?',
    answerParagraphs: [
      'Máy móc, thiết bị đã qua sử dụng được phép nhập khẩu khi đáp ứng các điều kiện về tuổi thiết bị, tiêu chuẩn an toàn, tiết kiệm năng lượng và bảo vệ môi trường theo quy định hiện hành. Khi làm thủ tục hải quan, doanh nghiệp thường phải nộp giấy xác nhận của nhà sản xuất hoặc chứng thư giám định của tổ chức giám định được công nhận.',
      'Doanh nghiệp nên kiểm tra danh mục hàng cấm nhập khẩu và danh mục hàng phải có giấy phép trước khi ký hợp đồng. Nếu máy móc phục vụ dự án đầu tư, cần đối chiếu với nội dung dự án đã đăng ký để được hưởng ưu đãi thuế (nếu có).',
    ],
    field: 'import',
    area: 'procedures',
    unit: 'HT-VP',
    order: 15,
    state: 'published',
  },
  {
    question:
      'Thực phẩm đóng gói nhập khẩu về bán tại cửa hàng phải kiểm tra an toàn thực phẩm như thế nào?',
    answerParagraphs: [
      'Tổ chức, cá nhân nhập khẩu phải thực hiện tự công bố hoặc đăng ký bản công bố sản phẩm (tùy loại thực phẩm) trước khi đưa ra thị trường. Khi nhập khẩu, lô hàng phải được kiểm tra nhà nước về an toàn thực phẩm theo phương thức phù hợp (kiểm tra giảm, thông thường hoặc chặt), trừ một số trường hợp được miễn.',
      'Hồ sơ đăng ký kiểm tra được nộp trực tuyến qua Cơ chế một cửa quốc gia. Chỉ khi có thông báo lô hàng đạt yêu cầu nhập khẩu, hàng mới được thông quan. Cửa hàng bán lẻ nên yêu cầu nhà cung cấp xuất trình giấy tờ công bố sản phẩm và nhãn phụ tiếng Việt.',
    ],
    field: 'import',
    area: 'procedures',
    unit: 'HT-TTHCC',
    order: 16,
    state: 'published',
  },
  {
    question:
      'Tôi mở quán ăn gia đình thì có cần giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm không?',
    answerParagraphs: [
      'Cơ sở kinh doanh dịch vụ ăn uống có đăng ký kinh doanh thường phải có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. Một số cơ sở nhỏ lẻ, thức ăn đường phố chỉ cần ký cam kết bảo đảm an toàn thực phẩm với cơ quan quản lý ở địa phương.',
      'Hồ sơ đề nghị cấp giấy chứng nhận gồm đơn đề nghị, bản thuyết minh điều kiện cơ sở vật chất, dụng cụ và giấy xác nhận đủ sức khỏe, kiến thức an toàn thực phẩm của chủ cơ sở và người trực tiếp chế biến. Hồ sơ nộp tại bộ phận một cửa cấp huyện hoặc trên Cổng Dịch vụ công; đoàn thẩm định sẽ kiểm tra thực tế trước khi cấp.',
    ],
    field: 'health',
    area: 'procedures',
    unit: 'HT-CX',
    order: 17,
    state: 'published',
  },
  {
    question:
      'Bác sĩ muốn mở phòng khám chuyên khoa tư nhân tại Hà Tĩnh thì phải làm những thủ tục nào?',
    answerParagraphs: [
      'Người chịu trách nhiệm chuyên môn của phòng khám phải có giấy phép hành nghề phù hợp với chuyên khoa và đủ thời gian thực hành theo quy định. Phòng khám cần bảo đảm điều kiện về cơ sở vật chất, thiết bị y tế và nhân sự trước khi đề nghị cấp giấy phép hoạt động.',
      'Hồ sơ đề nghị cấp giấy phép hoạt động nộp cho Sở Y tế qua Trung tâm Phục vụ hành chính công tỉnh hoặc Cổng Dịch vụ công. Sở Y tế sẽ thẩm định hồ sơ và kiểm tra thực tế; phòng khám chỉ được hoạt động sau khi có giấy phép.',
    ],
    field: 'health',
    area: 'procedures',
    unit: 'HT-TTHCC',
    order: 18,
    state: 'published',
  },
  {
    question:
      'Khi đăng ký khai sinh cho con, làm sao để con được cấp thẻ bảo hiểm y tế luôn mà không phải đi nhiều nơi?',
    answerParagraphs: [
      'Anh/chị có thể dùng thủ tục liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi, nộp một lần trên Cổng Dịch vụ công hoặc ứng dụng định danh điện tử, hoặc nộp trực tiếp tại bộ phận một cửa UBND cấp xã.',
      'Chỉ cần chuẩn bị giấy chứng sinh và thông tin của cha mẹ; các cơ quan sẽ chia sẻ dữ liệu với nhau. Kết quả (giấy khai sinh, thông tin thường trú, thẻ bảo hiểm y tế) được trả qua mạng hoặc qua bưu điện, thẻ bảo hiểm y tế điện tử có thể dùng ngay trên ứng dụng.',
    ],
    field: 'insurance',
    area: 'digitalGovernment',
    unit: 'HT-TH',
    order: 19,
    state: 'published',
  },
  {
    question:
      'Gia hạn thẻ bảo hiểm y tế hộ gia đình có làm trực tuyến được không hay phải đến đại lý thu?',
    answerParagraphs: [
      'Có thể gia hạn trực tuyến. Người tham gia đăng nhập ứng dụng bảo hiểm xã hội số hoặc Cổng Dịch vụ công, chọn dịch vụ gia hạn bảo hiểm y tế theo hộ gia đình, kiểm tra danh sách thành viên và thanh toán qua ngân hàng hoặc ví điện tử.',
      'Sau khi thanh toán, thời hạn thẻ được cập nhật trên hệ thống; có thể dùng thẻ điện tử trên ứng dụng khi đi khám. Nếu cần thay đổi thông tin thành viên hoặc không tự thao tác được, người dân vẫn có thể đến đại lý thu tại xã, phường hoặc điểm bưu điện để được hỗ trợ.',
    ],
    field: 'insurance',
    area: 'digitalGovernment',
    unit: 'HT-CX-CT',
    order: 20,
    state: 'draft',
  },
]
