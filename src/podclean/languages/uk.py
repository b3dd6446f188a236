"""Ukrainian."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="uk",
    name="Ukrainian",
    months=calendar(
        "січня січень січ | лютого лютий лют | березня березень бер | квітня квітень квіт | травня травень трав | червня червень черв | липня липень лип | серпня серпень серп | вересня вересень вер | жовтня жовтень жовт | листопада листопад лист | грудня грудень груд"
    ),
    weekdays=calendar(
        "понеділок пн | вівторок вт | середа середу ср | четвер чт | пʼятниця п'ятниця пт | субота суботу сб"
        " | неділя неділю нд"
    ),
    hour_units=words("годин | години | година | год"),
    minute_units=words("хвилин | хвилини | хвилина | хв"),
    second_units=words("секунд | секунди | секунда | сек"),
    relative_units=RelativeUnits(
        minute=words("хвилину | хвилини | хвилин | хв"),
        hour=words("годину | години | годин"),
        day=words("день | дні | днів"),
        week=words("тиждень | тижні | тижнів"),
        month=words("місяць | місяці | місяців"),
        year=words("рік | роки | років"),
    ),
    ago_after=words("тому"),
    today=words("сьогодні"),
    yesterday=words("вчора | учора"),
    sections=Sections(
        chapters=words("розділи | таймкоди"),
        transcript=words("розшифровка | транскрипт"),
        description=words("опис | опис випуску | про випуск | короткий зміст"),
        insights=words("ключові думки | головне"),
    ),
    list_headings=words("останні випуски | усі випуски | всі випуски | випуски | епізоди | вам також може сподобатися"),
    labels=words("останнє оновлення | оновлено | категорії | категорія | жанр | мова"),
    published_labels=words("опубліковано"),
    duration_labels=words("тривалість"),
    reading_labels=words("час читання"),
    episode_words=words("випуск | епізод"),
    season_words=words("сезон"),
    counters=words("випусків | випуски | випуск | епізодів | оцінок | підписників"),
    banners=words("завантажте застосунок … | відкрити в … | слухати в …"),
    bylines=words("подкаст від"),
    show_labels=words("подкаст:"),
)
