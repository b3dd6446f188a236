"""Polish."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="pl",
    name="Polish",
    months=calendar(
        "stycznia styczeń sty | lutego luty lut | marca marzec mar | kwietnia kwiecień kwi | maja maj | czerwca czerwiec cze | lipca lipiec lip | sierpnia sierpień sie | września wrzesień wrz | października październik paź | listopada listopad lis | grudnia grudzień gru"
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
    list_headings=words(
        "najnowsze odcinki | wszystkie odcinki | odcinki | może ci się spodobać | podobne podcasty"
        " | popularne odcinki | nowe odcinki | poprzednie odcinki | powiązane odcinki | sezony"
        " | wszystkie sezony | zwiastuny | może ci się też spodobać | więcej z tego podcastu | polecane"
        " | polecane dla ciebie | klienci kupili również | recenzje | oceny i recenzje | na czasie"
    ),
    labels=words(
        "ostatnia aktualizacja | zaktualizowano | kategorie | kategoria | język | wydawca | wydawnictwo"
        " | lektor | czyta | format | ocena | sortuj według | sortuj | cena | gatunek"
    ),
    published_labels=words("opublikowano | data publikacji"),
    duration_labels=words("czas trwania"),
    reading_labels=words("czas czytania"),
    episode_words=words("odcinek | odc"),
    season_words=words("sezon"),
    series_parts=words("tom | część | księga"),
    episode_kinds=words("bonus | zwiastun | specjalny"),
    author_words=words("przez | autor"),
    comment_headings=words("komentarze | dodaj komentarz | zostaw komentarz | oceny i recenzje | recenzje"),
    cookie_notices=words("używamy plików cookie | ta strona używa plików cookie"),
    counters=words(
        "odcinków | odcinki | odcinek | ocen | obserwujących | subskrybentów | słuchaczy | odtworzeń | oceny"
        " | recenzji | recenzje | obserwujący | wyświetleń | min pozostało | minut pozostało | komentarzy"
        " | pobrań"
    ),
    banners=words(
        "pobierz aplikację … | otwórz w … | słuchaj w … | dostępne w … | otwórz w aplikacji"
        " | otwórz aplikację | pobierz aplikację | słuchaj w aplikacji | zaloguj się, aby słuchać"
        " | wypróbuj … za darmo"
    ),
    bylines=words("podcast autorstwa"),
    show_labels=words("podcast: | audycja:"),
    episode_headings=words("odcinki | wszystkie odcinki | najnowsze odcinki"),
    buttons=words(
        "zaloguj się | zaloguj | zarejestruj się | załóż konto | subskrybuj | obserwuj | obserwujesz"
        " | przestań obserwować | udostępnij | pobierz | odtwórz | wstrzymaj | zapisz | dodaj do biblioteki"
        " | dodaj do kolejki | dodaj do playlisty | odtwórz odcinek | odtwórz zwiastun | zobacz wszystkie"
        " | pokaż wszystkie | załaduj więcej | wczytaj więcej | więcej odcinków | następna strona"
        " | poprzednia strona | filtruj | dodaj do koszyka | kup teraz | wypróbuj za darmo"
        " | wypróbuj bezpłatnie | posłuchaj fragmentu | lista życzeń | dodaj do listy życzeń | skopiuj link"
        " | szukaj | wyszukaj | menu | ustawienia | napisz recenzję"
    ),
    read_more=words("czytaj więcej | pokaż więcej | zobacz więcej | rozwiń"),
    read_less=words("pokaż mniej | czytaj mniej | zwiń"),
    toggles=words("więcej | mniej"),
)
