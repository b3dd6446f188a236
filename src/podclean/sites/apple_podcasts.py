"""Apple-Podcasts-style show pages (any storefront locale).

The show's name heads the page, then its author, rating and description, an
"Episodes" heading, and one line per episode — title, date (day first in
European storefronts), duration and notes run together — separated by "-".
"""

from podclean.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="apple-podcasts",
    recognise=(
        r"^(?:Avsnitt|Episodes|Folgen|Épisodes|Episodios|Episódios|Afleveringen|Episodi|Jaksot|Episoder|Odcinki)$",
        r"(?:Den här podcasten finns även i podcastlistor|This podcast is also available|Dieser Podcast ist auch|Ce podcast est également disponible|Este podcast también está disponible)",
        r"^(?:Populär i|Popular in|Beliebt in|Populaire dans|Popular en)\b",
    ),
    min_score=2,
    chrome=(
        r"Avsnitt|Episodes|Folgen|Épisodes|Episodios|Episódios|Afleveringen|Episodi|Jaksot|Episoder|Odcinki",
        r"-",
        r"\d+(?:[.,]\d)?",
        r"(?:Populär i|Popular in|Beliebt in|Populaire dans|Popular en)(?: .*)?",
        r"(?:Den här podcasten finns även i podcastlistor|This podcast is also available|Dieser Podcast ist auch|Ce podcast est également disponible|Este podcast también está disponible).*",
    ),
    date_order="DMY",
    layout="glued",
    show_from_header=True,
)
