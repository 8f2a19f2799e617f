import type { SeedQuestion } from './types'

/** Demo questions sent in by citizens: 3 new, 2 in progress, 2 answered, 2 published, 1 rejected (fictional people). */
export const seedQuestions: SeedQuestion[] = [
  {
    name: 'Trần Văn Bình',
    email: 'tranvanbinh@nguoidan.demo',
    question:
      'Gia đình tôi mua một mảnh đất bằng giấy viết tay từ lâu, người bán nay đã chuyển vào Nam. Tôi muốn làm giấy chứng nhận quyền sử dụng đất thì có được không và cần giấy tờ gì?',
    field: 'land',
    state: 'new',
  },
  {
    name: 'Lê Thị Hằng',
    email: 'lethihang@nguoidan.demo',
    question:
      'Nhà tôi ở thị trấn Thạch Hà, muốn xây thêm tầng hai trên nền nhà cấp bốn cũ. Tôi có phải xin giấy phép xây dựng không, nộp hồ sơ ở xã hay ở huyện?',
    field: 'construction',
    state: 'new',
  },
  {
    name: 'Nguyễn Hữu Phước',
    email: 'nguyenhuuphuoc@nguoidan.demo',
    question:
      'Thẻ bảo hiểm y tế của con tôi bị ghi sai ngày sinh so với giấy khai sinh. Xin hỏi tôi phải làm gì để điều chỉnh, có làm qua mạng được không?',
    field: 'insurance',
    state: 'new',
  },
  {
    name: 'Phạm Thị Thu Trang',
    email: 'phamthithutrang@nguoidan.demo',
    question:
      'Tôi bán quần áo qua mạng xã hội tại nhà, doanh thu mỗi tháng không nhiều. Như vậy tôi có phải đăng ký hộ kinh doanh và nộp thuế không?',
    field: 'tax',
    state: 'inProgress',
  },
  {
    name: 'Hồ Sỹ Tuấn',
    email: 'hosytuan@nguoidan.demo',
    question:
      'Công ty chúng tôi muốn thuê đất trong cụm công nghiệp ở huyện Cẩm Xuyên để mở xưởng chế biến gỗ. Xin hướng dẫn trình tự thủ tục đầu tư và thời gian dự kiến.',
    field: 'investment',
    state: 'inProgress',
  },
  {
    name: 'Võ Thị Nga',
    email: 'vothinga@nguoidan.demo',
    question:
      'Tôi mở quán cà phê nhỏ trước nhà, chỉ bán đồ uống. Tôi có cần xin giấy chứng nhận an toàn thực phẩm không?',
    field: 'health',
    state: 'answered',
    answer:
      'Chào chị Nga. Quán đồ uống có đăng ký hộ kinh doanh thường phải có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, trừ trường hợp quy mô rất nhỏ chỉ cần ký cam kết. Chị liên hệ bộ phận một cửa UBND xã, phường để được xác định đúng trường hợp; nếu cần giấy chứng nhận, chị nộp hồ sơ tại bộ phận một cửa cấp huyện hoặc trên Cổng Dịch vụ công, kèm giấy xác nhận kiến thức an toàn thực phẩm và giấy khám sức khỏe của người pha chế.',
  },
  {
    name: 'Đinh Văn Lực',
    email: 'dinhvanluc@nguoidan.demo',
    question:
      'Tôi là công nhân, chưa có nhà riêng, muốn đăng ký mua nhà ở xã hội. Giấy xác nhận chưa có nhà ở thì xin ở đâu?',
    field: 'housing',
    state: 'answered',
    answer:
      'Chào anh Lực. Giấy xác nhận về thực trạng nhà ở do UBND cấp xã nơi anh đăng ký thường trú hoặc tạm trú cấp; giấy xác nhận thu nhập do doanh nghiệp nơi anh làm việc cấp. Anh nộp hai giấy này cùng đơn đăng ký cho chủ đầu tư dự án nhà ở xã hội. Trước khi nộp, anh nên hỏi chủ đầu tư mẫu đơn đang áp dụng để tránh phải làm lại.',
  },
  {
    name: 'Bùi Thị Minh Châu',
    email: 'buithiminhchau@nguoidan.demo',
    question:
      'Bố mẹ tôi muốn tách thửa đất vườn để chia cho hai anh em. Diện tích tối thiểu được tách thửa là bao nhiêu và thủ tục ra sao?',
    field: 'land',
    state: 'published',
    answer:
      'Chào chị Châu. Diện tích tối thiểu được tách thửa do UBND tỉnh quy định, khác nhau giữa đất ở đô thị, đất ở nông thôn và đất nông nghiệp; chị có thể xem quy định này trong chuyên mục CCHC trên Cổng thông tin điện tử tỉnh hoặc hỏi công chức địa chính xã. Nếu thửa đất đủ điều kiện, gia đình nộp hồ sơ đề nghị tách thửa tại bộ phận một cửa cấp huyện hoặc trên Cổng Dịch vụ công; cơ quan đăng ký đất đai sẽ đo đạc, chỉnh lý hồ sơ và cấp giấy chứng nhận cho từng thửa mới.',
  },
  {
    name: 'Công ty TNHH Thủy sản Hải Bình',
    email: 'haibinh.thuysan@nguoidan.demo',
    question:
      'Chúng tôi lần đầu xuất khẩu một lô mực khô sang Hàn Quốc. Ngoài tờ khai hải quan, cần thêm những giấy tờ gì để đối tác được hưởng thuế ưu đãi?',
    field: 'export',
    state: 'published',
    answer:
      'Để phía nhập khẩu được hưởng thuế ưu đãi, doanh nghiệp cần xin giấy chứng nhận xuất xứ hàng hóa theo mẫu phù hợp với hiệp định thương mại giữa hai nước, khai trực tuyến trên hệ thống cấp C/O điện tử của Bộ Công Thương. Với hàng thủy sản, doanh nghiệp còn cần giấy chứng nhận an toàn thực phẩm, kiểm dịch theo yêu cầu của nước nhập khẩu; nên kiểm tra danh sách cơ sở được phép xuất khẩu vào thị trường này trước khi ký hợp đồng.',
  },
  {
    name: 'Ngô Văn Sáng',
    email: 'ngovansang@nguoidan.demo',
    question:
      'Nhà hàng xóm tối nào cũng hát karaoke rất to. Nhân tiện ai biết chỗ bán loa kéo nhập khẩu giá rẻ thì chỉ giúp tôi với.',
    field: 'import',
    state: 'rejected',
  },
]
