"""Japanese."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

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
    sections=Sections(
        chapters=words("チャプター | 目次 | タイムスタンプ"),
        transcript=words("文字起こし | トランスクリプト | 書き起こし"),
        description=words("概要 | エピソード概要 | 番組内容 | 説明"),
        insights=words("この回のポイント | ポイント | 要点"),
    ),
    buttons=words(
        "ログイン | 登録 | 共有 | 新規登録 | サインイン | フォロー | フォロー中 | フォローする | 購読 | 購読する | シェア | ダウンロード | 再生する | 一時停止"
        " | ライブラリに追加 | キューに追加 | プレイリストに追加 | エピソードを再生 | 予告編を再生 | すべて表示 | すべて見る | もっと読み込む | さらに表示 | 次のページ"
        " | 前のページ | 次へ | 前へ | 絞り込み | 並べ替え | カートに入れる | 今すぐ購入 | 購入する | 無料体験 | 無料で試す | 試聴 | 試聴する | サンプルを聴く"
        " | ほしい物リスト | リンクをコピー | 検索 | メニュー | ホーム | 設定 | レビューを書く | 全文を表示"
    ),
    read_more=words("もっと見る | 続きを見る | もっと読む"),
    read_less=words("一部表示 | 閉じる | 折りたたむ | 表示を減らす"),
    toggles=words("続きを読む"),
    list_headings=words(
        "最新のエピソード | 最新の放送 | 過去の放送 | 放送一覧 | 最新の配信 | 過去の配信 | バックナンバー | すべてのエピソード | エピソード | おすすめ | 人気のエピソード | 新着エピソード | 過去のエピソード | 関連エピソード | シーズン | 予告編"
        " | こちらもおすすめ | あなたへのおすすめ | この番組の他のエピソード | 似ているポッドキャスト | 類似のポッドキャスト | この商品を買った人はこんな商品も買っています | レビュー"
        " | 評価とレビュー | ランキング"
    ),
    labels=words(
        "最終更新 | 更新日 | カテゴリー | カテゴリ | ジャンル | 言語 | 出版社 | 発行者 | 形式 | フォーマット | 評価 | 並び替え | 価格"
    ),
    published_labels=words("公開日 | 配信日"),
    duration_labels=words("再生時間 | 長さ"),
    reading_labels=words("読了時間"),
    episode_words=words("エピソード"),
    season_words=words("シーズン"),
    counters=words(
        "エピソード | 件の評価 | 回再生 | フォロワー | 件のレビュー | 人のリスナー | リスナー | 回視聴 | 人がフォロー | 分残り | 件のコメント | いいね"
    ),
    banners=words(
        "…アプリをダウンロード | …で開く | …で聴く | アプリで聴く | アプリで開く | アプリをダウンロード | ログインして聴く | …を無料で試す | …で今すぐ聴く"
    ),
    bylines=words("パーソナリティ: | 出演: | ホスト:"),
    official_sites=words("… 公式サイト | … 公式ホームページ | … オフィシャルサイト"),
    show_labels=words("ポッドキャスト:"),
    episode_headings=words("エピソード | すべてのエピソード | 最新のエピソード"),
    host_of=words("… ポッドキャストのホスト | …のホスト | …の司会"),
    person_kinds=words("人物 | 人"),
    guest_words=words("ゲスト"),
    host_words=words("ホスト | 司会 | パーソナリティ"),
    organization_kinds=words("組織 | 企業 | 会社 | 団体"),
    product_kinds=words("製品 | ソフトウェア | サービス | ツール | モデル | 技術"),
    concept_kinds=words("概念 | 用語"),
)
