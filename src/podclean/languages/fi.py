"""Finnish."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="fi",
    name="Finnish",
    weekdays=calendar(
        "maanantai ma | tiistai ti | keskiviikko ke | torstai to | perjantai pe | lauantai la | sunnuntai su"
    ),
    list_headings=words("uusimmat jaksot | kaikki jaksot | jaksot | saatat pitää myös"),
    labels=words("lukuaika | päivitetty | julkaistu | kesto | kategoriat | kategoria | kieli"),
    counters=words("jaksoa | jakso | arvostelua | seuraajaa"),
    banners=words("lataa …-sovellus | avaa …-sovelluksessa | kuuntele …"),
    show_labels=words("podcast:"),
    episode_headings=words("jaksot"),
)
