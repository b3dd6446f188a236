"""LaiDub: a captioning site that re-publishes episodes with dubbed captions.

Each episode shows a header (title, duration, caption languages, "Watch with
Captions", show name glued to a relative date) and then a detail view that
repeats the title above the description and a line of hashtags.
"""

from podclean.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="laidub",
    kind="translation",
    recognise=(r"^LaiDub$", r"^Watch with Captions$", r"^[A-Z]{2}/[A-Z]{2}$"),
    min_score=2,
    chrome=(
        r"LaiDub",
        r"팟캐스트|Podcasts?|Podcasts?|ポッドキャスト|播客|Pódcasts?",
        r"Watch with Captions|자막과 함께 보기|字幕付きで見る|带字幕观看|Ver con subtítulos",
        r"[A-Z]{2}(?:/[A-Z]{2})+",
    ),
    date_order="auto",
    layout="stacked",
)
