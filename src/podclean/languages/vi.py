"""Vietnamese."""

from podclean.languages.record import Language, RelativeUnits, Sections, words

LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
    # Months are numbered: "12 tháng 5, 2026", "12 thg 5, 2026", "ngày 12 tháng 5 năm 2026".
    month_words=words("tháng | thg"),
    date_joiners=words("năm"),
    hour_units=words("giờ | tiếng"),
    minute_units=words("phút"),
    second_units=words("giây"),
    duration_joiners=words("và"),
    relative_units=RelativeUnits(
        minute=words("phút"),
        hour=words("giờ | tiếng"),
        day=words("ngày"),
        week=words("tuần"),
        month=words("tháng"),
        year=words("năm"),
    ),
    ago_after=words("trước"),
    today=words("hôm nay"),
    yesterday=words("hôm qua"),
    sections=Sections(
        chapters=words("chương | mốc thời gian"),
        transcript=words("bản ghi | bản chép lời"),
        description=words("mô tả | giới thiệu tập | tóm tắt"),
        insights=words("ý chính | điểm chính"),
    ),
    list_headings=words(
        "tập mới nhất | bài viết mới | bài viết gần đây | bình luận gần đây | lưu trữ | tất cả các tập | các tập | bạn cũng có thể thích | podcast tương tự | tập phổ biến"
        " | tập mới | các tập trước | các tập liên quan | tất cả tập | các mùa | tất cả các mùa"
        " | có thể bạn cũng thích | thêm từ podcast này | đề xuất | đề xuất cho bạn | khách hàng cũng mua"
        " | đánh giá | xếp hạng và đánh giá"
    ),
    labels=words(
        "cập nhật lần cuối | đã cập nhật | danh mục | thể loại | ngôn ngữ | nhà xuất bản | người đọc"
        " | giọng đọc | định dạng | xếp hạng | đánh giá | sắp xếp theo"
    ),
    published_labels=words("ngày đăng | đăng vào | đăng ngày | đăng lúc"),
    duration_labels=words("thời lượng"),
    reading_labels=words("thời gian đọc"),
    counters=words(
        "tập | lượt nghe | đánh giá | người theo dõi | người nghe | lượt phát | lượt xem | bình luận"
        " | lượt thích | lượt tải | phút còn lại | người đăng ký | lượt đánh giá"
    ),
    banners=words(
        "tải ứng dụng … | mở trong … | nghe trên … | mở trong ứng dụng | mở ứng dụng | tải ứng dụng"
        " | nghe trong ứng dụng | đăng nhập để nghe | dùng thử … miễn phí"
    ),
    bylines=words("podcast của"),
    show_labels=words("podcast:"),
    buttons=words(
        "đăng nhập | đăng ký | tạo tài khoản | theo dõi | đang theo dõi | bỏ theo dõi | chia sẻ | tải xuống"
        " | tải về | phát | tạm dừng | thêm vào thư viện | thêm vào hàng đợi | thêm vào danh sách phát"
        " | phát tập | phát tập này | phát trailer | xem tất cả | tải thêm | xem thêm tập | trang sau"
        " | trang trước | trang tiếp theo | thêm vào giỏ hàng | thêm vào giỏ | mua ngay | dùng thử miễn phí"
        " | nghe thử | danh sách yêu thích | sao chép liên kết | tìm kiếm | menu | trang chủ | khám phá"
        " | cài đặt | viết đánh giá"
    ),
    read_more=words("xem thêm | đọc thêm | hiển thị thêm"),
    read_less=words("thu gọn | ẩn bớt | hiển thị ít hơn"),
    episode_headings=words("các tập | tất cả các tập | tập mới nhất"),
    author_words=words("bởi | đăng bởi"),
    comment_headings=words("bình luận | để lại bình luận | để lại một bình luận"),
    cookie_notices=words("chúng tôi sử dụng cookie | trang web này sử dụng cookie"),
)
