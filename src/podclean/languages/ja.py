"""Japanese."""

from podclean.languages.record import Language, RelativeUnits, calendar, words

LANGUAGE = Language(
    code="ja",
    name="Japanese",
    date_order="YMD",
    weekdays=calendar("月曜日 月 | 火曜日 火 | 水曜日 水 | 木曜日 木 | 金曜日 金 | 土曜日 土 | 日曜日 日"),
    hour_units=words("時間"),
    minute_units=words("分"),
    second_units=words("秒"),
    relative_units=RelativeUnits(
        minute=words("分"),
        hour=words("時間"),
        day=words("日"),
        week=words("週間"),
        month=words("か月 | ヶ月"),
        year=words("年"),
    ),
    ago_after=words("前"),
    today=words("今日"),
    yesterday=words("昨日"),
    buttons=words("ログイン | 登録 | 共有"),
    read_more=words("もっと見る"),
    read_less=words("一部表示 | 閉じる"),
    toggles=words("続きを読む"),
    list_headings=words("最新のエピソード | すべてのエピソード | エピソード | おすすめ"),
    labels=words(
        "読了時間 | 最終更新 | 更新日 | 公開日 | 配信日 | 再生時間 | 長さ | カテゴリー | カテゴリ | ジャンル | 言語"
    ),
    counters=words("エピソード | 件の評価 | 回再生 | フォロワー"),
    banners=words("…アプリをダウンロード | …で開く | …で聴く | アプリで聴く"),
    show_labels=words("ポッドキャスト:"),
    episode_headings=words("エピソード | すべてのエピソード"),
    host_of=words("… ポッドキャストのホスト | …のホスト | …の司会"),
    person_kinds=words("人物 | 人"),
    guest_words=words("ゲスト"),
    host_words=words("ホスト | 司会 | パーソナリティ"),
    organization_kinds=words("組織 | 企業 | 会社 | 団体"),
    product_kinds=words("製品 | ソフトウェア | サービス | ツール | モデル | 技術"),
    concept_kinds=words("概念 | 用語"),
)
