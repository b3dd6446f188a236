"""Polish."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="pl",
    name="Polish",
    months=calendar(
        "stycznia styczeń sty | lutego luty lut | marca marzec mar | kwietnia kwiecień kwi | maja maj | czerwca czerwiec cze | lipca lipiec lip | sierpnia sierpień | września wrzesień wrz | października październik paź | listopada listopad lis | grudnia grudzień gru"
    ),
    weekdays=calendar(
        "poniedziałek pon | wtorek wt | środa śr | czwartek czw | piątek pt | sobota sob | niedziela niedz nd"
    ),
    hour_units=words("godziny | godzin | godzina | godz | h"),
    minute_units=words("minut | minuty | minuta | min"),
    second_units=words("sekund | sek | s"),
    relative_units=RelativeUnits(
        minute=words("minutę | minuty | minut"),
        hour=words("godzinę | godziny | godzin"),
        day=words("dzień | dni"),
        week=words("tydzień | tygodnie | tygodni"),
        month=words("miesiąc | miesiące | miesięcy"),
        year=words("rok | lata | lat"),
    ),
    ago_after=words("temu"),
    today=words("dzisiaj | dziś"),
    yesterday=words("wczoraj"),
    sections=Sections(
        chapters=words("rozdziały | znaczniki czasu"),
        transcript=words("transkrypcja"),
        description=words("opis | opis odcinka | o odcinku | podsumowanie"),
        insights=words("najważniejsze punkty | kluczowe wnioski"),
    ),
    list_headings=words("najnowsze odcinki | wszystkie odcinki | odcinki | może ci się spodobać | podobne podcasty"),
    labels=words("ostatnia aktualizacja | zaktualizowano | kategorie | kategoria | język"),
    published_labels=words("opublikowano | data publikacji"),
    duration_labels=words("czas trwania"),
    reading_labels=words("czas czytania"),
    episode_words=words("odcinek | odc"),
    season_words=words("sezon"),
    counters=words("odcinków | odcinki | odcinek | ocen | obserwujących | subskrybentów"),
    banners=words("pobierz aplikację … | otwórz w … | słuchaj w … | dostępne w …"),
    bylines=words("podcast autorstwa"),
    show_labels=words("podcast: | audycja:"),
    episode_headings=words("odcinki"),
)
