"""Danish."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="da",
    name="Danish",
    weekdays=calendar("mandag man | tirsdag tirs | onsdag ons | torsdag tors | fredag fre | lørdag lør | søndag søn"),
    read_less=words("vis mindre"),
    toggles=words("mere | mindre"),
    list_headings=words("seneste episoder | alle episoder | episoder | du vil måske også kunne lide"),
    labels=words("læsetid | sidst opdateret | opdateret | udgivet | varighed | længde | kategorier | kategori"),
    counters=words("episoder | episode | bedømmelser | følgere"),
    banners=words("download …-appen | hent …-appen | åbn i … | lyt på … | tilgængelig på …"),
    bylines=words("en podcast af | podcast af | værter:"),
    show_labels=words("podcast:"),
    episode_headings=words("episoder | alle episoder"),
    function_words=words(
        "og | at | det | som | en | på | er | af | for | med | til | den | har | ikke | om | et | vi | jeg"
        " | de | men | fra | kan | så | når | hvordan | også | eller | der | efter | hvorfor | hvad"
        " | noget | meget | måske | gennem | mellem | hun | han | vores | sin | sit | dem | ingen | sådan"
    ),
    letters="øæå",
)
