"""A translation site ("Hear the voice. See the shape of the thought.").

Its channel pages list episodes as a title line followed by one long line of
translated description (chapters and entity lists inline); an episode it has
not translated yet shows its title alone.
"""

from podclean.sites.profile import SiteProfile

PROFILE = SiteProfile(
    name="hear-the-voice",
    kind="translation",
    recognise=(r"Hear the voice\. See the shape of the thought\.",),
    chrome=(
        r".{0,20}Hear the voice\. See the shape of the thought\.",
        r"Explorar Canales|Explorar canais|채널 둘러보기|Browse Channels|Explore Channels|浏览频道|チャンネルを探す|Kanäle entdecken|Explorer les chaînes",
    ),
    layout="pairs",
)
