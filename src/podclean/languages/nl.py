"""Dutch."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    months=calendar(
        "januari jan | februari feb | maart maa | april apr | mei mei | juni jun"
        " | juli jul | augustus aug | september sep | oktober okt | november nov | december dec"
    ),
    weekdays=calendar("maandag ma | dinsdag di | woensdag wo | donderdag do | vrijdag vr | zaterdag za | zondag zo"),
    hour_units=words("uur | u"),
    minute_units=words("minuten | minuut | min"),
    second_units=words("seconden | sec"),
    duration_joiners=words("en"),
    relative_units=RelativeUnits(
        minute=words("minuut | minuten"),
        hour=words("uur"),
        day=words("dag | dagen"),
        week=words("week | weken"),
        month=words("maand | maanden"),
        year=words("jaar"),
    ),
    ago_after=words("geleden"),
    today=words("vandaag"),
    yesterday=words("gisteren"),
    sections=Sections(
        chapters=words("tijdstempels | hoofdstukken | tijdcodes"),
        transcript=words("transcriptie | transcript | uitgeschreven tekst"),
        description=words("beschrijving | shownotes | over deze aflevering | samenvatting"),
        insights=words("belangrijkste punten | kernpunten"),
    ),
    read_less=words("minder weergeven | toon minder"),
    toggles=words("meer | minder"),
    list_headings=words(
        "nieuwste afleveringen | alle afleveringen | recente afleveringen | afleveringen | misschien ook leuk"
    ),
    labels=words("laatst bijgewerkt | bijgewerkt | categorieën | categorie | genre | taal"),
    published_labels=words("gepubliceerd op | gepubliceerd | verschenen op | uitgezonden op"),
    duration_labels=words("duur | lengte"),
    reading_labels=words("leestijd"),
    episode_words=words("aflevering | afl"),
    season_words=words("seizoen"),
    counters=words("afleveringen | aflevering | beoordelingen | volgers | abonnees"),
    banners=words("download de … app | open in … | luister op … | beschikbaar op …"),
    bylines=words("een podcast van | podcast van | gepresenteerd door"),
    show_labels=words("podcast: | programma:"),
    episode_headings=words("afleveringen | alle afleveringen"),
    function_words=words(
        "de | het | een | en | van | in | is | dat | op | te | met | voor | niet | zijn | aan | er | ook"
        " | als | maar | bij | door | om | uit | wat | naar | deze | hoe | wij"
    ),
    letters="ë",
)
