import type { SeedComment } from './types'

/** Demo reader comments on published articles (indices 0–21 of seedArticles): 8 approved, 4 pending, 2 rejected. */
export const seedComments: SeedComment[] = [
  {
    article: 17,
    name: 'Nguyễn Văn Thắng',
    content:
      'Tháng trước tôi làm thủ tục sang tên đất, nhận thông báo thuế qua tin nhắn và nộp tiền trên điện thoại luôn. Đỡ được mấy chuyến đi lại, cảm ơn trung tâm.',
    state: 'approved',
  },
  {
    article: 17,
    name: 'Lê Thị Ngọc',
    content: 'Mong sớm áp dụng ở bộ phận một cửa huyện Thạch Hà để bà con ở xa cũng được hưởng.',
    state: 'approved',
  },
  {
    article: 2,
    name: 'Hoàng Văn Dũng',
    content:
      'Sáng thứ Hai nào tôi cũng nghe chuyên mục này trên loa thôn. Ngắn gọn, dễ hiểu, nên phát lại vào buổi chiều cho người đi làm đồng về muộn.',
    state: 'approved',
  },
  {
    article: 5,
    name: 'Trần Thị Lý',
    content:
      'Các cháu trong tổ công nghệ số rất nhiệt tình, kiên nhẫn chỉ từng bước cho người già như tôi. Xin cảm ơn các cháu.',
    state: 'approved',
  },
  {
    article: 3,
    name: 'Phan Minh Đức',
    content:
      'Quét mã QR xem thành phần hồ sơ rất tiện, nhưng mong thành phố bổ sung thêm chỗ ngồi chờ vào buổi sáng đầu tuần.',
    state: 'approved',
  },
  {
    article: 20,
    name: 'Đặng Thị Hồng',
    content:
      'Làm thủ tục sáng thứ Bảy đúng là giúp người đi làm công ty như chúng tôi rất nhiều. Mong các xã khác cũng làm theo.',
    state: 'approved',
  },
  {
    article: 10,
    name: 'Lê Văn Hưng',
    content:
      'Tôi đã gọi đường dây nóng hỏi về hồ sơ đất và được gọi lại ngay chiều hôm đó. Thái độ cán bộ rất lịch sự.',
    state: 'approved',
  },
  {
    article: 7,
    name: 'Nguyễn Thị Kim Liên',
    content:
      'Đúng là thủ tục đất đai vẫn còn chậm. Mong tỉnh công bố cả kết quả SIPAS của từng huyện để người dân biết nơi nào làm tốt.',
    state: 'approved',
  },
  {
    article: 8,
    name: 'Trương Văn Mạnh',
    content:
      'Bài viết <b>rất</b> hữu ích, tôi không biết là có thể gửi hồ sơ lý lịch tư pháp qua bưu điện.',
    state: 'pending',
  },
  {
    article: 19,
    name: 'Vũ Thị Thanh',
    content: 'Cho hỏi hộ kinh doanh online có được mời dự buổi đối thoại lần sau không ạ?',
    state: 'pending',
  },
  {
    article: 6,
    name: 'Cao Xuân Hòa',
    content:
      'Thanh toán qua QR nhanh thật, nhưng biên lai điện tử gửi về hơi chậm, có lúc phải chờ cả tiếng.',
    state: 'pending',
  },
  {
    article: 21,
    name: 'Lưu Đình Phong',
    content:
      'Xã tôi chưa có trạm truyền thanh, mong tỉnh có hướng dẫn cách tuyên truyền khác cho những nơi như vậy.',
    state: 'pending',
  },
  {
    article: 12,
    name: 'Dịch vụ Nhanh',
    content:
      'Nhận làm sổ đỏ, giấy phép xây dựng siêu tốc, bao đậu 100%, không cần chờ đợi! Liên hệ ngay số trên trang của chúng tôi để được giảm giá.',
    state: 'rejected',
  },
  {
    article: 14,
    name: 'Khách',
    content: 'Toàn nói cho hay, mấy ông cán bộ chỉ giỏi ngồi chơi, cắt hết đi cho xong!!!',
    state: 'rejected',
  },
]
