"""Vietnamese."""

from podclean.languages.record import Language, words

LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
    list_headings=words("tập mới nhất | tất cả các tập | các tập | bạn cũng có thể thích | podcast tương tự"),
    labels=words("cập nhật lần cuối | đã cập nhật | danh mục | thể loại | ngôn ngữ"),
    published_labels=words("ngày đăng"),
    duration_labels=words("thời lượng"),
    reading_labels=words("thời gian đọc"),
    counters=words("tập | lượt nghe | đánh giá | người theo dõi"),
    banners=words("tải ứng dụng … | mở trong … | nghe trên …"),
    bylines=words("podcast của"),
    show_labels=words("podcast:"),
)
