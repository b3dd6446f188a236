"""Czech."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="cs",
    name="Czech",
    weekdays=calendar("pondělí po | úterý út | středa st | čtvrtek čt | pátek pá | sobota so | neděle ne"),
    list_headings=words("nejnovější díly | všechny díly | díly | epizody | mohlo by se vám líbit"),
    labels=words("doba čtení | naposledy aktualizováno | aktualizováno | publikováno | délka | kategorie | jazyk"),
    counters=words("dílů | díly | díl | epizod | hodnocení | sledujících"),
    banners=words("stáhněte si aplikaci … | otevřít v … | poslouchejte na … | k dispozici na …"),
    bylines=words("podcast od"),
    show_labels=words("podcast:"),
)
