"""Czech."""

from podclean.languages.record import Language, Sections, calendar, words

LANGUAGE = Language(
    code="cs",
    name="Czech",
    sections=Sections(
        chapters=words("kapitoly | časové značky"),
        transcript=words("přepis"),
        description=words("popis | popis epizody | o epizodě | shrnutí"),
        insights=words("klíčové body"),
    ),
    months=calendar(
        "ledna leden | února únor | března březen | dubna duben | května květen | června červen | července červenec | srpna srpen | září | října říjen | listopadu listopad | prosince prosinec"
    ),
    weekdays=calendar("pondělí po | úterý út | středa st | čtvrtek čt | pátek pá | sobota so | neděle ne"),
    hour_units=words("hodin | hodiny | hodina | hod | h"),
    minute_units=words("minut | minuty | minuta | min"),
    list_headings=words(
        "nejnovější díly | všechny díly | díly | epizody | mohlo by se vám líbit | populární díly | nové díly"
        " | starší díly | související díly | všechny epizody | nejnovější epizody | řady | všechny řady"
        " | upoutávky | více z tohoto podcastu | podobné podcasty | doporučené | doporučujeme"
        " | zákazníci také koupili | recenze | hodnocení a recenze"
    ),
    labels=words(
        "naposledy aktualizováno | aktualizováno | kategorie | jazyk | vydavatel | nakladatelství | interpret"
        " | čte | formát | hodnocení | seřadit podle | řadit podle | cena | žánr"
    ),
    published_labels=words("publikováno"),
    duration_labels=words("délka"),
    reading_labels=words("doba čtení"),
    episode_words=words("díl | epizoda"),
    season_words=words("řada | série"),
    series_parts=words("díl | svazek | kniha"),
    episode_kinds=words("bonus | upoutávka | speciál"),
    author_words=words("autor"),
    comment_headings=words("komentáře | přidat komentář | hodnocení a recenze | recenze"),
    cookie_notices=words("tento web používá soubory cookie | používáme soubory cookie | tento web používá cookies"),
    counters=words(
        "dílů | díly | díl | epizod | epizody | epizoda | podcastů | podcasty | hodnocení | sledujících | posluchačů | přehrání | recenzí | odběratelů"
        " | zhlédnutí | min zbývá | minut zbývá | komentářů | stažení"
    ),
    banners=words(
        "stáhněte si aplikaci … | otevřít v … | poslouchejte na … | k dispozici na … | otevřít v aplikaci"
        " | otevřít aplikaci | stáhnout aplikaci | poslouchejte v aplikaci | přihlaste se a poslouchejte"
        " | vyzkoušejte … zdarma"
    ),
    bylines=words("podcast od"),
    show_labels=words("podcast:"),
    buttons=words(
        "přihlásit se | soubor ke stažení | ke stažení | přihlásit | zaregistrovat se | registrace | odebírat | sledovat | přestat sledovat"
        " | sdílet | stáhnout | přehrát | pozastavit | uložit | přidat do knihovny | přidat do fronty"
        " | přidat do playlistu | přehrát díl | přehrát epizodu | přehrát upoutávku | zobrazit vše"
        " | zobrazit všechny | načíst další | další díly | další epizody | další stránka | předchozí stránka"
        " | filtrovat | přidat do košíku | do košíku | koupit | koupit nyní | vyzkoušet zdarma"
        " | poslechnout ukázku | seznam přání | zkopírovat odkaz | hledat | menu | nastavení | napsat recenzi"
    ),
    read_more=words("číst dál | zobrazit více | rozbalit"),
    read_less=words("zobrazit méně | sbalit"),
    toggles=words("více | méně"),
    episode_headings=words("díly | všechny díly | epizody | všechny epizody"),
)
