"""Turkish."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="tr",
    name="Turkish",
    months=calendar(
        "ocak oca | şubat şub | mart mar | nisan nis | mayıs may | haziran haz | temmuz tem | ağustos ağu | eylül eyl | ekim eki | kasım kas | aralık ara"
    ),
    weekdays=calendar("pazartesi pzt | salı sal | çarşamba çar | perşembe per | cuma cum | cumartesi cmt | pazar paz"),
    hour_units=words("saat | sa"),
    minute_units=words("dakika | dk"),
    second_units=words("saniye | sn"),
    relative_units=RelativeUnits(
        minute=words("dakika | dk"),
        hour=words("saat"),
        day=words("gün"),
        week=words("hafta"),
        month=words("ay"),
        year=words("yıl"),
    ),
    ago_after=words("önce"),
    today=words("bugün"),
    yesterday=words("dün"),
    sections=Sections(
        chapters=words("zaman damgaları | zaman kodları"),
        transcript=words("transkript | deşifre | metin dökümü"),
        description=words("açıklama | bölüm açıklaması | bölüm hakkında | özet"),
        insights=words("öne çıkanlar | önemli noktalar"),
    ),
    read_more=words("devamını oku | daha fazla göster"),
    list_headings=words("son bölümler | tüm bölümler | bölümler | bunları da beğenebilirsiniz | benzer podcastler"),
    labels=words("son güncelleme | güncellendi | kategoriler | kategori | dil"),
    published_labels=words("yayınlandı | yayın tarihi"),
    duration_labels=words("süre"),
    reading_labels=words("okuma süresi"),
    episode_words=words("bölüm"),
    season_words=words("sezon"),
    counters=words("bölüm | dinlenme | değerlendirme | takipçi | abone"),
    banners=words("… uygulamasını indirin | …'da aç | …'da dinle"),
    bylines=words("sunan: | sunucu: | … tarafından bir podcast | … tarafından sunuluyor"),
    show_labels=words("podcast:"),
)
