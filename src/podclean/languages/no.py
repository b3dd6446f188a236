"""Norwegian (Bokmål)."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="no",
    name="Norwegian",
    months=calendar(
        "januar jan | februar feb | mars mar | april apr | mai | juni jun | juli jul | august aug | september sep | oktober okt | november nov | desember des"
    ),
    weekdays=calendar("mandag man | tirsdag tir | onsdag ons | torsdag tor | fredag fre | lørdag lør | søndag søn"),
    hour_units=words("timer | time | t"),
    minute_units=words("minutter | minutt | min"),
    second_units=words("sekunder | sek"),
    duration_joiners=words("og"),
    relative_units=RelativeUnits(
        minute=words("minutt | minutter"),
        hour=words("time | timer"),
        day=words("dag | dager"),
        week=words("uke | uker"),
        month=words("måned | måneder"),
        year=words("år"),
    ),
    ago_after=words("siden"),
    today=words("i dag"),
    yesterday=words("i går"),
    sections=Sections(
        chapters=words("kapitler | tidsstempler"),
        transcript=words("transkripsjon | transkript"),
        description=words("beskrivelse | om episoden | om episoden | sammendrag"),
        insights=words("hovedpunkter | viktigste punkter"),
    ),
    read_less=words("vis mindre | les mindre"),
    toggles=words("mer | mindre"),
    list_headings=words(
        "siste episoder | alle episoder | episoder | du vil kanskje også like | populære episoder"
        " | nye episoder | tidligere episoder | relaterte episoder | sesonger | alle sesonger | trailere"
        " | mer fra denne podkasten | mer fra denne podcasten | lignende podkaster | lignende podcaster"
        " | anbefalt | anbefalt for deg | kunder kjøpte også | anmeldelser"
    ),
    labels=words(
        "sist oppdatert | oppdatert | kategorier | kategori | språk | sjanger | forlag | utgiver | oppleser"
        " | lest av | format | vurdering | sorter etter | pris | eksplisitt"
    ),
    published_labels=words("publisert"),
    duration_labels=words("varighet | lengde"),
    reading_labels=words("lesetid"),
    episode_words=words("episode | ep"),
    season_words=words("sesong"),
    series_parts=words("del | bok"),
    episode_kinds=words("bonus | trailer"),
    author_words=words("av"),
    comment_headings=words("kommentarer | legg igjen en kommentar | vurderinger og anmeldelser | anmeldelser"),
    cookie_notices=words("vi bruker informasjonskapsler | vi bruker cookies"),
    counters=words(
        "episoder | episode | vurderinger | følgere | lyttere | avspillinger | anmeldelser | visninger"
        " | min igjen | minutter igjen | kommentarer | nedlastinger | abonnenter"
    ),
    banners=words(
        "last ned …-appen | åpne i … | lytt på … | tilgjengelig på … | åpne i appen | åpne appen"
        " | last ned appen | hent appen | lytt i appen | logg inn for å lytte | prøv … gratis"
    ),
    bylines=words("en podkast av | en podcast av | podkast av"),
    show_labels=words("podcast: | program:"),
    episode_headings=words("episoder | alle episoder | siste episoder"),
    function_words=words(
        "og | at | det | som | en | på | er | av | for | med | til | den | har | ikke | om | et | vi | jeg"
        " | de | men | fra | kan | så | når | hvordan | også | eller | der | etter | hvorfor | hva | noe"
        " | mye | kanskje | gjennom | mellom | hun | han | vår | sin | sitt | dem | ingen | slik"
    ),
    letters="øæå",
    buttons=words(
        "logg inn | opprett konto | registrer deg | abonner | følg | følger | slutt å følge | del episode"
        " | last ned | spill av | lagre | legg til i biblioteket | legg til i kø | spill av episode"
        " | spill av trailer | vis alle | se alle | last inn flere | flere episoder | neste side"
        " | forrige side | filtrer | legg i handlekurven | kjøp nå | prøv gratis | lytt til smakebit"
        " | ønskeliste | kopier lenke | meny | innstillinger | skriv en anmeldelse | vis hele beskrivelsen"
    ),
    read_more=words("les mer | vis mer"),
)
