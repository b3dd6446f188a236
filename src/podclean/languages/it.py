"""Italian."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="it",
    name="Italian",
    months=calendar(
        "gennaio gen | febbraio feb | marzo mar | aprile apr | maggio mag | giugno giu"
        " | luglio lug | agosto ago | settembre set | ottobre ott | novembre nov | dicembre dic"
    ),
    weekdays=calendar(
        "lunedì lun | martedì mar | mercoledì mer | giovedì gio | venerdì ven | sabato sab | domenica dom"
    ),
    hour_units=words("ore | ora | h"),
    minute_units=words("minuti | minuto | min"),
    second_units=words("secondi | sec"),
    duration_joiners=words("e"),
    relative_units=RelativeUnits(
        minute=words("minuto | minuti"),
        hour=words("ora | ore"),
        day=words("giorno | giorni"),
        week=words("settimana | settimane"),
        month=words("mese | mesi"),
        year=words("anno | anni"),
    ),
    ago_after=words("fa"),
    today=words("oggi"),
    yesterday=words("ieri"),
    sections=Sections(
        chapters=words("capitoli | minutaggio | indice"),
        transcript=words("trascrizione | trascrizione completa"),
        description=words("descrizione | note dell'episodio | di cosa parliamo | riassunto"),
        insights=words("punti chiave | in sintesi"),
    ),
    read_less=words("mostra meno"),
    toggles=words("altro | meno"),
    list_headings=words("ultimi episodi | tutti gli episodi | episodi recenti | episodi | potrebbe piacerti anche"),
    labels=words("ultimo aggiornamento | aggiornato | categorie | categoria | genere | lingua"),
    published_labels=words("pubblicato il | pubblicato | data di pubblicazione | data di uscita"),
    duration_labels=words("durata"),
    reading_labels=words("tempo di lettura"),
    episode_words=words("episodio | puntata | ep"),
    season_words=words("stagione"),
    counters=words("episodi | episodio | ascolti | valutazioni | recensioni | follower | iscritti"),
    banners=words("scarica l'app … | apri in … | ascolta su … | disponibile su …"),
    bylines=words("un podcast di | podcast di | condotto da"),
    show_labels=words("podcast: | programma:"),
    episode_headings=words("episodi | tutti gli episodi"),
    host_of=words("conduttore di … | conduttrice di …"),
    person_kinds=words("persona"),
    function_words=words(
        "il | lo | la | i | gli | le | di | del | della | che | e | è | per | con | un | una | non | si"
        " | più | come | ma | da | sul | al | nel | sono | anche | questo | questa | perché"
    ),
    letters="òèà",
)
