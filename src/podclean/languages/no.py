"""Norwegian (Bokmål)."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="no",
    name="Norwegian",
    weekdays=calendar("mandag man | tirsdag tir | onsdag ons | torsdag tor | fredag fre | lørdag lør | søndag søn"),
    read_less=words("vis mindre"),
    toggles=words("mer | mindre"),
    list_headings=words("siste episoder | alle episoder | episoder | du vil kanskje også like"),
    labels=words("lesetid | sist oppdatert | oppdatert | publisert | varighet | lengde | kategorier | kategori"),
    counters=words("episoder | episode | vurderinger | følgere"),
    banners=words("last ned …-appen | åpne i … | lytt på … | tilgjengelig på …"),
    bylines=words("en podkast av | en podcast av | podkast av"),
    show_labels=words("podcast:"),
    episode_headings=words("episoder | alle episoder"),
    function_words=words(
        "og | at | det | som | en | på | er | av | for | med | til | den | har | ikke | om | et | vi | jeg"
        " | de | men | fra | kan | så | når | hvordan | også | eller | der | etter | hvorfor | hva | noe"
        " | mye | kanskje | gjennom | mellom | hun | han | vår | sin | sitt | dem | ingen | slik"
    ),
    letters="øæå",
)
