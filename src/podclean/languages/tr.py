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
    read_more=words("devamını oku | daha fazla göster | devamını gör | tümünü oku"),
    list_headings=words(
        "son bölümler | tüm bölümler | bölümler | bunları da beğenebilirsiniz | benzer podcastler"
        " | popüler bölümler | yeni bölümler | önceki bölümler | ilgili bölümler | sezonlar | tüm sezonlar"
        " | fragmanlar | bunlar da ilginizi çekebilir | bu podcast'ten daha fazlası | önerilenler"
        " | sizin için önerilenler | bunu alanlar bunları da aldı | yorumlar | değerlendirmeler ve yorumlar"
    ),
    labels=words(
        "son güncelleme | güncellendi | kategoriler | kategori | dil | yayınevi | yayıncı | seslendiren"
        " | anlatıcı | format | biçim | puan | değerlendirme | sırala | sıralama | tür | fiyat"
    ),
    published_labels=words("yayınlandı | yayın tarihi"),
    duration_labels=words("süre"),
    reading_labels=words("okuma süresi"),
    episode_words=words("bölüm"),
    season_words=words("sezon"),
    counters=words(
        "bölüm | dinlenme | değerlendirme | takipçi | abone | dinleyici | dinleme | yorum | görüntülenme"
        " | izlenme | dk kaldı | dakika kaldı | beğeni | indirme | kez dinlendi"
    ),
    banners=words(
        "… uygulamasını indirin | …'da aç | …'da dinle | uygulamada aç | uygulamayı aç | uygulamayı indir"
        " | uygulamada dinle | dinlemek için giriş yap | … ücretsiz dene"
    ),
    bylines=words("sunan: | sunucu: | … tarafından bir podcast | … tarafından sunuluyor"),
    show_labels=words("podcast:"),
    read_less=words("daha az göster | gizle"),
    toggles=words("daha fazla | daha az"),
    buttons=words(
        "giriş yap | oturum aç | kaydol | üye ol | hesap oluştur | abone ol | takip et | takip ediliyor"
        " | takibi bırak | paylaş | indir | oynat | duraklat | kaydet | kitaplığa ekle | kütüphaneye ekle"
        " | sıraya ekle | çalma listesine ekle | bölümü oynat | bölümü dinle | fragmanı oynat | tümünü gör"
        " | tümünü göster | hepsini gör | daha fazla yükle | daha fazla bölüm | sonraki sayfa | önceki sayfa"
        " | filtrele | sepete ekle | satın al | hemen satın al | ücretsiz dene | örnek dinle | istek listesi"
        " | favorilere ekle | bağlantıyı kopyala | menü | ana sayfa | keşfet | ayarlar | yorum yaz"
    ),
    episode_headings=words("bölümler | tüm bölümler | son bölümler"),
)
