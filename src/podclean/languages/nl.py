"""Dutch."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="nl",
    name="Dutch",
    months=calendar(
        "januari jan | februari feb | maart maa mrt | april apr | mei mei | juni jun"
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
    read_less=words("minder weergeven | toon minder | lees minder"),
    toggles=words("meer | minder | uitklappen | inklappen"),
    list_headings=words(
        "meer afleveringen van … | nieuwste afleveringen | alle afleveringen | recente afleveringen | afleveringen | misschien ook leuk"
        " | populaire afleveringen | nieuwe afleveringen | eerdere afleveringen | gerelateerde afleveringen"
        " | seizoenen | alle seizoenen | trailers | misschien vind je dit ook leuk | vergelijkbare podcasts"
        " | meer van deze podcast | aanbevolen | aanbevolen voor jou | klanten kochten ook | recensies"
        " | beoordelingen en recensies"
    ),
    labels=words(
        "laatst bijgewerkt | bijgewerkt | categorieën | categorie | genre | taal | uitgever | verteller"
        " | voorgelezen door | ingesproken door | formaat | beoordeling | sorteren op | sorteer op | prijs"
        " | expliciet"
    ),
    published_labels=words("gepubliceerd op | gepubliceerd | verschenen op | uitgezonden op"),
    duration_labels=words("duur | lengte"),
    reading_labels=words("leestijd"),
    expiry_labels=words("beschikbaar tot en met | beschikbaar tot | te beluisteren tot"),
    episode_words=words("aflevering | afl"),
    season_words=words("seizoen"),
    series_parts=words("deel | boek"),
    episode_kinds=words("bonus | trailer | special"),
    author_words=words("door"),
    comment_headings=words(
        "reacties | laat een reactie achter | reacties op … | beoordelingen en recensies | recensies"
    ),
    cookie_notices=words(
        "we gebruiken cookies | wij gebruiken cookies | deze website gebruikt cookies | cookies accepteren"
    ),
    episode_of=words("in deze aflevering van … | welkom bij …"),
    counters=words(
        "afleveringen | aflevering | beoordelingen | volgers | abonnees | luisteraars | luisteraar"
        " | keer beluisterd | beoordeling | recensies | recensie | volger | abonnee | weergaven"
        " | min resterend | minuten resterend | reacties | likes | downloads"
    ),
    banners=words(
        "download de … app | open in … | luister op … | beschikbaar op … | openen in de app | open de app"
        " | download de app | luister in de app | log in om te luisteren | probeer … gratis"
    ),
    bylines=words("een podcast van | podcast van | gepresenteerd door"),
    show_labels=words("podcast: | programma:"),
    episode_headings=words("afleveringen | alle afleveringen | nieuwste afleveringen"),
    function_words=words(
        "de | het | een | en | van | in | is | dat | op | te | met | voor | niet | zijn | aan | er | ook"
        " | als | maar | bij | door | om | uit | wat | naar | deze | hoe | wij"
    ),
    letters="ë",
    buttons=words(
        "inloggen | aanmelden | registreren | account aanmaken | abonneren | volgen | ontvolgen | delen"
        " | downloaden | afspelen | pauzeren | opslaan | bewaren | toevoegen aan bibliotheek"
        " | toevoegen aan wachtrij | toevoegen aan afspeellijst | aflevering afspelen | trailer afspelen"
        " | alles weergeven | alles bekijken | bekijk alles | toon alles | meer laden | meer afleveringen"
        " | volgende pagina | vorige pagina | filteren | in winkelwagen | in winkelmandje"
        " | toevoegen aan winkelwagen | nu kopen | gratis proberen | probeer gratis | fragment beluisteren"
        " | luister fragment | verlanglijst | op verlanglijst | link kopiëren | zoeken | menu | instellingen"
        " | recensie schrijven | volledige beschrijving"
    ),
    read_more=words("meer weergeven | toon meer | lees meer | verder lezen"),
)
