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
    read_less=words("mostra meno | mostra di meno | leggi meno"),
    toggles=words("altro | meno | espandi | comprimi"),
    list_headings=words(
        "altri episodi di … | altre puntate di … | ultimi episodi | tutti gli episodi | episodi recenti | episodi | potrebbe piacerti anche"
        " | episodi popolari | nuovi episodi | episodi precedenti | episodi correlati | puntate"
        " | tutte le puntate | ultime puntate | puntate recenti | stagioni | tutte le stagioni"
        " | ti potrebbe piacere anche | ti potrebbero piacere anche | potrebbero piacerti anche | podcast simili | altro da questo podcast"
        " | altri episodi di questo podcast | consigliati | consigliati per te"
        " | chi ha acquistato questo titolo ha acquistato anche | recensioni | valutazioni e recensioni"
        " | di tendenza"
    ),
    labels=words(
        "ultimo aggiornamento | aggiornato | categorie | categoria | genere | lingua | editore | narratore"
        " | narratrice | letto da | formato | valutazione | ordina per | ordina | prezzo | esplicito"
        " | versione integrale | versione ridotta"
    ),
    published_labels=words("pubblicato il | pubblicato | data di pubblicazione | data di uscita"),
    duration_labels=words("durata"),
    reading_labels=words("tempo di lettura"),
    expiry_labels=words("disponibile fino al | disponibile fino a | scade il"),
    episode_words=words("episodio | puntata | ep"),
    season_words=words("stagione"),
    series_parts=words("libro | volume | parte"),
    episode_kinds=words("bonus | trailer | speciale | anteprima"),
    author_words=words("di | da | pubblicato da"),
    comment_headings=words(
        "commenti | lascia un commento | risposte a … | risposta a … | valutazioni e recensioni | recensioni"
    ),
    cookie_notices=words(
        "utilizziamo i cookie | utilizziamo cookie | usiamo i cookie | questo sito utilizza cookie | questo sito utilizza i cookie | accetta i cookie"
    ),
    episode_of=words("in questo episodio di … | in questa puntata di … | benvenuti a …"),
    counters=words(
        "episodi | episodio | ascolti | valutazioni | recensioni | follower | iscritti | puntate | puntata"
        " | ascoltatori | ascoltatore | riproduzioni | valutazione | recensione | iscritto | visualizzazioni"
        " | min rimanenti | minuti rimanenti | commenti | mi piace | download"
    ),
    banners=words(
        "scarica l'app … | apri in … | ascolta su … | disponibile su … | apri nell'app | apri l'app"
        " | scarica l'app | ascolta nell'app | accedi per ascoltare | prova … gratis"
    ),
    bylines=words("un podcast di | podcast di | condotto da"),
    show_labels=words("podcast: | programma:"),
    episode_headings=words("episodi | tutti gli episodi | puntate | tutte le puntate | ultimi episodi"),
    host_of=words("conduttore di … | conduttrice di …"),
    person_kinds=words("persona"),
    function_words=words(
        "il | lo | la | i | gli | le | di | del | della | che | e | è | per | con | un | una | non | si"
        " | più | come | ma | da | sul | al | nel | sono | anche | questo | questa | perché"
    ),
    letters="òèà",
    buttons=words(
        "accedi | registrati | iscriviti | abbonati | segui | smetti di seguire | condividi | scarica"
        " | riproduci | metti in pausa | salva | aggiungi alla libreria | aggiungi alla coda"
        " | aggiungi alla playlist | riproduci episodio | riproduci puntata | riproduci trailer"
        " | mostra tutte | mostra tutti | vedi tutti | vedi tutte | carica altro | carica altri"
        " | carica altre puntate | carica altri episodi | altre puntate | altri episodi | pagina successiva"
        " | pagina precedente | filtra | aggiungi al carrello | acquista | acquista ora | prova gratis"
        " | prova gratuita | ascolta un estratto | ascolta l'anteprima | lista dei desideri"
        " | aggiungi alla lista dei desideri | copia link | cerca | menu | impostazioni | crea un account"
        " | scrivi una recensione"
    ),
    read_more=words("mostra di più | mostra altro | leggi di più | leggi tutto | continua a leggere"),
)
