"""Catalan."""

from podclean.languages.record import Language, Sections, calendar, words

LANGUAGE = Language(
    code="ca",
    name="Catalan",
    months=calendar(
        "gener gen | febrer febr | març | abril abr | maig | juny | juliol jul | agost ag | setembre set | octubre oct | novembre nov | desembre des"
    ),
    weekdays=calendar("dilluns dl | dimarts dt | dimecres dc | dijous dj | divendres dv | dissabte ds | diumenge dg"),
    date_joiners=words("de | d'"),
    sections=Sections(
        chapters=words("capítols | marques de temps"),
        transcript=words("transcripció"),
        description=words("descripció | sobre aquest episodi | resum"),
        insights=words("punts clau"),
    ),
    read_less=words("mostra'n menys | veure'n menys"),
    toggles=words("més | menys"),
    list_headings=words(
        "últims episodis | tots els episodis | episodis | episodis recents | episodis populars"
        " | nous episodis | episodis anteriors | episodis relacionats | temporades | totes les temporades"
        " | també et pot agradar | pòdcasts similars | podcasts similars | més d'aquest pòdcast | recomanats"
        " | ressenyes | valoracions i ressenyes"
    ),
    labels=words(
        "categories | episodi | última actualització | actualitzat | categoria | gènere | idioma | editorial"
        " | narrador | narradora | format | valoració | ordena per | preu"
    ),
    published_labels=words("publicat el | publicat"),
    duration_labels=words("durada"),
    episode_words=words("episodi"),
    season_words=words("temporada"),
    series_parts=words("llibre | volum | part"),
    counters=words(
        "episodis | episodi | oients | reproduccions | valoracions | ressenyes | seguidors | subscriptors"
        " | visualitzacions | min restants | minuts restants | comentaris | descàrregues"
    ),
    bylines=words("un pòdcast de | podcast de"),
    function_words=words(
        "el | la | els | les | de | del | que | i | en | és | per | amb | un | una | seu | no | es | més"
        " | com | però | també | sobre | quan | són | hi | molt | sense | això | aquest | aquesta | dels"
        " | vam | van | nostre | ningú | d'un | l'equip"
    ),
    letters="òèàçï·íóúé",
    buttons=words(
        "inicia la sessió | iniciar sessió | registra't | crea un compte | subscriu-te | segueix"
        " | deixa de seguir | comparteix | descarrega | reprodueix | desa | afegeix a la biblioteca"
        " | afegeix a la cua | reprodueix l'episodi | mostra-ho tot | veure-ho tot | mostra'ls tots"
        " | carrega'n més | més episodis | pàgina següent | pàgina anterior | filtra | afegeix a la cistella"
        " | compra ara | prova gratis | escolta una mostra | llista de desitjos | copia l'enllaç | cerca"
        " | menú | configuració | escriu una ressenya"
    ),
    read_more=words("mostra'n més | llegeix-ne més | veure'n més | llegir més"),
    banners=words(
        "descarrega l'app … | descarrega l'aplicació … | obre a … | disponible a … | obre a l'app"
        " | obre l'app | descarrega l'app | escolta a l'app | inicia la sessió per escoltar | prova … gratis"
    ),
    episode_headings=words("episodis | tots els episodis | últims episodis"),
)
