"""Finnish."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="fi",
    name="Finnish",
    months=calendar(
        "tammikuuta tammikuu tammik | helmikuuta helmikuu helmik | maaliskuuta maaliskuu maalisk | huhtikuuta huhtikuu huhtik"
        " | toukokuuta toukokuu toukok | kesäkuuta kesäkuu kesäk | heinäkuuta heinäkuu heinäk | elokuuta elokuu elok"
        " | syyskuuta syyskuu syysk | lokakuuta lokakuu lokak | marraskuuta marraskuu marrask | joulukuuta joulukuu jouluk"
    ),
    weekdays=calendar(
        "maanantai ma | tiistai ti | keskiviikko ke | torstai to | perjantai pe | lauantai la | sunnuntai su"
    ),
    hour_units=words("tuntia | tunti | t"),
    minute_units=words("minuuttia | minuutti | min"),
    relative_units=RelativeUnits(
        minute=words("minuutti | minuuttia | min"),
        hour=words("tunti | tuntia | t"),
        day=words("päivä | päivää | pv"),
        week=words("viikko | viikkoa | vk"),
        month=words("kuukausi | kuukautta | kk"),
        year=words("vuosi | vuotta | v"),
    ),
    ago_after=words("sitten"),
    today=words("tänään"),
    yesterday=words("eilen"),
    sections=Sections(
        chapters=words("luvut | aikaleimat"),
        transcript=words("litterointi | tekstivastine"),
        description=words("kuvaus | jakson kuvaus | tiivistelmä"),
        insights=words("tärkeimmät kohdat"),
    ),
    list_headings=words(
        "uusimmat jaksot | kaikki jaksot | jaksot | saatat pitää myös | suositut jaksot | uudet jaksot"
        " | aiemmat jaksot | liittyvät jaksot | tuotantokaudet | kaikki kaudet | trailerit"
        " | lisää tästä podcastista | samankaltaiset podcastit | suositellut | suosituksia sinulle"
        " | asiakkaat ostivat myös | arvostelut | arvostelut ja arviot | arviot ja arvostelut"
        " | kuuntelijat seuraavat myös | kuuntelijat kuuntelivat myös | kuuntelijat tilasivat myös"
        " | lisää samalta tekijältä | lisää tältä tekijältä | suositut podcastit | samankaltaisia podcasteja"
    ),
    labels=words(
        "päivitetty | kategoriat | kategoria | kieli | kustantaja | julkaisija | lukija | formaatti | arvio"
        " | arvosana | lajittele | järjestä | hinta | genre | tyylilaji"
    ),
    published_labels=words("julkaistu"),
    duration_labels=words("kesto"),
    reading_labels=words("lukuaika"),
    episode_words=words("jakso"),
    season_words=words("kausi"),
    counters=words(
        "jaksoa | jakso | arvostelua | seuraajaa | kuuntelijaa | kuuntelukertaa | toistoa | arviota"
        " | tilaajaa | katselukertaa | min jäljellä | minuuttia jäljellä | kommenttia | latausta"
    ),
    banners=words(
        "lataa …-sovellus | avaa …-sovelluksessa | kuuntele … | avaa sovelluksessa | avaa sovellus"
        " | lataa sovellus | hanki sovellus | kuuntele sovelluksessa | kirjaudu sisään kuunnellaksesi"
        " | kokeile … ilmaiseksi"
    ),
    bylines=words("podcast, tekijä | juontaja:"),
    show_labels=words("podcast:"),
    episode_headings=words("jaksot | kaikki jaksot | uusimmat jaksot"),
    comment_headings=words("arvostelut ja arviot | arvostelut | kommentit | kirjoita kommentti"),
    buttons=words(
        "kirjaudu sisään | kirjaudu | rekisteröidy | luo tili | tilaa | seuraa | lopeta seuraaminen"
        " | jaa jakso | lataa | toista | keskeytä | tallenna | lisää kirjastoon | lisää jonoon"
        " | lisää soittolistalle | toista jakso | toista traileri | näytä kaikki | katso kaikki | lataa lisää"
        " | lisää jaksoja | seuraava sivu | edellinen sivu | suodata | lisää ostoskoriin | osta nyt"
        " | kokeile ilmaiseksi | kuuntele näyte | toivelista | kopioi linkki | valikko | etusivu | asetukset"
        " | kirjoita arvio | näytä koko kuvaus"
    ),
    read_more=words("lue lisää | näytä lisää"),
    read_less=words("näytä vähemmän | piilota"),
    toggles=words("lisää | vähemmän"),
)
