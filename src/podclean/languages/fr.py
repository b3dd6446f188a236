"""French."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="fr",
    name="French",
    months=calendar(
        "janvier jan | février fév | mars mar | avril avr | mai mai | juin jui"
        " | juillet | août aoû | septembre sep | octobre oct | novembre nov | décembre déc"
    ),
    weekdays=calendar("lundi lun | mardi mar | mercredi mer | jeudi jeu | vendredi ven | samedi sam | dimanche dim"),
    hour_units=words("heures | heure"),
    minute_units=words("minutes | minute | min | mn"),
    second_units=words("secondes | s"),
    duration_joiners=words("et"),
    relative_units=RelativeUnits(
        minute=words("minute | minutes"),
        hour=words("heure | heures"),
        day=words("jour | jours"),
        week=words("semaine | semaines"),
        month=words("mois"),
        year=words("an | ans"),
    ),
    ago_before=words("il y a"),
    today=words("aujourd'hui"),
    yesterday=words("hier"),
    sections=Sections(
        chapters=words("chapitres | horodatage | minutage"),
        transcript=words("transcription | transcription complète"),
        description=words("description | notes de l'épisode | à propos de cet épisode | résumé"),
        insights=words("points clés | à retenir | idées clés"),
    ),
    read_more=words("voir plus"),
    read_less=words("voir moins"),
    toggles=words("plus | moins"),
    list_headings=words(
        "derniers épisodes | tous les épisodes | épisodes récents | épisodes | vous aimerez aussi | podcasts similaires"
    ),
    labels=words("dernière mise à jour | mis à jour | catégories | catégorie | genre | langue"),
    published_labels=words("publié le | publié | mis en ligne le | date de publication | diffusé le"),
    duration_labels=words("durée"),
    reading_labels=words("temps de lecture"),
    episode_words=words("épisode | ép | ep"),
    season_words=words("saison"),
    counters=words("épisodes | épisode | écoutes | notes | avis | abonnés"),
    banners=words(
        "télécharger l'application … | téléchargez l'application … | ouvrir dans … | écouter sur …"
        " | disponible sur … | cliquez pour lire la transcription complète"
    ),
    bylines=words("un podcast de | podcast de | présenté par"),
    show_labels=words("podcast : | émission:"),
    episode_headings=words("épisodes | tous les épisodes"),
    host_of=words("animateur de … | animatrice de … | présentateur de … | présentatrice de …"),
    person_kinds=words("personne"),
    guest_words=words("invité | invitée | invités"),
    host_words=words("animateur | animatrice | présentateur | présentatrice"),
    honorifics=words("dr | pr"),
    organization_kinds=words("organisation | entreprise | société"),
    product_kinds=words("produit | logiciel | service"),
    concept_kinds=words("concept | notion"),
    place_kinds=words("lieu | pays | ville"),
    function_words=words(
        "le | la | les | de | des | du | que | et | en | est | pour | avec | un | une | son | sa | ne | pas"
        " | se | plus | comme | mais | par | sur | au | aux | qui | dans | ce | cette | sont | il | elle"
        " | nous | vous"
    ),
    letters="èàêôçïœéâûë",
)
