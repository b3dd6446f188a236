"""Indonesian."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="id",
    name="Indonesian",
    months=calendar(
        "januari jan | februari feb | maret mar | april apr | mei | juni jun | juli jul | agustus agu agt | september sep | oktober okt | november nov | desember des"
    ),
    weekdays=calendar("senin sen | selasa sel | rabu rab | kamis kam | jumat jum | sabtu sab | minggu min"),
    hour_units=words("jam"),
    minute_units=words("menit | mnt"),
    second_units=words("detik | dtk"),
    duration_joiners=words("dan"),
    relative_units=RelativeUnits(
        minute=words("menit"),
        hour=words("jam"),
        day=words("hari"),
        week=words("minggu"),
        month=words("bulan"),
        year=words("tahun"),
    ),
    ago_after=words("yang lalu | lalu"),
    today=words("hari ini"),
    yesterday=words("kemarin"),
    sections=Sections(
        chapters=words("bab | penanda waktu | stempel waktu"),
        transcript=words("transkrip"),
        description=words("deskripsi | tentang episode ini | ringkasan"),
        insights=words("poin penting | intisari"),
    ),
    list_headings=words("episode terbaru | semua episode | episode | mungkin anda juga suka | podcast serupa"),
    labels=words("terakhir diperbarui | diperbarui | kategori | bahasa"),
    published_labels=words("diterbitkan | dipublikasikan | tanggal rilis"),
    duration_labels=words("durasi"),
    reading_labels=words("waktu baca"),
    episode_words=words("episode | eps | ep"),
    season_words=words("musim"),
    counters=words("episode | ulasan | pengikut | pelanggan | kali diputar"),
    banners=words("unduh aplikasi … | buka di … | dengarkan di … | tersedia di …"),
    bylines=words("podcast oleh | dipandu oleh"),
    show_labels=words("podcast:"),
)
