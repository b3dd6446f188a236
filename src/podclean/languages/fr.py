"""French."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="fr",
    name="French",
    months=calendar(
        "janvier jan janv | février fév févr | mars mar | avril avr | mai mai | juin jui"
        " | juillet juil | août aoû | septembre sep sept | octobre oct | novembre nov | décembre déc"
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
    read_more=words("voir plus | lire la suite | afficher plus"),
    read_less=words("voir moins | afficher moins | réduire"),
    toggles=words("plus | moins | développer"),
    list_headings=words(
        "plus d'épisodes de … | autres épisodes de … | derniers épisodes | tous les épisodes | épisodes récents | épisodes | vous aimerez aussi"
        " | podcasts similaires | épisodes populaires | nouveaux épisodes | épisodes précédents"
        " | épisodes similaires | saisons | toutes les saisons | bandes-annonces"
        " | vous aimerez peut-être aussi | vous pourriez aussi aimer | plus de cette émission"
        " | plus de ce podcast | du même podcast | recommandés pour vous | recommandations"
        " | les auditeurs ont aussi écouté | avis des auditeurs | articles récents"
        " | les clients ont aussi acheté | les auditeurs écoutent aussi | avis et notes | notes et avis"
        " | tendances"
    ),
    labels=words(
        "dernière mise à jour | mis à jour | catégories | catégorie | genre | langue | éditeur"
        " | maison d'édition | narrateur | narratrice | lu par | format | classement | trier par | prix"
        " | explicite | version intégrale | version abrégée | texte intégral"
    ),
    published_labels=words("publié le | publié | mis en ligne le | date de publication | diffusé le"),
    duration_labels=words("durée"),
    reading_labels=words("temps de lecture"),
    expiry_labels=words("disponible jusqu'au | disponible jusqu'à | expire le"),
    episode_words=words("épisode | ép | ep"),
    season_words=words("saison"),
    series_parts=words("tome | volume | livre | partie"),
    episode_kinds=words("bonus | bande-annonce | spécial | hors-série"),
    author_words=words("par | publié par | écrit par"),
    comment_headings=words(
        "commentaires | laisser un commentaire | laisser une réponse | réponses à … | réponse à … | avis sur … | avis et notes | avis des auditeurs | notes et avis"
    ),
    cookie_notices=words(
        "nous utilisons des cookies | ce site utilise des cookies | en poursuivant votre navigation | accepter les cookies"
    ),
    episode_of=words("dans cet épisode de … | cet épisode de … | bienvenue dans …"),
    counters=words(
        "épisodes | épisode | écoutes | notes | avis | abonnés | auditeurs | auditeur | écoute | note"
        " | abonné | vues | lectures | min restantes | minutes restantes | commentaires | j'aime"
        " | téléchargements"
    ),
    banners=words(
        "télécharger l'application … | téléchargez l'application … | ouvrir dans … | écouter sur …"
        " | disponible sur … | cliquez pour lire la transcription complète | ouvrir dans l'application"
        " | ouvrir l'application | télécharger l'application | obtenir l'application"
        " | écouter dans l'application | connectez-vous pour écouter | essayez … gratuitement"
    ),
    bylines=words("un podcast de | podcast de | présenté par"),
    official_sites=words("… site officiel"),
    show_labels=words("podcast : | émission:"),
    episode_headings=words("épisodes | tous les épisodes | derniers épisodes"),
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
    buttons=words(
        "lecture | répondre | laisser un commentaire | se connecter | connexion | s'inscrire | inscription | créer un compte | s'abonner | abonné | suivre"
        " | se désabonner | partager | télécharger | écouter | enregistrer | sauvegarder"
        " | ajouter à la bibliothèque | ajouter à ma bibliothèque | ajouter à la file d'attente"
        " | ajouter à la playlist | écouter l'épisode | lire l'épisode | écouter la bande-annonce"
        " | tout afficher | tout voir | voir tout | afficher tout | charger plus | afficher plus d'épisodes"
        " | plus d'épisodes | page suivante | page précédente | filtrer | ajouter au panier | acheter"
        " | acheter maintenant | essai gratuit | essayer gratuitement | écouter un extrait | liste d'envies"
        " | ajouter à ma liste d'envies | copier le lien | rechercher | accueil | menu | paramètres"
        " | écrire un avis | afficher la description complète"
    ),
)
