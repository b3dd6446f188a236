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
    read_less=words("mostra'n menys"),
    toggles=words("més | menys"),
    list_headings=words("últims episodis | tots els episodis | episodis"),
    labels=words("categories | episodi"),
    published_labels=words("publicat el | publicat"),
    duration_labels=words("durada"),
    episode_words=words("episodi"),
    season_words=words("temporada"),
    counters=words("episodis | episodi"),
    bylines=words("un pòdcast de | podcast de"),
    function_words=words(
        "el | la | els | les | de | del | que | i | en | és | per | amb | un | una | seu | no | es | més"
        " | com | però | també | sobre | quan | són | hi | molt | sense | això | aquest | aquesta | dels"
        " | vam | van | nostre | ningú | d'un | l'equip"
    ),
    letters="òèàçï·íóúé",
)
