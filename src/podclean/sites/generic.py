"""The fallback for sites podclean has no profile for.

It knows no chrome and no layout: the segmenter decides the layout from the
page itself, and chrome comes from repetition and feed boilerplate only.
"""

from podclean.sites.profile import SiteProfile

PROFILE = SiteProfile(name="generic", layout="auto", date_order="auto")
