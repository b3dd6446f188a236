"""Polish."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="pl",
    name="Polish",
    weekdays=calendar(
        "poniedziałek pon | wtorek wt | środa śr | czwartek czw | piątek pt | sobota sob | niedziela niedz nd"
    ),
    list_headings=words("najnowsze odcinki | wszystkie odcinki | odcinki | może ci się spodobać | podobne podcasty"),
    labels=words(
        "czas czytania | ostatnia aktualizacja | zaktualizowano | opublikowano | czas trwania | kategorie | kategoria | język"
    ),
    counters=words("odcinków | odcinki | odcinek | ocen | obserwujących | subskrybentów"),
    banners=words("pobierz aplikację … | otwórz w … | słuchaj w … | dostępne w …"),
    bylines=words("podcast autorstwa"),
    show_labels=words("podcast:"),
    episode_headings=words("odcinki"),
)
