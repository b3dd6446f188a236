"""Portuguese."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    months=calendar(
        "janeiro jan | fevereiro fev | março mar | abril abr | maio mai | junho jun"
        " | julho jul | agosto ago | setembro set | outubro out | novembro nov | dezembro dez"
    ),
    weekdays=calendar(
        "segunda-feira segunda seg | terça-feira terça ter | quarta-feira quarta qua | quinta-feira quinta qui"
        " | sexta-feira sexta sex | sábado sáb | domingo dom"
    ),
    date_joiners=words("de"),
    hour_units=words("horas | hora | h"),
    minute_units=words("minutos | minuto | min"),
    second_units=words("segundos | seg"),
    duration_joiners=words("e"),
    relative_units=RelativeUnits(
        minute=words("minuto | minutos"),
        hour=words("hora | horas"),
        day=words("dia | dias"),
        week=words("semana | semanas"),
        month=words("mês | meses"),
        year=words("ano | anos"),
    ),
    ago_before=words("há"),
    today=words("hoje"),
    yesterday=words("ontem"),
    sections=Sections(
        chapters=words("capítulos | marcações de tempo | minutagem"),
        transcript=words("transcrição | transcrição completa"),
        description=words("descrição | notas do episódio | sobre este episódio | resumo"),
        insights=words("pontos-chave | principais ideias"),
    ),
    read_less=words("ver menos | mostrar menos | ler menos"),
    read_more=words("ver mais | mostrar mais | leia mais | ler mais | continuar lendo"),
    toggles=words("mais | menos | expandir | recolher"),
    list_headings=words(
        "mais episódios de … | outros episódios de … | últimos episódios | todos os episódios | episódios recentes | episódios | você também pode gostar"
        " | podcasts semelhantes | episódios populares | novos episódios | episódios anteriores"
        " | episódios relacionados | temporadas | todas as temporadas | trailers | talvez você goste"
        " | mais deste podcast | mais deste programa | podcasts relacionados | recomendados"
        " | recomendados para você | quem comprou também comprou | clientes também compraram"
        " | avaliações e resenhas | resenhas | em alta"
    ),
    labels=words(
        "atualizada | atualizado | atualizada em | atualizado em | última atualização | atualizado | categorias | categoria | etiquetas | gênero | idioma | editora"
        " | narrador | narradora | narrado por | formato | avaliação | classificação | classificação etária"
        " | ordenar por | preço | explícito"
    ),
    published_labels=words("publicado em | publicado | data de lançamento | data de publicação | lançado em"),
    duration_labels=words("duração"),
    reading_labels=words("tempo de leitura"),
    episode_words=words("episódio | ep"),
    season_words=words("temporada"),
    series_parts=words("livro | volume | parte"),
    episode_kinds=words("bônus | bonus | trailer | especial"),
    author_words=words("por | publicado por"),
    comment_headings=words(
        "comentários | deixe um comentário | deixe uma resposta | respostas para … | resposta para … | avaliações e resenhas | avaliações e comentários | resenhas"
    ),
    cookie_notices=words(
        "utilizamos cookies | usamos cookies | este site usa cookies | este site utiliza cookies | aceitar cookies"
    ),
    episode_of=words("neste episódio de … | neste episódio do … | bem-vindos ao …"),
    counters=words(
        "vídeos | vídeo | mil visualizações | mil inscritos | mil reproduções | episódios | episódio | reproduções | avaliações | seguidores | inscritos | ouvintes | ouvinte"
        " | reprodução | avaliação | resenhas | resenha | seguidor | inscrito | visualizações | min restantes"
        " | minutos restantes | comentários | curtidas | downloads"
    ),
    banners=words(
        "baixe o app … | baixe o aplicativo … | abrir no … | ouvir no … | disponível no … | disponível em …"
        " | clique para ler a transcrição completa | abrir no app | abrir no aplicativo | abrir o app"
        " | baixe o app | baixar o app | ouça no app | ouvir no app | entre para ouvir"
        " | faça login para ouvir | experimente … grátis | resultados para “…” | resultados da pesquisa"
    ),
    bylines=words("um podcast de | podcast de | apresentado por"),
    show_labels=words("podcast: | programa:"),
    episode_headings=words("episódios | todos os episódios | últimos episódios"),
    host_of=words("apresentador do … | apresentadora do … | apresentador de … | apresentadora de …"),
    person_kinds=words("pessoa"),
    guest_words=words("convidado | convidada | convidados"),
    host_words=words("apresentador | apresentadora | anfitrião"),
    organization_kinds=words("organização | empresa"),
    product_kinds=words("produto | software | serviço"),
    concept_kinds=words("conceito"),
    place_kinds=words("lugar | país | cidade"),
    function_words=words(
        "o | a | os | as | de | do | da | dos | das | que | e | em | é | para | com | um | uma | seu | sua"
        " | não | se | mais | como | mas | por | pelo | pela | ao | também | sobre | quando | são | há"
        " | muito | sem | isso | este | esta"
    ),
    letters="ãõàêôçíóáúéâ",
    buttons=words(
        "reproduzir tudo | ordem aleatória | mostrar mais | entrar | iniciar sessão | fazer login | cadastre-se | criar conta | inscrever-se | assinar | seguir"
        " | seguindo | deixar de seguir | compartilhar | partilhar | baixar | transferir | reproduzir"
        " | pausar | salvar | adicionar à biblioteca | adicionar à fila | adicionar à playlist"
        " | reproduzir episódio | tocar episódio | reproduzir trailer | ver tudo | ver todos | mostrar tudo"
        " | mostrar todos | carregar mais | mais episódios | próxima página | página anterior | filtrar"
        " | adicionar ao carrinho | comprar | comprar agora | teste grátis | experimente grátis"
        " | avaliação gratuita | ouvir amostra | ouvir trecho | lista de desejos | copiar link | buscar"
        " | pesquisar | menu | configurações | definições | escrever uma avaliação"
        " | mostrar descrição completa | adicionar ao cesto"
    ),
)
