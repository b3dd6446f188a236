"""Indonesian."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="id",
    name="Indonesian",
    weekdays=calendar("senin sen | selasa sel | rabu rab | kamis kam | jumat jum | sabtu sab | minggu min"),
    list_headings=words("episode terbaru | semua episode | episode | mungkin anda juga suka | podcast serupa"),
    labels=words(
        "waktu baca | terakhir diperbarui | diperbarui | diterbitkan | dipublikasikan | durasi | kategori | bahasa"
    ),
    counters=words("episode | ulasan | pengikut | pelanggan | kali diputar"),
    banners=words("unduh aplikasi … | buka di … | dengarkan di … | tersedia di …"),
    bylines=words("podcast oleh | dipandu oleh"),
    show_labels=words("podcast:"),
)
