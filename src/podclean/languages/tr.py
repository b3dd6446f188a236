"""Turkish."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="tr",
    name="Turkish",
    weekdays=calendar("pazartesi pzt | salı sal | çarşamba çar | perşembe per | cuma cum | cumartesi cmt | pazar paz"),
    list_headings=words("son bölümler | tüm bölümler | bölümler | bunları da beğenebilirsiniz | benzer podcastler"),
    labels=words("okuma süresi | son güncelleme | güncellendi | yayınlandı | süre | kategoriler | kategori | dil"),
    counters=words("bölüm | dinlenme | değerlendirme | takipçi | abone"),
    banners=words("… uygulamasını indirin | …'da aç | …'da dinle"),
    show_labels=words("podcast:"),
)
