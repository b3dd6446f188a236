"""The language records: well-formed, consistent with each other, and the
interface lexicon telling a page's own text from its episodes'."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podclean import languages
from podclean.errors import ConfigError
from podclean.fields.meta import parse_meta
from podclean.model import Result
from podclean.testing import texts

generated_words = texts()


def test_at_least_twenty_interface_languages_each_in_its_own_file() -> None:
    records = languages.languages()
    assert len(records) >= 20
    assert [r.code for r in records] == sorted({r.code for r in records})
    with_interface = [r.code for r in records if r.list_headings and r.labels and r.counters and r.banners]
    assert len(with_interface) >= 20, with_interface


def test_an_unknown_language_names_the_file_to_add() -> None:
    with pytest.raises(ConfigError, match=r"languages/xx\.py"):
        languages.language("xx")


def test_no_two_languages_give_one_month_name_different_months() -> None:
    table = languages.month_numbers()
    for record in languages.languages():
        for number, names in enumerate(record.months, start=1):
            for name in names:
                assert table[name] == number, (record.code, name)


def test_no_relative_word_means_two_units() -> None:
    table = languages.relative_units()
    for record in languages.languages():
        for unit, unit_words in record.relative_units.items():
            for word in unit_words:
                assert table[word] == unit, (record.code, word)


def test_every_word_is_written_as_pages_match_it() -> None:
    for record in languages.languages():
        phrases = [
            *record.read_more,
            *record.read_less,
            *record.toggles,
            *record.list_headings,
            *record.labels,
            *record.counters,
            *record.banners,
            *record.bylines,
            *record.person_kinds,
            *record.function_words,
        ]
        for phrase in phrases:
            assert phrase == phrase.strip() and phrase == phrase.lower(), (record.code, phrase)


def _as_shown(kind: str, phrase: str) -> str:
    shown = phrase.replace("…", "Acme")
    if kind == "label":
        return f"{shown.title()}: 7"
    if kind == "counter":
        return f"1,204 {shown}"
    return shown.capitalize()


def test_every_interface_phrase_is_recognised_as_a_page_shows_it() -> None:
    for record in languages.languages():
        fields = {
            "toggle": (*record.read_more, *record.read_less, *record.toggles),
            "list heading": record.list_headings,
            "label": record.labels,
            "counter": record.counters,
            "banner": record.banners,
        }
        for kind, phrases in fields.items():
            for phrase in phrases:
                shown = _as_shown(kind, phrase)
                assert languages.interface_text(shown) is not None, (record.code, kind, shown)


@pytest.mark.parametrize(
    ("line", "kind", "language"),
    [
        ("Más Menos", "toggle", "es"),
        ("続きを読む 一部表示", "toggle", "ja"),
        ("Latest episodes", "list heading", "en"),
        ("Read time: 6 min", "label", "en"),
        ("Last refreshed: 2 hours ago", "label", "en"),
        ("Categorías: Ciencia, Historia", "label", "es"),
        ("Download the Quillcast app", "banner", "en"),
        ("Click to read the full transcript", "banner", "en"),
        ("312 afleveringen", "counter", "nl"),
        ("Alle Folgen (48)", "list heading", "de"),
        ("Ungekürzt", "label", "de"),
        ("Version intégrale", "label", "fr"),
        ("Unabridged", "label", "en"),
        ("Lecture", "button", "fr"),
        ("Ordina: Più recenti", "label", "it"),
        ("Ti potrebbero piacere anche", "list heading", "it"),
        ("Les auditeurs ont aussi écouté", "list heading", "fr"),
        ("Articles récents", "list heading", "fr"),
        ("Kuuntelijat seuraavat myös", "list heading", "fi"),
        ("Arvostelut ja arviot", "list heading", "fi"),
        ("Lisää samalta tekijältä", "list heading", "fi"),
    ],
)
def test_interface_lines_in_many_languages(line: str, kind: str, language: str) -> None:
    found = languages.interface_text(line)
    assert found is not None and (found.kind, found.language) == (kind, language)


@pytest.mark.parametrize(
    ("line", "seconds"),
    [
        ("Spieldauer: 11 Std. und 24 Min.", 41040),
        ("Laufzeit: 58 Min.", 3480),
    ],
)
def test_an_audiobook_length_label_leaves_nothing_to_read_as_a_show(line: str, seconds: int) -> None:
    meta = parse_meta(line, "DMY")
    assert meta is not None and meta.duration is not None
    assert (meta.duration.seconds, meta.leftover) == (seconds, "")


@pytest.mark.parametrize(
    "title",
    [
        "More than a feeling: the science of taste",
        "Read time is dead, long live listening",
        "Episode 12: Latest episodes of a forgotten radio drama",
        "Cómo ver más allá del ruido",
        "Download speeds and why your app feels slow",
    ],
)
def test_titles_that_mention_interface_words_are_not_interface_text(title: str) -> None:
    assert languages.interface_text(title) is None


#: Interface lines of podcast apps, directories, web players and audiobook
#: stores, as each language's pages show them: line → kind.
INTERFACE_LINES: dict[str, tuple[tuple[str, str], ...]] = {
    "ar": (
        ("متابعة", "button"),
        ("عرض الكل", "button"),
        ("اقرأ المزيد", "toggle"),
        ("الحلقات السابقة", "list heading"),
        ("الناشر: دار الكلمة", "label"),
        ("1,204 مستمع", "counter"),
        ("افتح في التطبيق", "banner"),
    ),
    "ca": (
        ("Segueix", "button"),
        ("Carrega'n més", "button"),
        ("Mostra'n més", "toggle"),
        ("Episodis recents", "list heading"),
        ("Gènere: Història", "label"),
        ("312 oients", "counter"),
        ("Obre a l'app", "banner"),
    ),
    "cs": (
        ("Sledovat", "button"),
        ("Zobrazit vše", "button"),
        ("Zobrazit více", "toggle"),
        ("Podobné podcasty", "list heading"),
        ("Vydavatel: Radioteka", "label"),
        ("87 posluchačů", "counter"),
        ("Otevřít v aplikaci", "banner"),
    ),
    "da": (
        ("Følg", "button"),
        ("Indlæs flere", "button"),
        ("Læs mere", "toggle"),
        ("Populære episoder", "list heading"),
        ("Oplæser: Anne Holm", "label"),
        ("2.311 lyttere", "counter"),
        ("Åbn i appen", "banner"),
    ),
    "de": (
        ("Folgen  Teilen  Herunterladen", "button"),
        ("Mehr laden", "button"),
        ("Weiterlesen", "toggle"),
        ("Hörer hörten auch", "list heading"),
        ("Sprecher: Jan Weber", "label"),
        ("1.204 Hörer", "counter"),
        ("In der App öffnen", "banner"),
    ),
    "en": (
        ("Play episode", "button"),
        ("Add to queue · Share", "button"),
        ("Show more", "toggle"),
        ("Customers also bought", "list heading"),
        ("Narrator: Ann Lee", "label"),
        ("12 min left", "counter"),
        ("Open in app", "banner"),
    ),
    "es": (
        ("Seguir", "button"),
        ("Cargar más episodios", "button"),
        ("Leer más", "toggle"),
        ("Más de este programa", "list heading"),
        ("Narrado por: Luis Gómez", "label"),
        ("3.402 oyentes", "counter"),
        ("Abrir en la app", "banner"),
    ),
    "fi": (
        ("Seuraa", "button"),
        ("Näytä kaikki", "button"),
        ("Lue lisää", "toggle"),
        ("Samankaltaiset podcastit", "list heading"),
        ("Lukija: Aino Virtanen", "label"),
        ("540 kuuntelijaa", "counter"),
        ("Avaa sovelluksessa", "banner"),
    ),
    "fr": (
        ("Suivre", "button"),
        ("Tout afficher", "button"),
        ("Lire la suite", "toggle"),
        ("Vous pourriez aussi aimer", "list heading"),
        ("Narrateur : Paul Martin", "label"),
        ("1 204 auditeurs", "counter"),
        ("Ouvrir dans l'application", "banner"),
    ),
    "hi": (
        ("फ़ॉलो करें", "button"),
        ("सभी देखें", "button"),
        ("और पढ़ें", "toggle"),
        ("लोकप्रिय एपिसोड", "list heading"),
        ("प्रकाशक: आवाज़ मीडिया", "label"),
        ("1,204 श्रोता", "counter"),
        ("ऐप में खोलें", "banner"),
    ),
    "id": (
        ("Ikuti", "button"),
        ("Lihat semua", "button"),
        ("Baca selengkapnya", "toggle"),
        ("Episode populer", "list heading"),
        ("Narator: Budi Santoso", "label"),
        ("1.204 pendengar", "counter"),
        ("Buka di aplikasi", "banner"),
    ),
    "it": (
        ("Segui", "button"),
        ("Condividi · Scarica", "button"),
        ("Mostra tutte", "button"),
        ("Carica altre puntate", "button"),
        ("Mostra di più", "toggle"),
        ("Tutte le puntate", "list heading"),
        ("Narratore: Marco Rossi", "label"),
        ("1.204 ascoltatori", "counter"),
        ("Apri nell'app", "banner"),
    ),
    "ja": (
        ("フォローする", "button"),
        ("すべて表示", "button"),
        ("もっと読む", "toggle"),
        ("人気のエピソード", "list heading"),
        ("出版社: 青空書房", "label"),
        ("1,204 人のリスナー", "counter"),
        ("アプリで開く", "banner"),
    ),
    "ko": (
        ("팔로우", "button"),
        ("전체보기", "button"),
        ("펼치기", "toggle"),
        ("인기 에피소드", "list heading"),
        ("출판사: 한빛", "label"),
        ("1,204 청취자", "counter"),
        ("앱에서 열기", "banner"),
    ),
    "nl": (
        ("Volgen", "button"),
        ("Meer laden", "button"),
        ("Lees meer", "toggle"),
        ("Vergelijkbare podcasts", "list heading"),
        ("Verteller: Eva de Boer", "label"),
        ("1.204 luisteraars", "counter"),
        ("Openen in de app", "banner"),
    ),
    "no": (
        ("Spill av", "button"),
        ("Last inn flere", "button"),
        ("Les mer", "toggle"),
        ("Relaterte episoder", "list heading"),
        ("Oppleser: Kari Nordmann", "label"),
        ("1 204 avspillinger", "counter"),
        ("Åpne i appen", "banner"),
    ),
    "pl": (
        ("Obserwuj", "button"),
        ("Zobacz wszystkie", "button"),
        ("Czytaj więcej", "toggle"),
        ("Popularne odcinki", "list heading"),
        ("Lektor: Jan Nowak", "label"),
        ("1204 słuchaczy", "counter"),
        ("Otwórz w aplikacji", "banner"),
    ),
    "pt": (
        ("Seguindo", "button"),
        ("Carregar mais", "button"),
        ("Ler mais", "toggle"),
        ("Episódios relacionados", "list heading"),
        ("Editora: Casa das Letras", "label"),
        ("1.204 ouvintes", "counter"),
        ("Abrir no aplicativo", "banner"),
    ),
    "ru": (
        ("Подписаться", "button"),
        ("Показать все", "button"),
        ("Читать далее", "toggle"),
        ("Похожие выпуски", "list heading"),
        ("Чтец: Иван Петров", "label"),
        ("1 204 слушателей", "counter"),
        ("Открыть в приложении", "banner"),
    ),
    "sv": (
        ("Följ", "button"),
        ("Visa alla", "button"),
        ("Läs mer", "toggle"),
        ("Populära avsnitt", "list heading"),
        ("Uppläsare: Eva Lind", "label"),
        ("1 204 lyssnare", "counter"),
        ("Öppna i appen", "banner"),
    ),
    "tr": (
        ("Takip et", "button"),
        ("Tümünü gör", "button"),
        ("Daha az göster", "toggle"),
        ("Popüler bölümler", "list heading"),
        ("Seslendiren: Ayşe Demir", "label"),
        ("1.204 dinleyici", "counter"),
        ("Uygulamada aç", "banner"),
    ),
    "uk": (
        ("Підписатися", "button"),
        ("Показати всі", "button"),
        ("Читати далі", "toggle"),
        ("Схожі подкасти", "list heading"),
        ("Диктор: Олена Коваль", "label"),
        ("1 204 слухачів", "counter"),
        ("Відкрити в застосунку", "banner"),
    ),
    "vi": (
        ("Theo dõi", "button"),
        ("Xem tất cả", "button"),
        ("Xem thêm", "toggle"),
        ("Tập phổ biến", "list heading"),
        ("Nhà xuất bản: Trẻ", "label"),
        ("1.204 người nghe", "counter"),
        ("Mở trong ứng dụng", "banner"),
    ),
    "zh": (
        ("关注", "button"),
        ("查看全部", "button"),
        ("展开全部", "toggle"),
        ("猜你喜欢", "list heading"),
        ("排序方式: 最新", "label"),
        ("1,204 人收听", "counter"),
        ("打开app", "banner"),
    ),
}
#: Episode titles in each language, some opening with an interface word.
EPISODE_TITLES: dict[str, tuple[str, ...]] = {
    "ar": (
        "كيف نقرأ التاريخ من جديد",
        "تشغيل العقل: حوار عن الإبداع",
        "المزيد من الأسئلة حول الذكاء الاصطناعي",
    ),
    "ca": (
        "Segueix el fil: la història del tèxtil",
        "Més enllà de les muntanyes",
        "Escolta el silenci del bosc",
    ),
    "cs": (
        "Sledovat hvězdy bez dalekohledu",
        "Více než jen hudba",
        "Díl 12: Jak vzniká chleba",
    ),
    "da": (
        "Følg pengene: hvem ejer vores data?",
        "Mere end bare kaffe",
        "Læs mere, lev længere",
    ),
    "de": (
        "Folgen des Klimawandels für die Alpen",
        "Mehr als nur Kaffee",
        "Teilen statt besitzen: die neue Nachbarschaft",
    ),
    "en": (
        "Play to win: the economics of sport",
        "Share the road: cycling in big cities",
        "Follow the money",
    ),
    "es": (
        "Seguir adelante después de perderlo todo",
        "Más allá del ruido",
        "Comprar una casa en 2026",
    ),
    "fi": (
        "Seuraa rahaa: kuka omistaa datan?",
        "Lisää valoa talveen",
        "Jakso 4: Näytä minulle tie",
    ),
    "fr": (
        "Suivre son instinct en cuisine",
        "Plus jamais seuls : la ville et ses liens",
        "Écouter les arbres",
    ),
    "hi": (
        "और फिर एक दिन सब बदल गया",
        "कम खर्च में बड़ी यात्रा",
        "सभी के लिए विज्ञान",
    ),
    "id": (
        "Ikuti jejak rempah nusantara",
        "Masuk angin dan mitos lainnya",
        "Cerita di balik episode pertama",
    ),
    "it": (
        "Segui il denaro: chi possiede i nostri dati",
        "Il liutaio che ascolta il legno",
        "Altro che vacanze: il lavoro d'estate",
    ),
    "ja": (
        "海辺の図書館で",
        "再生可能エネルギーのこれから",
        "フォローの心理学",
    ),
    "ko": (
        "재생 에너지의 미래",
        "추천하고 싶은 책 다섯 권",
        "팔로우의 심리학",
    ),
    "nl": (
        "Volgen of leiden: wat maakt een goede baas?",
        "Meer dan een spelletje",
        "Delen is het nieuwe hebben",
    ),
    "no": (
        "Følg pengene: hvem eier dataene?",
        "Mer enn bare fotball",
        "Les mer, lev lenger",
    ),
    "pl": (
        "Obserwuj niebo bez teleskopu",
        "Więcej niż muzyka",
        "Odcinek 12: Jak powstaje chleb",
    ),
    "pt": (
        "Seguir em frente depois da tempestade",
        "Mais do que um jogo",
        "Comprar ou alugar em 2026?",
    ),
    "ru": (
        "Слушать тишину: прогулка по лесу",
        "Ещё одна история о любви",
        "Как устроен рынок книг",
    ),
    "sv": (
        "Följ pengarna: vem äger våra data?",
        "Mer än bara fotboll",
        "Läs mer, lev längre",
    ),
    "tr": (
        "Takip et ya da bırak: sosyal medyanın yükü",
        "Daha fazla uyku, daha az stres",
        "İstanbul'un kayıp kütüphaneleri",
    ),
    "uk": (
        "Слухати тишу: прогулянка лісом",
        "Ще одна історія про кохання",
        "Як працює ринок книжок",
    ),
    "vi": (
        "Theo dõi giấc ngủ của bạn",
        "Xem thêm về lịch sử Hà Nội",
        "Chuyện tình mùa thu",
    ),
    "zh": (
        "关注内心的声音",
        "更多关于人工智能的思考",
        "播放列表里的青春",
    ),
}


def test_every_language_has_a_table_of_interface_lines_and_titles() -> None:
    codes = [record.code for record in languages.languages()]
    assert sorted(INTERFACE_LINES) == codes
    assert sorted(EPISODE_TITLES) == codes


@pytest.mark.parametrize(
    ("language", "line", "kind"),
    [(code, line, kind) for code, rows in INTERFACE_LINES.items() for line, kind in rows],
)
def test_every_language_recognises_its_apps_interface_lines(language: str, line: str, kind: str) -> None:
    found = languages.interface_text(line)
    assert found is not None and (found.kind, found.language) == (kind, language)


@pytest.mark.parametrize(
    ("language", "title"),
    [(code, title) for code, titles in EPISODE_TITLES.items() for title in titles],
)
def test_episode_titles_in_every_language_are_not_interface_text(language: str, title: str) -> None:
    assert languages.interface_text(title) is None


def test_every_language_has_buttons_and_read_more_toggles() -> None:
    for record in languages.languages():
        assert record.buttons and record.read_more and record.list_headings and record.episode_headings, record.code


def test_counts_grouped_by_spaces_are_counters() -> None:
    assert [languages.interface_text(line) is not None for line in ("1 204 auditeurs", "12\u202f400 слушателей")] == [
        True,
        True,
    ]


def test_no_seed_episode_title_is_interface_text(seed_result: Result) -> None:
    titles = [e.title for e in seed_result.episodes]
    assert titles
    assert [t for t in titles if languages.interface_text(t)] == []


@given(st.text(max_size=300) | generated_words)
def test_interface_matching_never_raises(text: str) -> None:
    found = languages.interface_text(text)
    assert found is None or found.phrase in text


def test_hindi_pages_write_dates_with_hindi_month_names() -> None:
    import datetime as dt

    import podclean

    assert languages.month_numbers()["मई"] == 5
    assert languages.month_numbers()["सितम्बर"] == 9
    assert podclean.parse_date("27 मई 2026") == dt.date(2026, 5, 27)


def test_a_labels_figure_may_carry_a_unit_written_with_marks() -> None:
    match = languages.interface_text("पढ़ने का समय 6 मिनट")
    assert match is not None and match.kind == "label"


def test_every_word_is_in_the_normal_form_pages_are_repaired_to() -> None:
    # Captures are repaired to NFC before any word is matched.
    import unicodedata

    for record in languages.languages():
        for field in languages.WordField.__args__:
            for word in getattr(record, field):
                assert unicodedata.is_normalized("NFC", word), (record.code, field, word)
        for names in (*record.months, *record.weekdays):
            for name in names:
                assert unicodedata.is_normalized("NFC", name), (record.code, name)


_TITLE_WORDS = st.lists(
    st.sampled_from(["Salt", "marshes", "part", "two", "river", "mud", "43:"]), min_size=2, max_size=6
)
_CAPTIONS = [(record.code, phrase) for record in languages.languages() for phrase in record.cover_captions]


def test_cover_captions_are_language_data() -> None:
    assert "podcast episode cover" in languages.words_of("cover_captions")
    assert "обкладинка подкасту" in languages.words_of("cover_captions")


@given(st.sampled_from(_CAPTIONS), _TITLE_WORDS.map(" ".join), st.sampled_from([": ", " - ", " | ", " – "]))
def test_a_cover_caption_alone_before_or_after_a_title_is_interface_text(
    caption: tuple[str, str], title: str, separator: str
) -> None:
    code, phrase = caption
    lines = [phrase, phrase.capitalize(), f"{title} - {phrase}", f"{title} | {phrase}"]
    lines.append(f"{phrase.capitalize()}{separator}{title}")
    for line in lines:
        match = languages.interface_text(line)
        assert match is not None and match.kind == "caption" and match.language == code, line
    # The title alone, or a sentence that merely starts with the words, is no caption.
    assert languages.interface_text(title) is None
    assert languages.interface_text(f"{phrase}ing {title}") is None
