import type { SeedArticle } from './types'

/** Demo reform news for Hà Tĩnh: 22 published, 3 draft, 2 in review, 2 returned, 1 scheduled (indices 0–21 are the published ones). */
export const seedArticles: SeedArticle[] = [
  {
    title:
      'Hà Tĩnh ban hành kế hoạch tuyên truyền cải cách hành chính với nhiều chỉ tiêu đo đếm được',
    summary:
      'Kế hoạch giao chỉ tiêu rõ ràng cho từng sở, ngành và địa phương, từ chuyên mục trên cổng thông tin điện tử đến bản tin trên trạm truyền thanh cơ sở.',
    paragraphs: [
      'UBND tỉnh Hà Tĩnh vừa ban hành kế hoạch tuyên truyền cải cách hành chính (CCHC) trong năm, giao Sở Nội vụ làm đầu mối theo dõi, đôn đốc. Điểm mới của kế hoạch là mỗi chỉ tiêu đều gắn với một đơn vị chịu trách nhiệm và một mốc báo cáo theo quý.',
      'Theo kế hoạch, toàn bộ cổng và trang thông tin điện tử của các sở, ngành, huyện, thành phố phải duy trì chuyên mục CCHC, cập nhật tin bài ít nhất hằng tháng và có mục hỏi – đáp về thủ tục hành chính. Những xã, phường có trạm truyền thanh cơ sở phải phát chuyên mục CCHC định kỳ, ưu tiên hướng dẫn người dân dùng dịch vụ công trực tuyến.',
      'Sở Nội vụ cho biết, thay vì chỉ đếm số tin bài, tỉnh sẽ đối chiếu báo cáo của từng đơn vị với kết quả kiểm tra thực tế tại cơ sở. Đơn vị nào không đạt chỉ tiêu sẽ bị trừ điểm ở tiêu chí tuyên truyền khi chấm Chỉ số CCHC cuối năm.',
      'Bà Lê Thị Thanh Nhàn, Trưởng phòng CCHC Sở Nội vụ, chia sẻ: "Tuyên truyền tốt thì người dân mới biết quyền lợi của mình và chủ động tham gia giám sát. Chúng tôi muốn mỗi bản tin trên loa xã đều trả lời được một câu hỏi cụ thể của bà con."',
    ],
    heading: { text: 'Đo được, kiểm tra được', before: 2 },
    coverCaption:
      'Cán bộ Sở Nội vụ trao đổi về các chỉ tiêu tuyên truyền CCHC với đại diện các huyện',
    areas: ['institutional'],
    tags: ['trạm truyền thanh', 'dịch vụ công trực tuyến', 'chỉ số PAR INDEX'],
    unit: 'HT-SNV',
    byline: 'Bài: Hoàng Lan',
    featured: true,
    daysAgo: 280,
    state: 'published',
  },
  {
    title:
      'Trung tâm Phục vụ hành chính công tỉnh: hơn 98% hồ sơ được giải quyết trước và đúng hạn',
    summary:
      'Trong quý vừa qua, trung tâm tiếp nhận gần 9.400 hồ sơ; tỷ lệ quá hạn giảm mạnh nhờ theo dõi tiến độ theo thời gian thực và nhắc việc tự động.',
    paragraphs: [
      'Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh, trong quý vừa qua đơn vị đã tiếp nhận 9.386 hồ sơ của tổ chức, cá nhân, trong đó gần 61% được nộp qua Cổng Dịch vụ công. Tỷ lệ hồ sơ giải quyết trước hạn đạt 72,4%, đúng hạn 25,9%, chỉ còn 1,7% hồ sơ quá hạn.',
      'Kết quả này có được nhờ trung tâm đưa vào sử dụng màn hình theo dõi tiến độ đặt ngay tại khu vực tiếp nhận. Hồ sơ nào sắp đến hạn đều được hệ thống tô màu cảnh báo và gửi tin nhắn nhắc việc cho công chức xử lý ở sở, ngành liên quan.',
      'Với những hồ sơ chậm trễ, trung tâm yêu cầu cơ quan giải quyết gửi văn bản xin lỗi và hẹn lại thời gian trả kết quả. Phần lớn trường hợp quá hạn rơi vào các thủ tục liên thông nhiều cấp, cần xác minh thực địa, chủ yếu thuộc lĩnh vực đất đai và xây dựng.',
      'Ông Trần Quốc Vinh, Phó Giám đốc trung tâm, cho biết thời gian tới đơn vị sẽ cùng các sở rà soát lại quy trình nội bộ của nhóm thủ tục hay trễ hẹn. Trung tâm cũng tăng cường hướng dẫn để người dân chuẩn bị hồ sơ đầy đủ ngay từ lần nộp đầu tiên.',
    ],
    heading: { text: 'Xin lỗi khi trễ hẹn', before: 2 },
    coverCaption: 'Khu vực tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh',
    areas: ['procedures'],
    tags: ['một cửa', 'dịch vụ công trực tuyến'],
    unit: 'HT-TTHCC',
    byline: 'Phương Thảo – Trung tâm Phục vụ hành chính công tỉnh',
    daysAgo: 200,
    state: 'published',
  },
  {
    title:
      'Trạm truyền thanh xã Cẩm Bình duy trì chuyên mục cải cách hành chính vào mỗi sáng thứ Hai',
    summary:
      'Chuyên mục dài 10 phút giới thiệu một thủ tục hành chính mỗi tuần, kèm số điện thoại để người dân hỏi thêm.',
    paragraphs: [
      'Đều đặn 6 giờ 15 phút sáng thứ Hai, loa phát thanh ở các thôn của xã Cẩm Bình (huyện Cẩm Xuyên) lại phát chuyên mục "Cải cách hành chính – Vì dân phục vụ". Mỗi số chọn một thủ tục bà con hay hỏi như đăng ký khai sinh, chứng thực bản sao hay cấp đổi giấy chứng nhận quyền sử dụng đất.',
      'Nội dung do công chức bộ phận một cửa xã biên soạn, viết ngắn gọn, dễ nghe rồi chuyển cho cán bộ đài đọc. Cuối mỗi chuyên mục đều có số điện thoại của bộ phận một cửa để bà con gọi hỏi trước khi đến làm thủ tục.',
      'Bà Nguyễn Thị Hoa, người dân thôn Tân Hòa, kể: "Trước tôi đi làm giấy tờ cho con phải về mấy lần vì thiếu giấy. Giờ nghe đài nói rõ cần mang những gì nên đi một lần là xong."',
      'Theo lãnh đạo UBND xã, từ khi có chuyên mục, số hồ sơ phải bổ sung tại bộ phận một cửa đã giảm gần một nửa. Xã dự kiến đăng lại các số phát thanh trên trang Zalo của xã để người đi làm xa cũng theo dõi được.',
    ],
    coverCaption:
      'Cán bộ đài truyền thanh xã Cẩm Bình chuẩn bị phát chuyên mục cải cách hành chính',
    areas: ['procedures'],
    tags: ['trạm truyền thanh', 'một cửa'],
    unit: 'HT-CX-CB',
    byline: 'Minh Quân – Trung tâm VH-TT huyện Cẩm Xuyên',
    daysAgo: 150,
    state: 'published',
  },
  {
    title:
      'Thành phố Hà Tĩnh đẩy mạnh cải cách thủ tục hành chính, lấy sự hài lòng của người dân làm thước đo',
    summary:
      'Thành phố rà soát toàn bộ thủ tục tại Trung tâm Hành chính công và bộ phận một cửa cấp xã, đồng thời mở rộng khảo sát ý kiến người dân sau mỗi lần giao dịch.',
    paragraphs: [
      'Năm nay, UBND thành phố Hà Tĩnh xác định cải cách thủ tục là khâu đột phá, giao chỉ tiêu cụ thể cho từng phòng, ban và từng phường, xã. Mọi thủ tục thuộc thẩm quyền hai cấp đều đã được dán công khai ở quầy của Trung tâm Hành chính công thành phố cũng như ở bộ phận một cửa các phường, xã.',
      'Bên cạnh bảng niêm yết, mỗi quầy tiếp nhận đều có mã QR để người dân quét và xem ngay thành phần hồ sơ, lệ phí, thời hạn giải quyết trên điện thoại. Sau khi nhận kết quả, người dân được mời đánh giá mức độ hài lòng qua máy tính bảng đặt tại quầy hoặc qua tin nhắn.',
      'Kết quả khảo sát được tổng hợp hằng tháng và gửi thẳng đến người đứng đầu từng đơn vị. Những ý kiến chưa hài lòng, chủ yếu về thời gian chờ và cách hướng dẫn, được đem ra phân tích tại cuộc họp giao ban để tìm cách khắc phục.',
      'Theo ông Võ Trọng Nghĩa, Chánh Văn phòng HĐND – UBND thành phố, mục tiêu là nâng tỷ lệ hài lòng lên trên 95% và không để hồ sơ nào quá hạn mà thiếu thư xin lỗi. "Người dân đi một lần, hài lòng một lần, đó là thước đo rõ nhất của cải cách", ông nói.',
    ],
    heading: { text: 'Lắng nghe để sửa', before: 2 },
    coverCaption:
      'Người dân đánh giá mức độ hài lòng qua máy tính bảng tại Trung tâm Hành chính công thành phố',
    areas: ['procedures', 'civilService'],
    tags: ['một cửa', 'chỉ số SIPAS'],
    unit: 'HT-TP',
    byline: 'Bài, ảnh: Thu Hà',
    featured: true,
    daysAgo: 45,
    state: 'published',
  },
  {
    title: 'Sở Tư pháp lồng ghép nội dung cải cách thể chế vào Ngày Pháp luật hằng tháng ở cơ sở',
    summary:
      'Các buổi sinh hoạt Ngày Pháp luật được làm mới bằng phần hỏi – đáp về những văn bản của tỉnh liên quan trực tiếp đến đời sống người dân.',
    paragraphs: [
      'Thay vì chỉ đọc văn bản, các buổi sinh hoạt Ngày Pháp luật do Sở Tư pháp hướng dẫn đã chuyển sang hình thức trao đổi hai chiều. Báo cáo viên chọn một hoặc hai văn bản mới của tỉnh, giải thích điểm thay đổi rồi dành phần lớn thời gian cho người dự hỏi.',
      'Những tháng gần đây, nội dung được quan tâm nhiều là chính sách hỗ trợ sản xuất nông nghiệp, mức thu một số loại phí, lệ phí và cách lấy ý kiến người dân khi xây dựng văn bản. Câu hỏi nào chưa trả lời được tại chỗ đều được ghi lại và gửi về cơ quan chuyên môn.',
      'Sở Tư pháp cũng biên soạn bộ hỏi – đáp ngắn, in thành tờ gấp gửi về các điểm Bưu điện văn hóa xã. Bản điện tử được đăng trên chuyên mục CCHC của trang thông tin điện tử Sở để cán bộ cơ sở tải về sử dụng.',
      'Theo đánh giá của Sở, cách làm mới giúp người dân thấy cải cách thể chế không phải chuyện xa vời mà gắn với những quy định họ gặp hằng ngày. Sở đề nghị các huyện, thành phố duy trì nề nếp và báo cáo kết quả theo quý.',
    ],
    coverCaption:
      'Báo cáo viên pháp luật trao đổi với người dân trong buổi sinh hoạt Ngày Pháp luật',
    areas: ['institutional'],
    tags: ['ngày pháp luật', 'bưu điện văn hóa xã'],
    unit: 'HT-STP',
    byline: 'Hải Yến – Sở Tư pháp',
    daysAgo: 120,
    state: 'published',
  },
  {
    title:
      'Tổ công nghệ số cộng đồng xã Thạch Kênh đến từng nhà hướng dẫn người dân nộp hồ sơ trực tuyến',
    summary:
      'Đoàn viên thanh niên và công chức xã chia nhau phụ trách từng thôn, giúp người cao tuổi kích hoạt tài khoản định danh điện tử và nộp hồ sơ qua điện thoại.',
    paragraphs: [
      'Buổi tối ở xã Thạch Kênh (huyện Thạch Hà) gần đây thường thấy những nhóm thanh niên áo xanh ghé từng nhà. Đó là thành viên tổ công nghệ số cộng đồng, mang theo điện thoại và sổ tay để hướng dẫn bà con cài ứng dụng, kích hoạt tài khoản định danh điện tử và thử nộp một hồ sơ trực tuyến.',
      'Xã có 7 tổ công nghệ số, mỗi tổ phụ trách một thôn, gồm công an viên, đoàn viên và một công chức bộ phận một cửa. Các tổ ưu tiên những hộ có người già, người đi làm ăn xa hoặc chưa quen dùng điện thoại thông minh.',
      'Ông Đặng Văn Thìn, 68 tuổi, lần đầu tự đăng ký khai sinh cho cháu nội qua mạng dưới sự hướng dẫn của tổ. "Tôi cứ nghĩ phải lên xã mới làm được, giờ ngồi ở nhà mà mấy hôm sau đã có kết quả", ông nói.',
      'Nhờ cách làm này, tỷ lệ hồ sơ nộp trực tuyến tại xã đã tăng từ khoảng 30% lên gần 70% chỉ sau hai quý. UBND xã đang đề xuất huyện nhân rộng mô hình sang các xã lân cận.',
    ],
    coverCaption:
      'Thành viên tổ công nghệ số cộng đồng hướng dẫn người cao tuổi xã Thạch Kênh dùng dịch vụ công trực tuyến',
    areas: ['digitalGovernment'],
    tags: ['dịch vụ công trực tuyến', 'chuyển đổi số'],
    unit: 'HT-TH-TK',
    byline: 'Bài, ảnh: Ngọc Ánh',
    daysAgo: 20,
    state: 'published',
  },
  {
    title:
      'Cẩm Xuyên: thanh toán trực tuyến phí, lệ phí tăng mạnh nhờ hướng dẫn tận tình tại bộ phận một cửa',
    summary:
      'Tỷ lệ hồ sơ thanh toán phí, lệ phí qua mạng ở huyện đã vượt mức bình quân của tỉnh, giúp giảm thời gian chờ và hạn chế dùng tiền mặt.',
    paragraphs: [
      'Tại bộ phận một cửa huyện Cẩm Xuyên, mỗi quầy tiếp nhận đều đặt mã QR thanh toán của Cổng Dịch vụ công bên cạnh bảng niêm yết mức thu. Công chức chủ động hỏi người dân có tài khoản ngân hàng hay ví điện tử không và hướng dẫn thanh toán ngay tại chỗ.',
      'Sau 6 tháng, tỷ lệ hồ sơ được thanh toán phí, lệ phí trực tuyến ở huyện đạt khoảng 52%, cao hơn mức bình quân chung của tỉnh. Tiền thu qua mạng được chuyển thẳng vào tài khoản thu ngân sách, rút ngắn khâu đối chiếu, nộp tiền của bộ phận kế toán.',
      'Để người dân yên tâm, huyện in tờ hướng dẫn từng bước thanh toán và phát trên trạm truyền thanh các xã. Một số xã còn hướng dẫn người không có điện thoại thông minh nhờ người thân chuyển khoản hộ, biên lai điện tử được gửi về số điện thoại đã đăng ký.',
      'Lãnh đạo UBND huyện cho biết, thanh toán trực tuyến không chỉ thuận tiện cho người dân mà còn góp phần công khai, minh bạch các khoản thu. Huyện đặt mục tiêu đến cuối năm có ít nhất hai phần ba số hồ sơ phát sinh phí được thanh toán qua mạng.',
    ],
    coverCaption: 'Người dân quét mã QR thanh toán lệ phí tại bộ phận một cửa huyện Cẩm Xuyên',
    areas: ['digitalGovernment', 'publicFinance'],
    tags: ['thanh toán trực tuyến', 'một cửa', 'tài chính công'],
    unit: 'HT-CX',
    byline: 'Minh Quân – Trung tâm VH-TT huyện Cẩm Xuyên',
    daysAgo: 60,
    state: 'published',
  },
  {
    title:
      'Công bố Chỉ số SIPAS: mức độ hài lòng của người dân Hà Tĩnh với cơ quan hành chính tiếp tục tăng',
    summary:
      'Người dân đánh giá cao thái độ phục vụ của công chức, nhưng vẫn còn băn khoăn về thời gian giải quyết một số thủ tục đất đai.',
    paragraphs: [
      'Sở Nội vụ vừa công bố kết quả đo lường Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) trên địa bàn tỉnh. Chỉ số chung đạt 86,7%, tăng gần 3 điểm phần trăm so với lần khảo sát trước.',
      'Cuộc khảo sát thu về hơn 3.000 phiếu, chọn ngẫu nhiên từ những người đã giải quyết thủ tục ở cả ba cấp tỉnh, huyện, xã. Tiêu chí được chấm điểm cao nhất là thái độ, tác phong của công chức tiếp nhận; thấp nhất là thời gian giải quyết so với giấy hẹn.',
      'Khoảng một phần năm số người được hỏi cho biết từng phải đi lại từ ba lần trở lên cho một hồ sơ đất đai. Sở Nội vụ đã kiến nghị UBND tỉnh chỉ đạo rà soát quy trình liên thông giữa văn phòng đăng ký đất đai, cơ quan thuế và UBND cấp xã.',
      'Kết quả SIPAS sẽ là căn cứ chấm điểm Chỉ số CCHC của các sở, ngành và địa phương. Đơn vị có tỷ lệ hài lòng thấp phải xây dựng kế hoạch khắc phục và báo cáo trong quý tới.',
    ],
    heading: { text: 'Đất đai vẫn là điểm nghẽn', before: 2 },
    coverCaption: 'Người dân điền phiếu khảo sát mức độ hài lòng tại bộ phận một cửa cấp huyện',
    areas: ['civilService'],
    tags: ['chỉ số SIPAS', 'chỉ số PAR INDEX'],
    unit: 'HT-SNV',
    byline: 'Thanh Bình',
    source: { name: 'Báo Hà Tĩnh' },
    daysAgo: 95,
    state: 'published',
  },
  {
    title:
      'Điểm Bưu điện văn hóa xã Đồng Môn thành nơi người dân tra cứu thủ tục hành chính quen thuộc',
    summary:
      'Ngoài sách báo, điểm bưu điện còn có tủ tài liệu cải cách hành chính và dịch vụ nhận hồ sơ, trả kết quả qua bưu chính công ích.',
    paragraphs: [
      'Điểm Bưu điện văn hóa xã Đồng Môn (thành phố Hà Tĩnh) nằm ngay cạnh chợ, mở cửa cả ngày nên lúc nào cũng có người ghé. Ở góc phòng đọc, một chiếc tủ nhỏ được dành riêng cho tài liệu cải cách hành chính: sổ tay thủ tục, tờ gấp hướng dẫn dịch vụ công trực tuyến và bản tin của UBND xã.',
      'Nhân viên điểm bưu điện được tập huấn để giúp người dân tra cứu thủ tục trên máy tính nối mạng đặt tại chỗ. Với những thủ tục như cấp phiếu lý lịch tư pháp hay đổi giấy phép lái xe, người dân có thể gửi hồ sơ qua bưu điện và nhận kết quả tại nhà.',
      'Chị Trần Thị Mai Lan, tiểu thương ở chợ Đồng Môn, cho biết chị đã hai lần nhờ điểm bưu điện gửi hồ sơ lên thành phố. "Không phải nghỉ bán hàng để đi nộp, phí gửi cũng chẳng đáng bao nhiêu", chị nói.',
      'Hằng quý, UBND xã bổ sung tài liệu mới cho tủ sách và cùng bưu điện thống kê số lượt người đọc, tra cứu. Đây cũng là một chỉ tiêu tuyên truyền mà thành phố giao cho các xã có điểm bưu điện văn hóa.',
    ],
    coverCaption: 'Tủ tài liệu cải cách hành chính tại điểm Bưu điện văn hóa xã Đồng Môn',
    areas: ['procedures'],
    tags: ['bưu điện văn hóa xã', 'dịch vụ công trực tuyến'],
    unit: 'HT-TP-DM',
    byline: 'Bài, ảnh: Thu Hà',
    daysAgo: 170,
    state: 'published',
  },
  {
    title:
      'Văn phòng UBND tỉnh rà soát, kiến nghị đơn giản hóa hàng chục thủ tục hành chính trong năm',
    summary:
      'Công tác kiểm soát thủ tục được làm thường xuyên, góp phần cải cách thủ tục hành chính theo hướng bớt giấy tờ và bớt đi lại cho người dân.',
    paragraphs: [
      'Văn phòng UBND tỉnh cho biết, trong năm đơn vị đã chủ trì rà soát 112 thủ tục hành chính thuộc các lĩnh vực tư pháp, lao động, nông nghiệp và giao thông. Qua rà soát, tỉnh đã kiến nghị các bộ, ngành đơn giản hóa 46 thủ tục, chủ yếu bỏ những giấy tờ có thể khai thác từ cơ sở dữ liệu quốc gia về dân cư.',
      'Ở phạm vi thẩm quyền của tỉnh, Chủ tịch UBND tỉnh đã ban hành nhiều quyết định công bố danh mục thủ tục mới ban hành, sửa đổi, thay thế và bãi bỏ. Toàn bộ danh mục được cập nhật lên Cơ sở dữ liệu quốc gia về thủ tục hành chính và chuyên mục CCHC trên Cổng thông tin điện tử tỉnh.',
      'Văn phòng cũng tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính qua Cổng Dịch vụ công và đường dây nóng. Mọi phản ánh trong kỳ đều được chuyển cơ quan có thẩm quyền xử lý và công khai kết quả.',
      'Thời gian tới, Văn phòng UBND tỉnh sẽ tập trung vào các thủ tục liên thông giữa nhiều cấp, nhiều ngành, nơi người dân vẫn phản ánh phải nộp cùng một loại giấy tờ nhiều lần.',
    ],
    coverCaption: 'Công chức Văn phòng UBND tỉnh rà soát bộ thủ tục hành chính trước khi công bố',
    areas: ['procedures', 'institutional'],
    tags: ['phản ánh kiến nghị', 'dịch vụ công trực tuyến'],
    unit: 'HT-VP',
    byline: 'Quang Huy – Văn phòng UBND tỉnh',
    daysAgo: 250,
    state: 'published',
  },
  {
    title:
      'Đường dây nóng cải cách hành chính huyện Thạch Hà: phản ánh được tiếp nhận và trả lời trong ngày',
    summary:
      'Số điện thoại đường dây nóng được niêm yết ở mọi bộ phận một cửa; mỗi cuộc gọi được ghi sổ, chuyển đơn vị liên quan và gọi lại cho người dân.',
    paragraphs: [
      'Từ đầu năm, UBND huyện Thạch Hà niêm yết số điện thoại đường dây nóng về cải cách hành chính tại bộ phận một cửa huyện và tất cả xã, thị trấn. Người dân có thể gọi để hỏi thủ tục, phản ánh việc trễ hẹn hay thái độ chưa đúng mực của cán bộ.',
      'Mỗi cuộc gọi được công chức Văn phòng HĐND – UBND huyện ghi vào sổ theo dõi, chuyển ngay cho đơn vị liên quan và yêu cầu phản hồi trong ngày làm việc. Khi có kết quả, chính người tiếp nhận sẽ gọi lại để thông báo cho người phản ánh.',
      'Trong 9 tháng, đường dây nóng nhận gần 200 cuộc gọi, phần lớn hỏi về thủ tục đất đai và hộ tịch. Có 6 phản ánh liên quan đến tác phong của công chức; các trường hợp này đều được kiểm điểm, rút kinh nghiệm tại đơn vị.',
      'Huyện cho biết sẽ mở thêm kênh tiếp nhận qua Zalo để người dân gửi kèm hình ảnh, giấy tờ, giúp việc xác minh nhanh hơn.',
    ],
    coverCaption: 'Công chức Văn phòng HĐND – UBND huyện Thạch Hà trực đường dây nóng',
    areas: ['procedures', 'civilService'],
    tags: ['phản ánh kiến nghị', 'văn hóa công vụ', 'một cửa'],
    unit: 'HT-TH',
    byline: 'Đức Toàn – Trung tâm VH-TT huyện Thạch Hà',
    daysAgo: 75,
    state: 'published',
  },
  {
    title:
      'Sở Khoa học và Công nghệ hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    summary:
      'Toàn bộ hồ sơ thủ tục của Sở được số hóa ngay khi tiếp nhận; doanh nghiệp không phải nộp lại những giấy tờ đã có trong hệ thống.',
    paragraphs: [
      'Sở Khoa học và Công nghệ là một trong những đơn vị đầu tiên của tỉnh số hóa 100% hồ sơ thủ tục hành chính ngay ở khâu tiếp nhận. Kết quả giải quyết cũng được ký số và lưu vào kho dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công.',
      'Để làm được điều đó, Sở đã tổ chức lại khâu tiếp nhận: công chức quét toàn bộ giấy tờ khi nhận, gắn mã hồ sơ và chuyển bản điện tử cho phòng chuyên môn. Bản giấy chỉ còn dùng để đối chiếu trong những trường hợp pháp luật yêu cầu.',
      'Lợi ích lớn nhất là doanh nghiệp không phải nộp lại giấy tờ đã có ở lần làm thủ tục sau, chẳng hạn giấy chứng nhận đăng ký doanh nghiệp hay các quyết định công nhận trước đó. Thời gian thẩm định nhiều thủ tục về tiêu chuẩn, đo lường, chất lượng nhờ vậy giảm rõ rệt.',
      'Sở cũng tập huấn cho toàn bộ công chức về ký số và bảo đảm an toàn thông tin khi xử lý hồ sơ điện tử. Nhiều sở, ngành khác đã đến tìm hiểu cách làm này.',
    ],
    heading: { text: 'Dùng lại dữ liệu, bớt giấy tờ', before: 2 },
    coverCaption: 'Công chức Sở Khoa học và Công nghệ số hóa hồ sơ ngay tại quầy tiếp nhận',
    areas: ['digitalGovernment'],
    tags: ['chuyển đổi số', 'dịch vụ công trực tuyến'],
    unit: 'HT-SKHCN',
    byline: 'Kim Oanh – Sở Khoa học và Công nghệ',
    daysAgo: 130,
    state: 'published',
  },
  {
    title:
      'Phường Bắc Hà nhân rộng mô hình "Tổ dân phố điện tử", đưa dịch vụ công đến gần người dân hơn',
    summary:
      'Mỗi tổ dân phố có một nhóm trên mạng xã hội để thông báo, giải đáp và hướng dẫn thủ tục, giúp người dân ít phải đến trụ sở phường.',
    paragraphs: [
      'Sau thời gian thí điểm ở hai tổ dân phố, phường Bắc Hà (thành phố Hà Tĩnh) đã nhân rộng mô hình "Tổ dân phố điện tử" ra toàn phường. Mỗi tổ có một nhóm trên mạng xã hội do tổ trưởng và một công chức phường cùng quản trị.',
      'Thông báo của phường, lịch tiêm chủng, lịch thu thuế hay hướng dẫn làm thủ tục đều được đăng lên nhóm. Khi người dân hỏi, công chức phụ trách trả lời trực tiếp hoặc gửi đường dẫn đến đúng thủ tục trên Cổng Dịch vụ công.',
      'Theo UBND phường, nhờ mô hình này, nhiều thủ tục như xác nhận tình trạng hôn nhân, đăng ký khai sinh hay chứng thực đã được nộp qua mạng. Bộ phận một cửa phường vì thế bớt cảnh đông đúc vào những ngày đầu tuần.',
      'Phường đặt ra quy chế để các nhóm chỉ dùng cho thông tin chính thức, không quảng cáo, không đăng tin chưa kiểm chứng. Tổ trưởng được tập huấn định kỳ về quản trị nhóm và bảo vệ thông tin cá nhân của người dân.',
    ],
    coverCaption:
      'Tổ trưởng tổ dân phố ở phường Bắc Hà giải đáp thắc mắc của người dân trên nhóm mạng xã hội',
    areas: ['digitalGovernment'],
    tags: ['chuyển đổi số', 'dịch vụ công trực tuyến'],
    unit: 'HT-TP-BH',
    byline: 'Bài, ảnh: Thu Hà',
    daysAgo: 240,
    state: 'published',
  },
  {
    title:
      'Sân khấu hóa tuyên truyền cải cách hành chính: hội diễn thu hút hơn 20 đội văn nghệ cơ sở',
    summary:
      'Các tiểu phẩm về bộ phận một cửa, dịch vụ công trực tuyến và văn hóa công sở mang lại tiếng cười cùng những thông điệp dễ nhớ.',
    paragraphs: [
      'Hội diễn văn nghệ quần chúng tuyên truyền cải cách hành chính do Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Nội vụ tổ chức đã thu hút 23 đội đến từ các huyện, thành phố. Mỗi đội dự thi một tiểu phẩm và hai tiết mục ca, múa, nhạc về chủ đề cải cách hành chính.',
      'Nhiều tiểu phẩm khai thác tình huống quen thuộc: bác nông dân lần đầu nộp hồ sơ qua điện thoại, cán bộ một cửa "hẹn lần hẹn lữa", hay anh con trai đi làm xa nhờ bố mẹ ở quê nhận kết quả qua bưu điện. Lời thoại đậm giọng Hà Tĩnh khiến khán giả bật cười mà vẫn nhớ thông điệp.',
      'Ban tổ chức cho biết các tiết mục đoạt giải sẽ được ghi hình, phát trên sóng truyền hình và trạm truyền thanh cơ sở, đồng thời đăng trên chuyên mục CCHC của các cổng thông tin điện tử.',
    ],
    coverCaption: 'Một tiểu phẩm về bộ phận một cửa tại hội diễn tuyên truyền cải cách hành chính',
    areas: ['civilService'],
    tags: ['văn hóa công vụ', 'trạm truyền thanh'],
    unit: 'HT-SVHTTDL',
    byline: 'Hồng Nhung – Sở VH-TT&DL',
    daysAgo: 260,
    state: 'published',
  },
  {
    title:
      'Sắp xếp đơn vị sự nghiệp công lập: Hà Tĩnh giảm đầu mối, tinh gọn bộ máy theo đúng lộ trình',
    summary:
      'Việc hợp nhất các trung tâm có chức năng tương đồng giúp giảm đầu mối trung gian, tiết kiệm chi thường xuyên và nâng chất lượng dịch vụ sự nghiệp công.',
    paragraphs: [
      'Theo Sở Nội vụ, thời gian qua tỉnh tiếp tục sắp xếp tổ chức bộ máy theo hướng tinh gọn, tập trung vào khối đơn vị sự nghiệp công lập. Nhiều trung tâm có chức năng gần nhau ở cấp huyện đã được hợp nhất thành trung tâm đa chức năng.',
      'Sau sắp xếp, số đầu mối giảm nhưng các nhiệm vụ phục vụ người dân vẫn được giữ nguyên. Phần kinh phí tiết kiệm từ bộ máy gián tiếp được ưu tiên cho việc nâng cấp cơ sở vật chất và đào tạo viên chức.',
      'Song song với sắp xếp tổ chức, các cơ quan, đơn vị rà soát đề án vị trí việc làm, xác định rõ số người cần thiết cho từng vị trí. Việc tinh giản biên chế được thực hiện công khai, ưu tiên người tự nguyện và bảo đảm đầy đủ chế độ theo quy định.',
      'Sở Nội vụ nhấn mạnh, đích đến của sắp xếp bộ máy không phải con số cắt giảm mà là chất lượng phục vụ. Vì vậy, sau hợp nhất, các đơn vị phải công bố lại đầu mối liên hệ, số điện thoại, địa chỉ tiếp nhận để người dân không bị lúng túng.',
    ],
    heading: { text: 'Tinh giản gắn với vị trí việc làm', before: 2 },
    coverCaption: 'Lễ công bố quyết định thành lập trung tâm đa chức năng cấp huyện',
    areas: ['apparatus'],
    tags: ['tinh gọn bộ máy', 'tài chính công'],
    unit: 'HT-SNV',
    byline: 'Hoàng Lan',
    source: { name: 'Cổng Thông tin điện tử tỉnh Hà Tĩnh' },
    daysAgo: 220,
    state: 'published',
  },
  {
    title:
      'Xã Cẩm Thành: cán bộ một cửa đeo thẻ, niêm yết công khai và để người dân chấm điểm trực tiếp',
    summary:
      'Thiết bị đánh giá đặt ngay tại quầy giúp người dân phản hồi sau mỗi giao dịch; kết quả được dùng để xếp loại công chức hằng tháng.',
    paragraphs: [
      'Bước vào bộ phận một cửa xã Cẩm Thành (huyện Cẩm Xuyên), người dân dễ nhận ra tên, chức danh từng công chức nhờ bảng tên trên bàn và thẻ đeo trước ngực. Trên tường là bảng niêm yết thủ tục, mức phí và số điện thoại của lãnh đạo xã để phản ánh khi cần.',
      'Cạnh mỗi quầy có một máy tính bảng với bốn mức: rất hài lòng, hài lòng, bình thường và không hài lòng. Người dân chỉ cần chạm một lần để đánh giá; nếu chọn "không hài lòng", hệ thống sẽ mời ghi thêm lý do.',
      'Kết quả được tổng hợp tự động và là một tiêu chí khi xếp loại công chức cuối tháng. Ông Nguyễn Đình Khải, Chủ tịch UBND xã, chia sẻ: "Lúc đầu anh em cũng ngại, nhưng giờ ai cũng muốn được dân chấm điểm cao nên tự nhắc nhau niềm nở hơn."',
      'Trong quý vừa qua, tỷ lệ đánh giá từ hài lòng trở lên tại xã đạt trên 97%. Tờ gấp hướng dẫn cách phản ánh cũng được đặt tại hai điểm Bưu điện văn hóa trên địa bàn.',
    ],
    coverCaption: 'Người dân chấm điểm mức độ hài lòng tại bộ phận một cửa xã Cẩm Thành',
    areas: ['civilService', 'procedures'],
    tags: ['văn hóa công vụ', 'một cửa', 'chỉ số SIPAS'],
    unit: 'HT-CX-CT',
    byline: 'Bài, ảnh: Lan Chi',
    daysAgo: 35,
    state: 'published',
  },
  {
    title:
      'Thị trấn Thạch Hà công khai dự toán, quyết toán ngân sách trên bảng tin và trang thông tin điện tử',
    summary:
      'Người dân có thể xem chi tiết các khoản thu, chi của thị trấn, từ tiền sửa đường nội thị đến kinh phí hoạt động của các tổ dân phố.',
    paragraphs: [
      'Thực hiện quy chế dân chủ ở cơ sở và quy định về công khai tài chính, UBND thị trấn Thạch Hà niêm yết dự toán, quyết toán ngân sách tại bảng tin trụ sở và đăng toàn văn trên trang thông tin điện tử của thị trấn. Các biểu được trình bày theo nhóm thu, chi, kèm thuyết minh ngắn dễ hiểu.',
      'Những khoản chi lớn như nâng cấp đường nội thị, lắp đèn chiếu sáng hay sửa chữa nhà văn hóa đều ghi rõ nguồn vốn, đơn vị thi công và tiến độ giải ngân. Nội dung công khai ngân sách cũng được giới thiệu tại buổi sinh hoạt Ngày Pháp luật của các tổ dân phố.',
      'Thị trấn lập hòm thư góp ý và mở mục hỏi – đáp trên trang thông tin điện tử để người dân hỏi về các khoản thu, chi. Câu hỏi được trả lời công khai trong vòng 10 ngày làm việc.',
      'Theo lãnh đạo thị trấn, công khai ngân sách giúp người dân hiểu và đồng thuận hơn khi địa phương vận động đóng góp làm đường, xây dựng đô thị văn minh. Đây cũng là cách để chính quyền tự nhắc mình chi tiêu tiết kiệm, đúng mục đích.',
    ],
    coverCaption: 'Người dân xem bảng công khai ngân sách tại trụ sở UBND thị trấn Thạch Hà',
    areas: ['publicFinance'],
    tags: ['tài chính công', 'phản ánh kiến nghị', 'ngày pháp luật'],
    unit: 'HT-TH-TT',
    byline: 'Đức Toàn – Trung tâm VH-TT huyện Thạch Hà',
    daysAgo: 110,
    state: 'published',
  },
  {
    title:
      'Liên thông giải quyết hồ sơ đất đai: người dân không còn phải đi lại nhiều lần giữa các cơ quan',
    summary:
      'Quy trình liên thông mới là bước cải cách thủ tục hành chính quan trọng: người dân nộp hồ sơ một lần tại một cửa và nhận thông báo thuế qua mạng.',
    paragraphs: [
      'Từ tháng này, hồ sơ đăng ký biến động đất đai nộp tại Trung tâm Phục vụ hành chính công tỉnh được luân chuyển điện tử giữa văn phòng đăng ký đất đai và cơ quan thuế. Người dân chỉ nộp hồ sơ một lần, nhận thông báo nghĩa vụ tài chính qua tin nhắn hoặc thư điện tử và có thể nộp tiền trực tuyến.',
      'Trước đây, một hồ sơ chuyển nhượng quyền sử dụng đất thường phải qua ba, bốn lượt đi lại: nộp hồ sơ, nhận thông báo thuế, nộp tiền ở ngân hàng rồi mới quay lại nhận giấy chứng nhận. Với quy trình mới, hai bước ở giữa được thực hiện hoàn toàn trên mạng.',
      'Theo thống kê bước đầu, thời gian giải quyết trung bình của nhóm thủ tục này đã rút ngắn khoảng 3 ngày làm việc. Mỗi bước xử lý đều được ghi lại trên hệ thống, người dân tra cứu được hồ sơ đang ở khâu nào, ai đang xử lý.',
      'Trung tâm khuyến nghị người dân kiểm tra kỹ số điện thoại, thư điện tử khi nộp hồ sơ để không bỏ lỡ thông báo. Bộ phận một cửa cấp huyện sẽ lần lượt áp dụng quy trình này trong thời gian tới.',
    ],
    heading: { text: 'Nhanh hơn, minh bạch hơn', before: 2 },
    coverCaption:
      'Công chức hướng dẫn người dân tra cứu tiến độ hồ sơ đất đai trên Cổng Dịch vụ công',
    areas: ['procedures'],
    tags: ['một cửa', 'thanh toán trực tuyến', 'dịch vụ công trực tuyến'],
    unit: 'HT-TTHCC',
    byline: 'Phương Thảo – Trung tâm Phục vụ hành chính công tỉnh',
    featured: true,
    daysAgo: 8,
    state: 'published',
  },
  {
    title:
      'Hà Tĩnh đặt mục tiêu cải thiện thứ hạng PAR INDEX, giao nhiệm vụ cụ thể cho từng sở, ngành',
    summary:
      'Tại hội nghị giao ban Ban Chỉ đạo cải cách hành chính tỉnh, người đứng đầu các đơn vị được yêu cầu khắc phục ngay những tiêu chí bị mất điểm.',
    paragraphs: [
      'Hội nghị giao ban Ban Chỉ đạo cải cách hành chính tỉnh dành phần lớn thời gian để phân tích những tiêu chí Hà Tĩnh bị mất điểm trong Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số SIPAS những năm gần đây. Trên cơ sở đó, mỗi tiêu chí được giao cho một sở, ngành chủ trì, kèm thời hạn hoàn thành.',
      'Các tiêu chí được nhắc đến nhiều là tỷ lệ hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến và chất lượng văn bản quy phạm pháp luật. Một số đơn vị còn để hồ sơ quá hạn mà không có văn bản xin lỗi, kéo điểm đánh giá chung của tỉnh xuống.',
      'Kết luận hội nghị, lãnh đạo UBND tỉnh yêu cầu người đứng đầu các cơ quan trực tiếp theo dõi chỉ số của đơn vị mình hằng quý. Kết quả cải cách hành chính sẽ gắn với đánh giá, xếp loại cuối năm của tập thể và cá nhân lãnh đạo.',
      'Ban Chỉ đạo cũng thống nhất tăng cường kiểm tra đột xuất tại bộ phận một cửa các cấp, đồng thời đẩy mạnh tuyên truyền để người dân, doanh nghiệp biết và tham gia đánh giá.',
    ],
    heading: { text: 'Trách nhiệm người đứng đầu', before: 2 },
    coverCaption: 'Quang cảnh hội nghị giao ban Ban Chỉ đạo cải cách hành chính tỉnh Hà Tĩnh',
    areas: ['institutional', 'civilService'],
    tags: ['chỉ số PAR INDEX', 'chỉ số SIPAS'],
    unit: 'HT',
    byline: 'Thanh Bình',
    source: { name: 'Báo Hà Tĩnh', url: 'https://example.vn/bao-ha-tinh/par-index-giao-ban' },
    daysAgo: 185,
    state: 'published',
  },
  {
    title: 'Phường Nam Hà đối thoại với hộ kinh doanh về thủ tục đăng ký và khai, nộp thuế điện tử',
    summary:
      'Buổi đối thoại giải đáp trực tiếp những vướng mắc của hộ kinh doanh khi chuyển từ nộp giấy sang khai thuế, nộp thuế qua mạng.',
    paragraphs: [
      'UBND phường Nam Hà (thành phố Hà Tĩnh) phối hợp với cơ quan thuế tổ chức buổi đối thoại với gần 80 hộ kinh doanh trên địa bàn. Nội dung tập trung vào thủ tục đăng ký hộ kinh doanh qua mạng và cách khai, nộp thuế điện tử.',
      'Nhiều hộ buôn bán nhỏ ở chợ và các tuyến phố cho biết còn lúng túng khi tạo tài khoản, ký điện tử hay tra cứu số thuế phải nộp. Cán bộ thuế đã hướng dẫn trên màn hình lớn, sau đó chia nhóm hỗ trợ từng hộ ngay trên điện thoại của họ.',
      'Một số kiến nghị về thời điểm thông báo thuế khoán và việc cập nhật thông tin khi hộ kinh doanh chuyển địa điểm đã được ghi nhận, chuyển cơ quan có thẩm quyền trả lời bằng văn bản.',
      'Phường cho biết sẽ tổ chức đối thoại định kỳ mỗi năm hai lần và duy trì nhóm hỗ trợ trên mạng xã hội để hộ kinh doanh hỏi bất cứ lúc nào.',
    ],
    coverCaption: 'Cán bộ thuế hướng dẫn hộ kinh doanh phường Nam Hà khai thuế qua điện thoại',
    areas: ['procedures', 'digitalGovernment'],
    tags: ['dịch vụ công trực tuyến', 'thanh toán trực tuyến', 'phản ánh kiến nghị'],
    unit: 'HT-TP-NH',
    byline: 'Bài, ảnh: Ngọc Ánh',
    daysAgo: 14,
    state: 'published',
  },
  {
    title:
      'Thị trấn Cẩm Xuyên mở "Sáng thứ Bảy cùng dân" để người lao động làm thủ tục ngoài giờ hành chính',
    summary:
      'Bộ phận một cửa thị trấn tiếp nhận hồ sơ vào sáng thứ Bảy, phục vụ công nhân và người buôn bán không thể đến trong giờ hành chính.',
    paragraphs: [
      'Nhiều người dân thị trấn Cẩm Xuyên làm công nhân ở các khu công nghiệp hoặc buôn bán cả ngày, khó thu xếp thời gian đến trụ sở trong giờ hành chính. Để tháo gỡ, UBND thị trấn bố trí công chức trực bộ phận một cửa vào sáng thứ Bảy hằng tuần.',
      'Công chức tham gia trực được nghỉ bù theo quy định; lịch trực được thông báo trên trạm truyền thanh và trang thông tin điện tử của thị trấn. Hồ sơ cần ký duyệt gấp được lãnh đạo thị trấn ký số ngay trong buổi sáng.',
      'Anh Phan Văn Tú, công nhân một nhà máy may, đã làm xong thủ tục chứng thực giấy tờ và đăng ký khai sinh cho con mà không phải xin nghỉ. "Trước đây muốn làm giấy tờ là mất một ngày công, giờ tranh thủ sáng thứ Bảy là xong", anh nói.',
      'Sau hai tháng, mỗi buổi sáng thứ Bảy bộ phận một cửa tiếp nhận trung bình 25–30 hồ sơ. Thị trấn đánh giá đây là cách làm thiết thực, thể hiện tinh thần phục vụ của đội ngũ công chức.',
    ],
    coverCaption: 'Bộ phận một cửa thị trấn Cẩm Xuyên tiếp nhận hồ sơ vào sáng thứ Bảy',
    areas: ['civilService'],
    tags: ['văn hóa công vụ', 'một cửa'],
    unit: 'HT-CX-TT',
    byline: 'Minh Quân – Trung tâm VH-TT huyện Cẩm Xuyên',
    daysAgo: 3,
    state: 'published',
  },
  {
    title:
      'Sơ kết 6 tháng: 100% trạm truyền thanh cơ sở ở ba địa phương đã có chuyên mục cải cách hành chính',
    summary:
      'Sở Nội vụ đánh giá tuyên truyền cải cách thủ tục hành chính ở cơ sở có chuyển biến rõ, nhưng chất lượng nội dung giữa các địa phương còn chênh lệch.',
    paragraphs: [
      'Theo báo cáo sơ kết 6 tháng của Sở Nội vụ, mọi xã, phường, thị trấn có trạm truyền thanh cơ sở ở thành phố Hà Tĩnh, huyện Cẩm Xuyên và huyện Thạch Hà đều đã duy trì chuyên mục cải cách hành chính. Bình quân mỗi trạm phát từ hai đến bốn số mỗi tháng.',
      'Ngoài phát thanh cơ sở, Sở đã phối hợp với báo và đài phát thanh – truyền hình của tỉnh thực hiện 3 chuyên mục truyền hình, 3 chuyên mục phát thanh và 8 bài báo về cải cách hành chính trong quý. Toàn bộ cổng, trang thông tin điện tử của các sở, ngành, địa phương đều có chuyên mục CCHC.',
      'Tuy vậy, qua kiểm tra, một số trạm vẫn chủ yếu đọc lại văn bản chỉ đạo, thiếu thông tin hướng dẫn cụ thể. Một số xã chưa có điểm Bưu điện văn hóa nên tài liệu tuyên truyền phải đặt tạm ở nhà văn hóa thôn.',
      'Sở Nội vụ đề nghị các địa phương xây dựng nội dung theo lối hỏi – đáp, mỗi số trả lời một thủ tục người dân quan tâm, đồng thời gửi kịch bản phát thanh lên hệ thống để theo dõi, chấm điểm.',
    ],
    heading: { text: 'Còn nặng về đọc văn bản', before: 2 },
    coverCaption: 'Cụm loa của trạm truyền thanh cơ sở phát chuyên mục cải cách hành chính',
    areas: ['procedures'],
    tags: ['trạm truyền thanh', 'bưu điện văn hóa xã'],
    unit: 'HT-SNV',
    byline: 'Hoàng Lan',
    featured: true,
    daysAgo: 1,
    state: 'published',
  },

  // Not yet published: drafts, pieces under review, returned pieces and one scheduled piece.
  {
    title:
      'Xã Thạch Liên kiện toàn bộ phận một cửa sau khi bố trí lại công chức theo vị trí việc làm',
    summary:
      'Sau đợt sắp xếp, bộ phận một cửa của xã có thêm một công chức chuyên trách, thời gian chờ của người dân giảm rõ.',
    paragraphs: [
      'Thực hiện đề án vị trí việc làm, UBND xã Thạch Liên (huyện Thạch Hà) đã rà soát nhiệm vụ của từng công chức và bố trí thêm một người chuyên trách tại bộ phận một cửa. Trước đó, công chức tư pháp – hộ tịch vừa tiếp nhận hồ sơ vừa đi cơ sở, nhiều hôm người dân đến phải chờ.',
      'Bộ phận một cửa cũng được sắp xếp lại không gian, thêm bàn viết hồ sơ, ghế chờ và máy tính để người dân tự tra cứu. Lịch trực được công khai, bảo đảm trong giờ hành chính luôn có người tiếp nhận.',
      'Xã dự kiến đăng ký tham gia bình chọn bộ phận một cửa tiêu biểu của huyện trong đợt tới. [Cần bổ sung số liệu hồ sơ của quý và ảnh minh họa.]',
    ],
    coverCaption: 'Bộ phận một cửa xã Thạch Liên sau khi được sắp xếp lại',
    areas: ['apparatus', 'civilService'],
    tags: ['một cửa', 'tinh gọn bộ máy'],
    unit: 'HT-TH-TL',
    byline: 'Đức Toàn – Trung tâm VH-TT huyện Thạch Hà',
    daysAgo: 2,
    state: 'draft',
  },
  {
    title:
      'Thành phố Hà Tĩnh dành nguồn tiết kiệm chi thường xuyên để đầu tư hạ tầng số cho phường, xã',
    summary:
      'Khoản tiết kiệm từ hội nghị, công tác phí được dùng để thay máy tính, máy quét và nâng cấp đường truyền cho bộ phận một cửa cấp xã.',
    paragraphs: [
      'UBND thành phố Hà Tĩnh vừa thống nhất phương án dùng nguồn tiết kiệm chi thường xuyên của các phòng, ban để đầu tư trang thiết bị cho bộ phận một cửa cấp xã. Các khoản tiết kiệm chủ yếu đến từ việc giảm hội nghị, chuyển sang họp trực tuyến và cắt giảm công tác phí.',
      'Theo phương án, mỗi phường, xã được trang bị thêm máy quét tốc độ cao phục vụ số hóa hồ sơ, nâng cấp đường truyền và thay các máy tính đã quá cũ. Thiết bị được mua sắm tập trung để bảo đảm đồng bộ và tiết kiệm.',
      'Việc phân bổ, sử dụng kinh phí sẽ được công khai trên Cổng thông tin điện tử thành phố theo quy định.',
    ],
    coverCaption: 'Máy quét hồ sơ mới được bàn giao cho bộ phận một cửa cấp xã',
    areas: ['publicFinance', 'digitalGovernment'],
    tags: ['tài chính công', 'chuyển đổi số'],
    unit: 'HT-TP',
    byline: 'Bài: Thu Hà',
    daysAgo: 4,
    state: 'draft',
  },
  {
    title:
      'Xã Cẩm Quang phát động thi đua cải cách thủ tục hành chính gắn với xây dựng nông thôn mới',
    summary:
      'Các thôn thi đua về tỷ lệ hộ dân dùng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.',
    paragraphs: [
      'UBND xã Cẩm Quang (huyện Cẩm Xuyên) vừa phát động phong trào thi đua cải cách thủ tục trong các thôn, gắn với tiêu chí xây dựng nông thôn mới nâng cao. Mỗi thôn đăng ký chỉ tiêu về số hộ có tài khoản định danh điện tử và số hồ sơ nộp trực tuyến.',
      'Trạm truyền thanh xã sẽ công bố kết quả thi đua hằng tháng; thôn dẫn đầu được biểu dương tại hội nghị sơ kết.',
      'Công chức văn hóa – xã hội được giao theo dõi, tổng hợp và báo cáo định kỳ cho Ban Chỉ đạo của xã.',
    ],
    coverCaption: 'Lễ phát động thi đua cải cách hành chính tại xã Cẩm Quang',
    areas: ['procedures'],
    tags: ['dịch vụ công trực tuyến', 'trạm truyền thanh'],
    unit: 'HT-CX-CQ',
    byline: 'Minh Quân – Trung tâm VH-TT huyện Cẩm Xuyên',
    daysAgo: 6,
    state: 'draft',
  },
  {
    title:
      'Sở Tư pháp lấy ý kiến người dân về dự thảo quy trình chứng thực bản sao điện tử tại cấp xã',
    summary:
      'Dự thảo được đăng công khai trên trang thông tin điện tử của Sở để người dân, tổ chức góp ý trong 30 ngày.',
    paragraphs: [
      'Sở Tư pháp vừa đăng tải dự thảo hướng dẫn quy trình chứng thực bản sao điện tử từ bản chính tại UBND cấp xã để lấy ý kiến rộng rãi. Dự thảo nêu rõ các bước tiếp nhận, đối chiếu, ký số và trả kết quả vào kho dữ liệu điện tử của người yêu cầu.',
      'Người dân, tổ chức có thể góp ý trực tiếp trên trang thông tin điện tử của Sở, gửi thư điện tử hoặc gửi văn bản về Sở. Các ý kiến sẽ được tổng hợp, tiếp thu và công khai phần giải trình trước khi ban hành.',
      'Theo Sở Tư pháp, khi quy trình được áp dụng, bản sao chứng thực điện tử có thể dùng lại cho nhiều thủ tục trực tuyến khác, người dân không phải in và nộp bản giấy nhiều lần.',
    ],
    coverCaption: 'Công chức tư pháp cấp xã thực hiện chứng thực bản sao điện tử',
    areas: ['institutional', 'digitalGovernment'],
    tags: ['dịch vụ công trực tuyến', 'chuyển đổi số'],
    unit: 'HT-STP',
    byline: 'Hải Yến – Sở Tư pháp',
    daysAgo: 1,
    state: 'inReview',
  },
  {
    title:
      'Xã Việt Tiến mở lớp bồi dưỡng kỹ năng giao tiếp cho công chức tiếp nhận và trả kết quả hồ sơ',
    summary:
      'Lớp học tập trung vào cách lắng nghe, giải thích thủ tục bằng lời dễ hiểu và xử lý tình huống khi người dân bức xúc.',
    paragraphs: [
      'UBND xã Việt Tiến (huyện Thạch Hà) tổ chức lớp bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức bộ phận một cửa và cán bộ thôn. Giảng viên là cán bộ Phòng Nội vụ huyện, nhiều năm theo dõi công tác văn hóa công vụ.',
      'Học viên thực hành qua các tình huống thường gặp như người dân mang thiếu giấy tờ, hồ sơ bị trả lại hay người cao tuổi nghe không rõ hướng dẫn. Mỗi tình huống đều được cả lớp nhận xét, rút kinh nghiệm ngay tại chỗ.',
      'Sau lớp học, xã sẽ lấy ý kiến người dân về thái độ phục vụ của công chức để đánh giá hiệu quả.',
    ],
    coverCaption: 'Công chức xã Việt Tiến thực hành xử lý tình huống giao tiếp với người dân',
    areas: ['civilService'],
    tags: ['văn hóa công vụ', 'một cửa'],
    unit: 'HT-TH-VT',
    byline: 'Bài, ảnh: Lan Chi',
    daysAgo: 2,
    state: 'inReview',
  },
  {
    title:
      'Xã Cẩm Vịnh nâng tỷ lệ hồ sơ nộp trực tuyến nhờ tuyên truyền qua nhóm Zalo của các thôn',
    summary:
      'Các nhóm Zalo thôn trở thành kênh hướng dẫn dịch vụ công trực tuyến hiệu quả ở xã Cẩm Vịnh.',
    paragraphs: [
      'Xã Cẩm Vịnh (huyện Cẩm Xuyên) chưa có trạm truyền thanh nên chọn mạng xã hội làm kênh tuyên truyền chính. Mỗi thôn có một nhóm Zalo, trưởng thôn và công chức xã thường xuyên đăng hướng dẫn thủ tục và đường dẫn nộp hồ sơ trực tuyến.',
      'Nhờ cách làm này, số hồ sơ nộp qua mạng tại xã tăng nhanh. Nhiều người dân đã quen tự nộp hồ sơ chứng thực, hộ tịch trên điện thoại.',
      'Xã cũng phối hợp với điểm bưu điện văn hóa để hướng dẫn những người chưa dùng Zalo.',
    ],
    coverCaption: 'Trưởng thôn ở xã Cẩm Vịnh đăng hướng dẫn thủ tục lên nhóm Zalo',
    areas: ['digitalGovernment'],
    tags: ['dịch vụ công trực tuyến', 'chuyển đổi số'],
    unit: 'HT-CX-CV',
    byline: 'Minh Quân – Trung tâm VH-TT huyện Cẩm Xuyên',
    daysAgo: 5,
    state: 'returned',
    reviewComment:
      'Bài còn chung chung. Đề nghị bổ sung số liệu cụ thể (tỷ lệ hồ sơ trực tuyến trước và sau khi lập nhóm Zalo, số nhóm, số thành viên), trích ý kiến của ít nhất một người dân và ghi chú thích ảnh đầy đủ rồi gửi duyệt lại.',
  },
  {
    title:
      'Phường Đại Nài công khai quyết toán ngân sách tại hội nghị tiếp xúc cử tri cuối năm của phường',
    summary:
      'Người dân được nghe báo cáo chi tiết và chất vấn trực tiếp về các khoản thu, chi của phường.',
    paragraphs: [
      'Tại hội nghị tiếp xúc cử tri, UBND phường Đại Nài (thành phố Hà Tĩnh) đã báo cáo quyết toán ngân sách năm trước và tình hình thực hiện dự toán năm nay. Các khoản chi đầu tư, chi thường xuyên được trình bày theo từng hạng mục.',
      'Cử tri đặt nhiều câu hỏi về tiến độ nâng cấp tuyến đường ven sông và kinh phí hoạt động của tổ dân phố. Lãnh đạo phường trả lời trực tiếp và hẹn thông báo bằng văn bản những nội dung cần thêm thời gian kiểm tra.',
      'Báo cáo quyết toán sẽ được niêm yết tại trụ sở phường và đăng trên Cổng thông tin điện tử thành phố.',
    ],
    coverCaption: 'Cử tri phường Đại Nài phát biểu tại hội nghị tiếp xúc cử tri',
    areas: ['publicFinance'],
    tags: ['tài chính công', 'phản ánh kiến nghị'],
    unit: 'HT-TP-DN',
    byline: 'Bài: Thu Hà',
    daysAgo: 7,
    state: 'returned',
    reviewComment:
      'Bài chưa nêu tên, chức danh người trả lời cử tri và chưa có tổng thu, tổng chi để người đọc hình dung. Đề nghị bổ sung, đối chiếu số liệu với bộ phận tài chính phường và viết lại tiêu đề cho rõ điểm mới của hội nghị.',
  },
  {
    title:
      'Khai mạc cuộc thi trực tuyến tìm hiểu cải cách hành chính tỉnh Hà Tĩnh dành cho mọi người dân',
    summary:
      'Cuộc thi kéo dài bốn tuần, mỗi tuần một bộ câu hỏi về thủ tục hành chính, dịch vụ công trực tuyến và chính quyền số.',
    paragraphs: [
      'Sở Nội vụ phối hợp với Sở Tư pháp tổ chức cuộc thi trực tuyến tìm hiểu về cải cách hành chính, mở cho mọi công dân đang sinh sống, làm việc trên địa bàn tỉnh. Người dự thi đăng nhập bằng số điện thoại và trả lời 20 câu hỏi trắc nghiệm mỗi tuần.',
      'Câu hỏi xoay quanh các thủ tục thường gặp, cách nộp hồ sơ trên Cổng Dịch vụ công, thanh toán trực tuyến và quyền phản ánh, kiến nghị của người dân. Mỗi tuần ban tổ chức trao một giải nhất, hai giải nhì và năm giải khuyến khích.',
      'Ngoài giải cá nhân, cuộc thi có giải tập thể cho xã, phường có tỷ lệ người dự thi cao nhất. Ban tổ chức đề nghị các trạm truyền thanh cơ sở thông báo lịch thi và hướng dẫn cách tham gia trong suốt thời gian diễn ra cuộc thi.',
    ],
    heading: { text: 'Giải thưởng cho cả tập thể', before: 2 },
    coverCaption: 'Giao diện trang dự thi trực tuyến tìm hiểu cải cách hành chính',
    areas: ['procedures', 'digitalGovernment'],
    tags: ['dịch vụ công trực tuyến', 'trạm truyền thanh'],
    unit: 'HT-SNV',
    byline: 'Hoàng Lan',
    daysAgo: -3,
    state: 'scheduled',
  },
]
