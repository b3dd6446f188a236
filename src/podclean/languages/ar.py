"""Arabic."""

from podclean.languages.record import Language, Sections, calendar, words

LANGUAGE = Language(
    code="ar",
    name="Arabic",
    sections=Sections(
        chapters=words("الفصول | الطوابع الزمنية"),
        transcript=words("النص الكامل | نص الحلقة | تفريغ نصي"),
        description=words("الوصف | وصف الحلقة | عن الحلقة | ملخص"),
        insights=words("أهم النقاط | النقاط الرئيسية"),
    ),
    weekdays=calendar("الاثنين | الثلاثاء | الأربعاء | الخميس | الجمعة | السبت | الأحد"),
    list_headings=words("أحدث الحلقات | كل الحلقات | جميع الحلقات | الحلقات | قد يعجبك أيضًا | بودكاست مشابهة"),
    labels=words("آخر تحديث | تم التحديث | الفئات | الفئة | التصنيف | اللغة"),
    published_labels=words("تاريخ النشر | نُشر"),
    duration_labels=words("المدة"),
    reading_labels=words("وقت القراءة"),
    counters=words("حلقة | حلقات | تقييم | تقييمات | متابع | مشترك"),
    banners=words("حمّل تطبيق … | نزّل تطبيق … | افتح في … | استمع على …"),
    bylines=words("بودكاست من | تقديم"),
    show_labels=words("بودكاست:"),
)
