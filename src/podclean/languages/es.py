"""Spanish."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="es",
    name="Spanish",
    months=calendar(
        "enero ene | febrero feb | marzo mar | abril abr | mayo may | junio jun"
        " | julio jul | agosto ago | septiembre sep sept | octubre oct | noviembre nov | diciembre dic"
    ),
    weekdays=calendar("lunes lun | martes mar | miércoles mié | jueves jue | viernes vie | sábado sáb | domingo dom"),
    date_joiners=words("de | del"),
    hour_units=words("horas | hora | hrs | hr | h"),
    minute_units=words("minutos | minuto | mins | min"),
    second_units=words("segundos | seg"),
    duration_joiners=words("y"),
    relative_units=RelativeUnits(
        minute=words("minuto | minutos"),
        hour=words("hora | horas"),
        day=words("día | días"),
        week=words("semana | semanas"),
        month=words("mes | meses"),
        year=words("año | años"),
    ),
    ago_before=words("hace"),
    today=words("hoy"),
    yesterday=words("ayer"),
    sections=Sections(
        chapters=words("capítulos | marcas de tiempo | índice"),
        transcript=words("transcripción | transcripción completa"),
        description=words("descripción | notas del episodio | sobre este episodio | resumen"),
        insights=words("puntos clave | ideas clave | conclusiones"),
    ),
    buttons=words(
        "iniciar sesión | entrar | registrarse | suscribirse | compartir | descargar | crear cuenta"
        " | regístrate | suscríbete | seguir | siguiendo | dejar de seguir | reproducir | pausar | guardar"
        " | añadir a la biblioteca | añadir a mi biblioteca | agregar a la biblioteca | añadir a la cola"
        " | agregar a la cola | añadir a la lista | reproducir episodio | reproducir tráiler | ver todo"
        " | ver todos | mostrar todo | mostrar todos | cargar más | cargar más episodios"
        " | página siguiente | página anterior | filtrar | añadir al carrito | agregar al carrito | comprar"
        " | comprar ahora | prueba gratis | pruébalo gratis | prueba gratuita | escuchar muestra"
        " | escuchar una muestra | escuchar fragmento | lista de deseos | añadir a la lista de deseos"
        " | copiar enlace | buscar | menú | ajustes | configuración | escribir una reseña"
        " | mostrar descripción completa | ver descripción completa | añadir a la cesta | añadir a mi cesta"
    ),
    read_more=words("mostrar más | ver más | leer más"),
    read_less=words("mostrar menos | ver menos | leer menos | ocultar"),
    toggles=words("más | menos | expandir | contraer"),
    list_headings=words(
        "más episodios de … | otros episodios de … | últimos episodios | más episodios | todos los episodios | episodios recientes | episodios | también te puede gustar"
        " | pódcasts similares | podcasts similares | episodios populares | episodios destacados"
        " | nuevos episodios | episodios anteriores | episodios relacionados | temporadas"
        " | todas las temporadas | tráileres | te podría gustar | quizás también te guste"
        " | más de este podcast | más de este pódcast | más de este programa | los clientes también compraron"
        " | otros oyentes también escuchan | recomendados | recomendados para ti | podcasts relacionados"
        " | reseñas | valoraciones y reseñas | tendencias"
    ),
    labels=words(
        "última actualización | actualizado | categorías | categoría | etiquetas | género | idioma"
        " | editorial | narrador | narradora | narrado por | formato | valoración | calificación"
        " | clasificación por edad | ordenar por | precio | explícito"
    ),
    published_labels=words(
        "publicado el | publicado | fecha de publicación | fecha de lanzamiento | emitido el | fecha"
    ),
    duration_labels=words("duración"),
    reading_labels=words("tiempo de lectura"),
    expiry_labels=words("disponible hasta el | disponible hasta | caduca el"),
    episode_words=words("episodio | capítulo | ep"),
    season_words=words("temporada"),
    series_parts=words("libro | volumen | tomo | parte"),
    episode_kinds=words("bonus | tráiler | especial | avance"),
    author_words=words("por | publicado por"),
    comment_headings=words(
        "comentarios | deja un comentario | deja una respuesta | respuestas a … | respuesta a … | valoraciones y reseñas | reseñas | opiniones"
    ),
    cookie_notices=words(
        "utilizamos cookies | usamos cookies | este sitio utiliza cookies | esta web utiliza cookies | aceptar cookies"
    ),
    episode_of=words("en este episodio de … | este episodio de … | bienvenidos a …"),
    counters=words(
        "vídeos | mil visualizaciones | mil reproducciones | mil suscriptores | episodios | episodio | reproducciones | valoraciones | reseñas | seguidores | suscriptores | oyentes"
        " | oyente | reproducción | valoración | reseña | seguidor | suscriptor | visualizaciones | vistas"
        " | min restantes | minutos restantes | comentarios | me gusta | descargas | calificaciones"
        " | escuchas"
    ),
    banners=words(
        "descarga la app … | descarga la aplicación … | descargar la app … | abrir en … | escuchar en …"
        " | disponible en … | haz clic para leer la transcripción completa | leer la transcripción completa"
        " | abrir en la app | abrir la app | descarga la app | descargar la app | obtén la app"
        " | escúchalo en la app | escuchar en la app | inicia sesión para escuchar | prueba … gratis"
        " | resultados para “…” | resultados de búsqueda"
    ),
    bylines=words("un pódcast de | un podcast de | podcast de | presentado por"),
    official_sites=words("… sitio oficial | … web oficial"),
    show_labels=words("pódcast: | podcast: | programa:"),
    episode_headings=words("episodios | todos los episodios | últimos episodios | episodios recientes"),
    host_of=words(
        "presentador de … | presentadora de … | conductor de … | conductora de … | anfitrión de … | anfitriona de …"
    ),
    person_kinds=words("persona | personaje"),
    guest_cues=words(
        "conversa con … | charla con … | habla con … | entrevista a … | nuestro invitado … | nuestra invitada … | … se une a | … se suma a"
    ),
    guest_words=words("invitado | invitada | invitados"),
    host_words=words("presentador | presentadora | anfitrión | anfitriona | entrevistador | entrevistadora"),
    honorifics=words("dr. | dra. | prof. | profesor | profesora"),
    organization_kinds=words("organización | empresa | institución | compañía"),
    product_kinds=words("producto | software | servicio | plataforma | herramienta | modelo | tecnología"),
    concept_kinds=words("concepto | idea | término"),
    place_kinds=words("lugar | país | ciudad"),
    function_words=words(
        "el | la | los | las | de | del | que | y | en | es | por | para | con | una | un | su | se | lo"
        " | como | más | pero | sus | al | este | esta | entre | cuando | también | sobre | qué | cómo"
        " | porque | hay | son | ya | muy | sin"
    ),
    letters="ñíóáúé",
    title_small_words=words(
        "el | la | los | las | lo | un | una | unos | unas | y | e | o | u | ni | de | del | a | al | en | con"
        " | sin | por | para | sobre | entre | desde | hasta | hacia | según | tras | contra | ante | bajo | como | que | si"
        " | cuando | mientras | vs | vs."
    ),
)
