"""Swedish."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="sv",
    name="Swedish",
    date_order="YMD",
    months=calendar(
        "januari jan | februari feb | mars mar | april apr | maj maj | juni jun"
        " | juli jul | augusti aug | september sep | oktober okt | november nov | december dec"
    ),
    weekdays=calendar("måndag mån | tisdag tis | onsdag ons | torsdag tor | fredag fre | lördag lör | söndag sön"),
    hour_units=words("timmar | timme | tim | h"),
    minute_units=words("minuter | minut | min"),
    second_units=words("sek"),
    duration_joiners=words("och"),
    relative_units=RelativeUnits(
        minute=words("minuter | minut"),
        hour=words("timme | timmar"),
        day=words("dag | dagar"),
        week=words("vecka | veckor"),
        month=words("månad | månader"),
        year=words("år"),
    ),
    ago_before=words("för"),
    ago_after=words("sedan"),
    today=words("idag | i dag"),
    yesterday=words("igår | i går"),
    sections=Sections(
        chapters=words("tidsstämplar | kapitel | tidskoder"),
        transcript=words("transkription | transkript"),
        description=words("beskrivning | om avsnittet | sammanfattning"),
        insights=words("viktigaste punkterna | nyckelinsikter"),
    ),
    buttons=words(
        "logga in | prenumerera | dela | skapa konto | registrera dig | följ | följer | sluta följa"
        " | ladda ner | spela | spela upp | pausa | spara | lägg till i biblioteket | lägg till i kö"
        " | lägg till i spellista | spela avsnitt | spela avsnittet | spela trailer | visa alla | se alla"
        " | visa allt | ladda fler | fler avsnitt | nästa sida | föregående sida | filtrera"
        " | lägg i varukorgen | köp nu | prova gratis | testa gratis | lyssna på provet"
        " | lyssna på ett smakprov | önskelista | kopiera länk | meny | inställningar | skriv en recension"
        " | visa hela beskrivningen"
    ),
    read_more=words("visa mer | läs mer"),
    read_less=words("visa mindre | läs mindre"),
    toggles=words("mer | mindre"),
    list_headings=words(
        "senaste avsnitten | alla avsnitt | avsnitt | du kanske också gillar | liknande poddar"
        " | populära avsnitt | nya avsnitt | tidigare avsnitt | relaterade avsnitt | säsonger | alla säsonger"
        " | trailers | mer från den här podden | rekommenderat | rekommenderat för dig"
        " | andra lyssnade även på | kunder köpte även | recensioner | betyg och recensioner"
        " | populära poddar"
    ),
    labels=words(
        "senast uppdaterad | uppdaterad | kategorier | kategori | språk | förlag | utgivare | uppläsare"
        " | inläst av | format | betyg | sortera efter | pris | explicit"
    ),
    published_labels=words("publicerad den | publicerad | publicerades | publicerat"),
    duration_labels=words("längd"),
    reading_labels=words("lästid"),
    episode_words=words("avsnitt | ep"),
    season_words=words("säsong"),
    series_parts=words("del | bok"),
    episode_kinds=words("bonus | trailer | special"),
    author_words=words("av"),
    comment_headings=words("kommentarer | lämna en kommentar | betyg och recensioner | recensioner"),
    cookie_notices=words("vi använder cookies | den här webbplatsen använder cookies"),
    counters=words(
        "avsnitt | betyg | följare | prenumeranter | lyssnare | uppspelningar | recensioner | visningar"
        " | min kvar | minuter kvar | kommentarer | gillningar | nedladdningar"
    ),
    banners=words(
        "ladda ner … appen | öppna i … | lyssna på … | finns på … | öppna i appen | öppna appen"
        " | ladda ner appen | skaffa appen | lyssna i appen | logga in för att lyssna | prova … gratis"
    ),
    bylines=words("en podd av | en podcast av | podd av"),
    show_labels=words("podcast: | program:"),
    episode_headings=words("avsnitt | alla avsnitt | senaste avsnitten"),
    function_words=words(
        "och | att | det | som | en | på | är | av | för | med | till | den | har | inte | om | ett | vi"
        " | jag | de | men | från | kan | så | när | hur | också | eller | där | efter | varför | vad"
        " | något | mycket | kanske | genom | mellan | hon | han | vår | sin | sitt | dem | ingen"
    ),
    letters="åäö",
)
