"""German."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="de",
    name="German",
    months=calendar(
        "januar jan | februar feb | märz mär | april apr | mai mai | juni jun"
        " | juli jul | august aug | september sep sept | oktober okt | november nov | dezember dez"
    ),
    weekdays=calendar(
        "montag mo | dienstag di | mittwoch mi | donnerstag do | freitag fr | samstag sa sonnabend | sonntag so"
    ),
    hour_units=words("std | Std | stunden | Stunden | stunde | Stunde | h"),
    minute_units=words("minuten | Minuten | min | Min"),
    second_units=words("sek"),
    duration_joiners=words("und"),
    relative_units=RelativeUnits(
        minute=words("minute | minuten"),
        hour=words("stunde | stunden"),
        day=words("tag | tagen"),
        week=words("woche | wochen"),
        month=words("monat | monaten"),
        year=words("jahr | jahren"),
    ),
    ago_before=words("vor"),
    today=words("heute"),
    yesterday=words("gestern"),
    sections=Sections(
        chapters=words("kapitel | zeitstempel | zeitmarken | kapitelmarken"),
        transcript=words("transkript | transkription | abschrift"),
        description=words("beschreibung | shownotes | über diese folge | folgenbeschreibung | zusammenfassung"),
        insights=words("das wichtigste | kernaussagen | erkenntnisse"),
    ),
    buttons=words(
        "anmelden | abonnieren | teilen | herunterladen | einloggen | registrieren | abonniert | folgen"
        " | abspielen | wiedergeben | pausieren | speichern | zur bibliothek hinzufügen"
        " | zur warteschlange hinzufügen | zur playlist hinzufügen | folge abspielen | episode abspielen"
        " | trailer abspielen | alle anzeigen | alle ansehen | mehr laden | weitere folgen laden"
        " | nächste seite | vorherige seite | filtern | in den warenkorb | jetzt kaufen | kostenlos testen"
        " | gratis testen | jetzt kostenlos testen | hörprobe | hörprobe anhören | reinhören"
        " | auf die merkliste | merkliste | zur wunschliste hinzufügen | wunschliste | link kopieren"
        " | einbetten | suchen | startseite | menü | einstellungen | entfolgen | abo beenden"
        " | konto erstellen | bewertung schreiben | vollständige beschreibung anzeigen"
    ),
    read_more=words("mehr anzeigen | mehr lesen | weiterlesen | ausklappen"),
    read_less=words("weniger anzeigen | weniger lesen | einklappen"),
    toggles=words("mehr | weniger"),
    list_headings=words(
        "weitere folgen von … | mehr folgen von … | mehr von … | neueste folgen | alle folgen | neueste episoden | alle episoden | folgen | episoden"
        " | das könnte dir auch gefallen | ähnliche podcasts | neue folgen | beliebte folgen"
        " | ähnliche folgen | weitere folgen | frühere folgen | ältere folgen | staffeln | alle staffeln"
        " | mehr von diesem podcast | mehr von dieser sendung | hörer hörten auch | kunden kauften auch"
        " | das könnte dich auch interessieren | das könnte ihnen auch gefallen | empfehlungen"
        " | empfohlen für dich | bewertungen und rezensionen | rezensionen | verwandte podcasts"
        " | beliebte podcasts"
    ),
    labels=words(
        "originaltitel | zuletzt aktualisiert | aktualisiert | kategorien | kategorie | genre | sprache | verlag"
        " | herausgeber | sprecher | sprecherin | gelesen von | format | bewertung | altersfreigabe"
        " | sortieren nach | sortiert nach | preis | explizit | ungekürzt | gekürzt | ungekürzte lesung | gekürzte lesung"
    ),
    published_labels=words(
        "veröffentlicht am | veröffentlicht | erschienen am | erschienen | erscheinungsdatum | datum"
        " | sendung vom | gesendet am | ausgestrahlt am"
    ),
    duration_labels=words("dauer | länge | spieldauer | laufzeit | hördauer | gesamtdauer"),
    reading_labels=words("lesezeit"),
    expiry_labels=words("verfügbar bis zum | verfügbar bis | abrufbar bis | online bis"),
    episode_words=words("folge | episode | ep"),
    season_words=words("staffel"),
    series_parts=words("teil | band | buch"),
    episode_kinds=words("bonus | trailer | spezial | sonderfolge"),
    author_words=words("von | geschrieben von"),
    comment_headings=words(
        "kommentare | schreibe einen kommentar | hinterlasse einen kommentar | antworten auf … | antwort auf … | gedanken zu … | bewertungen und rezensionen | rezensionen | hörerbewertungen"
    ),
    cookie_notices=words(
        "wir verwenden cookies | wir nutzen cookies | diese website verwendet cookies | diese seite verwendet cookies | cookies akzeptieren"
    ),
    episode_of=words("in dieser folge von … | diese folge von … | willkommen bei …"),
    counters=words(
        "folgen | folge | episoden | bewertungen | abonnenten | follower | hörer | hörerinnen | wiedergaben"
        " | aufrufe | rezensionen | bewertung | abonnent | min übrig | minuten übrig | min verbleibend"
        " | minuten verbleibend | kommentare | likes | downloads"
    ),
    banners=words(
        "lade die … app herunter | hol dir die … app | … app herunterladen | in … öffnen | anhören auf …"
        " | verfügbar bei … | klicke, um das vollständige transkript zu lesen | in der app öffnen"
        " | app öffnen | app herunterladen | hol dir die app | in der … app anhören | in der app anhören"
        " | melde dich an, um zuzuhören | anmelden zum anhören | … kostenlos testen | anhören bei …"
    ),
    bylines=words("ein podcast von | podcast von | moderiert von | von"),
    official_sites=words("… offizielle website | … offizielle seite"),
    show_labels=words("podcast: | sendung: | programm:"),
    cover_captions=words("cover der folge | cover des podcasts | logo des podcasts | podcast-cover | folgencover"),
    episode_headings=words("folgen | episoden | alle folgen | alle episoden | neueste folgen"),
    host_of=words("moderator von … | moderatorin von … | host von … | gastgeber von …"),
    guest_words=words("gast | gäste"),
    host_words=words("moderator | moderatorin | gastgeber | gastgeberin"),
    honorifics=words("dr. | prof."),
    organization_kinds=words("organisation | unternehmen | firma"),
    product_kinds=words("produkt | software | dienst"),
    concept_kinds=words("konzept | begriff"),
    place_kinds=words("ort | land | stadt"),
    function_words=words(
        "der | die | das | und | in | ist | zu | den | mit | von | für | auf | nicht | ein | eine | sich"
        " | des | dem | im | auch | wie | aber | aus | bei | nach | über | wir | sie | es | wird | sind | oder"
    ),
    letters="äöüß",
)
