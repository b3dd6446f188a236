"""Italian."""

from podclean.languages.record import Language, calendar, words

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
    hour_units=words("ore"),
    minute_units=words("minuti"),
    read_less=words("mostra meno"),
    toggles=words("altro | meno"),
    list_headings=words("ultimi episodi | tutti gli episodi | episodi recenti | episodi | potrebbe piacerti anche"),
    labels=words(
        "tempo di lettura | ultimo aggiornamento | aggiornato | pubblicato | durata | categorie | categoria | genere | lingua"
    ),
    counters=words("episodi | episodio | ascolti | valutazioni | recensioni | follower | iscritti"),
    banners=words("scarica l'app … | apri in … | ascolta su … | disponibile su …"),
    bylines=words("un podcast di | podcast di | condotto da"),
    show_labels=words("podcast:"),
    episode_headings=words("episodi | tutti gli episodi"),
    host_of=words("conduttore di … | conduttrice di …"),
    person_kinds=words("persona"),
    function_words=words(
        "il | lo | la | i | gli | le | di | del | della | che | e | è | per | con | un | una | non | si"
        " | più | come | ma | da | sul | al | nel | sono | anche | questo | questa | perché"
    ),
    letters="òèà",
)
