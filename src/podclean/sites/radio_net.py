"""radio.net podcast pages (English storefront; dates are day first).

Each episode opens with a bullet naming the show, then the title, a
"DD/MM/YYYY | 1h 43 mins." line and the full show notes (timestamps and a
transcript included), closed by the feed's footer. App ads follow the list.
"""

from podclean.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="radio-net",
    recognise=(r"radio\.net", r"^Latest episode$", r"^\d+ episodes$", r"^More \w+ podcasts$"),
    min_score=2,
    chrome=(
        r"Podcasts\S.*",
        r"Latest episode",
        r"\d+ episodes",
        r"Podcast website",
        r"Get the free radio\.net app",
        r"Listen to .* radio\.net app",
    ),
    list_end=(r"More .{1,40} podcasts",),
    date_order="DMY",
    layout="stacked",
    block_marker=r"\s*•\s+(?P<show>.+)",
)
