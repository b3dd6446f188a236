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
    list_headings=words(
        "episode terbaru | semua episode | episode | mungkin anda juga suka | podcast serupa"
        " | episode populer | episode baru | episode sebelumnya | episode terkait | semua musim"
        " | anda mungkin juga suka | kamu mungkin juga suka | lainnya dari podcast ini | podcast terkait"
        " | rekomendasi | direkomendasikan untuk anda | pelanggan juga membeli | ulasan | rating dan ulasan"
        " | sedang tren"
    ),
    labels=words(
        "terakhir diperbarui | diperbarui | kategori | bahasa | penerbit | narator | dibacakan oleh | format"
        " | rating | peringkat | urutkan berdasarkan | urutkan | genre | harga"
    ),
    published_labels=words("diterbitkan | dipublikasikan | tanggal rilis"),
    duration_labels=words("durasi"),
    reading_labels=words("waktu baca"),
    episode_words=words("episode | eps | ep"),
    season_words=words("musim"),
    counters=words(
        "episode | ulasan | pengikut | pelanggan | kali diputar | pendengar | diputar | rating | penilaian"
        " | kali ditonton | ditonton | menit tersisa | komentar | suka | unduhan"
    ),
    banners=words(
        "unduh aplikasi … | buka di … | dengarkan di … | tersedia di … | buka di aplikasi | buka aplikasi"
        " | unduh aplikasi | unduh aplikasinya | dapatkan aplikasinya | dengarkan di aplikasi"
        " | masuk untuk mendengarkan | coba … gratis"
    ),
    bylines=words("podcast oleh | dipandu oleh"),
    show_labels=words("podcast:"),
    buttons=words(
        "masuk | daftar | buat akun | berlangganan | langganan | ikuti | mengikuti | berhenti mengikuti"
        " | bagikan | unduh | putar | jeda | simpan | tambahkan ke perpustakaan | tambah ke koleksi"
        " | tambahkan ke antrean | putar episode | putar trailer | lihat semua | tampilkan semua"
        " | muat lebih banyak | episode lainnya | halaman berikutnya | halaman sebelumnya"
        " | tambah ke keranjang | tambahkan ke keranjang | beli sekarang | coba gratis | dengarkan sampel"
        " | dengarkan cuplikan | daftar keinginan | salin tautan | menu | beranda | jelajahi | pengaturan"
        " | tulis ulasan"
    ),
    read_more=words(
        "baca selengkapnya | selengkapnya | lihat selengkapnya | tampilkan lebih banyak | baca lebih lanjut"
    ),
    read_less=words("tampilkan lebih sedikit | sembunyikan | lebih sedikit"),
    episode_headings=words("semua episode | episode terbaru"),
)
