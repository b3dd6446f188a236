"""Czech."""

from podclean.languages.record import Language, Sections, calendar, words

LANGUAGE = Language(
    code="cs",
    name="Czech",
    sections=Sections(
        chapters=words("kapitoly | časové značky"),
        transcript=words("přepis"),
        description=words("popis | popis epizody | o epizodě | shrnutí"),
        insights=words("klíčové body"),
    ),
    months=calendar(
        "ledna leden | února únor | března březen | dubna duben | května květen | června červen | července červenec | srpna srpen | září | října říjen | listopadu listopad | prosince prosinec"
    ),
    weekdays=calendar("pondělí po | úterý út | středa st | čtvrtek čt | pátek pá | sobota so | neděle ne"),
    hour_units=words("hodin | hodiny | hodina | hod | h"),
    minute_units=words("minut | minuty | minuta | min"),
    list_headings=words("nejnovější díly | všechny díly | díly | epizody | mohlo by se vám líbit"),
    labels=words("naposledy aktualizováno | aktualizováno | kategorie | jazyk"),
    published_labels=words("publikováno"),
    duration_labels=words("délka"),
    reading_labels=words("doba čtení"),
    episode_words=words("díl | epizoda"),
    season_words=words("řada | série"),
    counters=words("dílů | díly | díl | epizod | hodnocení | sledujících"),
    banners=words("stáhněte si aplikaci … | otevřít v … | poslouchejte na … | k dispozici na …"),
    bylines=words("podcast od"),
    show_labels=words("podcast:"),
)
