"""Ukrainian."""

from podclean.languages.record import Language, calendar, words

LANGUAGE = Language(
    code="uk",
    name="Ukrainian",
    weekdays=calendar(
        "понеділок пн | вівторок вт | середа середу ср | четвер чт | пʼятниця п'ятниця пт | субота суботу сб"
        " | неділя неділю нд"
    ),
    list_headings=words("останні випуски | усі випуски | всі випуски | випуски | епізоди | вам також може сподобатися"),
    labels=words(
        "час читання | останнє оновлення | оновлено | опубліковано | тривалість | категорії | категорія | жанр | мова"
    ),
    counters=words("випусків | випуски | випуск | епізодів | оцінок | підписників"),
    banners=words("завантажте застосунок … | відкрити в … | слухати в …"),
    bylines=words("подкаст від"),
    show_labels=words("подкаст:"),
)
