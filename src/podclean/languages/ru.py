"""Russian."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="ru",
    name="Russian",
    months=calendar(
        "января январь янв | февраля февраль фев | марта март мар | апреля апрель апр | мая май | июня июнь июн | июля июль июл | августа август авг | сентября сентябрь сен сент | октября октябрь окт | ноября ноябрь ноя | декабря декабрь дек"
    ),
    weekdays=calendar(
        "понедельник пн | вторник вт | среда среду ср | четверг чт | пятница пятницу пт | суббота субботу сб"
        " | воскресенье вс"
    ),
    hour_units=words("часов | часа | час | ч"),
    minute_units=words("минут | минуты | минута | мин"),
    second_units=words("секунд | сек"),
    duration_joiners=words("и"),
    relative_units=RelativeUnits(
        minute=words("минуту | минуты | минут"),
        hour=words("час | часа | часов"),
        day=words("день | дня | дней"),
        week=words("неделю | недели | недель"),
        month=words("месяц | месяца | месяцев"),
        year=words("год | года | лет"),
    ),
    ago_after=words("назад"),
    today=words("сегодня"),
    yesterday=words("вчера"),
    sections=Sections(
        chapters=words("главы | таймкоды | тайм-коды"),
        transcript=words("расшифровка | транскрипт | стенограмма"),
        description=words("описание | описание выпуска | о выпуске | краткое содержание"),
        insights=words("ключевые мысли | главное"),
    ),
    list_headings=words(
        "последние выпуски | все выпуски | выпуски | эпизоды | вам также может понравиться | похожие подкасты"
    ),
    labels=words("последнее обновление | обновлено | категории | категория | жанр | язык"),
    published_labels=words("опубликовано | дата публикации"),
    duration_labels=words("длительность | продолжительность"),
    reading_labels=words("время чтения"),
    episode_words=words("выпуск | эпизод | серия"),
    season_words=words("сезон"),
    counters=words("выпусков | выпуска | выпуск | эпизодов | оценок | подписчиков | прослушиваний"),
    banners=words("скачайте приложение … | скачать приложение … | открыть в … | слушать в … | доступно в …"),
    bylines=words("подкаст от | ведущий"),
    show_labels=words("подкаст:"),
)
