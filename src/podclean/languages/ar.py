"""Arabic."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="ar",
    name="Arabic",
    weekdays=calendar("الاثنين | الثلاثاء | الأربعاء | الخميس | الجمعة | السبت | الأحد"),
    list_headings=words("أحدث الحلقات | كل الحلقات | جميع الحلقات | الحلقات | قد يعجبك أيضًا | بودكاست مشابهة"),
    labels=words("وقت القراءة | آخر تحديث | تم التحديث | تاريخ النشر | نُشر | المدة | الفئات | الفئة | التصنيف | اللغة"),
    counters=words("حلقة | حلقات | تقييم | تقييمات | متابع | مشترك"),
    banners=words("حمّل تطبيق … | نزّل تطبيق … | افتح في … | استمع على …"),
    bylines=words("بودكاست من | تقديم"),
    show_labels=words("بودكاست:"),
)
