"""Vietnamese."""

from podclean.languages.record import Language, RelativeUnits, Sections, words

LANGUAGE = Language(
    code="vi",
    name="Vietnamese",
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
