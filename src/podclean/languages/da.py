"""Danish."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="da",
    name="Danish",
    months=calendar(
        "januar jan | februar feb | marts mar | april apr | maj | juni jun | juli jul | august aug | september sep | oktober okt | november nov | december dec"
    ),
    weekdays=calendar("mandag man | tirsdag tirs | onsdag ons | torsdag tors | fredag fre | lørdag lør | søndag søn"),
    hour_units=words("timer | time | t"),
    minute_units=words("minutter | minut | min"),
    second_units=words("sekunder | sek"),
    duration_joiners=words("og"),
    relative_units=RelativeUnits(
        minute=words("minut | minutter"),
        hour=words("time | timer"),
        day=words("dag | dage"),
        week=words("uge | uger"),
        month=words("måned | måneder"),
        year=words("år"),
    ),
    ago_after=words("siden"),
    today=words("i dag"),
    yesterday=words("i går"),
    sections=Sections(
        chapters=words("kapitler | tidsstempler"),
        transcript=words("transskription | udskrift"),
        description=words("beskrivelse | om episoden | om afsnittet | resumé"),
        insights=words("hovedpointer | vigtigste pointer"),
    ),
    read_less=words("vis mindre | læs mindre"),
    toggles=words("mere | mindre"),
    list_headings=words(
        "seneste episoder | alle episoder | episoder | du vil måske også kunne lide | populære episoder"
        " | nye episoder | tidligere episoder | relaterede episoder | sæsoner | alle sæsoner | trailere"
        " | mere fra denne podcast | lignende podcasts | anbefalet | anbefalet til dig | kunder købte også"
        " | anmeldelser"
    ),
    labels=words(
        "sidst opdateret | opdateret | kategorier | kategori | sprog | genre | forlag | udgiver | oplæser"
        " | indlæst af | format | bedømmelse | sorter efter | pris | eksplicit"
    ),
    published_labels=words("udgivet den | udgivet"),
    duration_labels=words("varighed | længde"),
    reading_labels=words("læsetid"),
    episode_words=words("afsnit | episode | ep"),
    season_words=words("sæson"),
    series_parts=words("del | bog"),
    episode_kinds=words("bonus | trailer"),
    author_words=words("af"),
    comment_headings=words("kommentarer | skriv en kommentar | bedømmelser og anmeldelser | anmeldelser"),
    cookie_notices=words("vi bruger cookies | denne hjemmeside bruger cookies"),
    counters=words(
        "episoder | episode | bedømmelser | følgere | lyttere | afspilninger | anmeldelser | visninger"
        " | min tilbage | minutter tilbage | kommentarer | downloads | abonnenter"
    ),
    banners=words(
        "download …-appen | hent …-appen | åbn i … | lyt på … | tilgængelig på … | åbn i appen | åbn appen"
        " | hent appen | download appen | lyt i appen | log ind for at lytte | prøv … gratis"
    ),
    bylines=words("en podcast af | podcast af | værter:"),
    show_labels=words("podcast: | program:"),
    episode_headings=words("episoder | alle episoder | seneste episoder"),
    function_words=words(
        "og | at | det | som | en | på | er | af | for | med | til | den | har | ikke | om | et | vi | jeg"
        " | de | men | fra | kan | så | når | hvordan | også | eller | der | efter | hvorfor | hvad"
        " | noget | meget | måske | gennem | mellem | hun | han | vores | sin | sit | dem | ingen | sådan"
    ),
    letters="øæå",
    buttons=words(
        "log ind | opret konto | tilmeld | abonner | følg | følger | stop med at følge | del episode | afspil"
        " | gem episode | føj til bibliotek | tilføj til bibliotek | tilføj til kø | afspil episode"
        " | afspil trailer | vis alle | se alle | indlæs flere | flere episoder | næste side | forrige side"
        " | filtrer | læg i kurv | køb nu | prøv gratis | lyt til prøve | ønskeliste | kopiér link"
        " | indstillinger | skriv en anmeldelse | vis hele beskrivelsen"
    ),
    read_more=words("læs mere | vis mere"),
)
