"""Chinese."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="zh",
    name="Chinese",
    date_order="YMD",
    weekdays=calendar(
        "星期一 周一 | 星期二 周二 | 星期三 周三 | 星期四 周四 | 星期五 周五 | 星期六 周六 | 星期日 星期天 周日"
    ),
    hour_units=words("小时 | 小時"),
    minute_units=words("分钟 | 分鐘 | 分"),
    second_units=words("秒"),
    relative_units=RelativeUnits(
        minute=words("分钟 | 分鐘 | 分"),
        hour=words("小时 | 小時"),
        day=words("天 | 日"),
        week=words("周 | 週 | 星期"),
        month=words("个月 | 個月"),
        year=words("年"),
    ),
    ago_after=words("前"),
    today=words("今天"),
    yesterday=words("昨天"),
    sections=Sections(
        chapters=words("章节 | 时间轴 | 时间戳 | 章節 | 時間軸"),
        transcript=words("文字稿 | 逐字稿 | 转录 | 文字記錄"),
        description=words("简介 | 节目简介 | 本期简介 | 內容簡介 | 摘要"),
        insights=words("要点 | 重点 | 本期要点"),
    ),
    buttons=words("登录 | 订阅 | 分享"),
    read_more=words("展开"),
    read_less=words("收起"),
    list_headings=words("最新节目 | 全部节目 | 最新单集 | 全部单集 | 相关推荐"),
    labels=words("最后更新 | 更新于 | 分类 | 类别 | 语言"),
    published_labels=words("发布于 | 发布时间"),
    duration_labels=words("时长"),
    reading_labels=words("阅读时间"),
    episode_words=words("单集"),
    counters=words("集 | 次播放 | 条评论 | 位订阅者 | 关注"),
    banners=words("下载…应用 | 下载…app | 在…中打开 | 在…收听"),
    bylines=words("主播:"),
    show_labels=words("播客:"),
    episode_headings=words("剧集 | 单集 | 节目列表 | 全部单集"),
    host_of=words("… 播客主持人 | …播客主持人 | … 主持人 | …主持人 | …主理人"),
    person_kinds=words("人物 | 人"),
    guest_words=words("嘉宾"),
    host_words=words("主持人 | 主持 | 主理人 | 主播"),
    organization_kinds=words("组织 | 机构 | 公司 | 企业"),
    product_kinds=words("产品 | 软件 | 服务 | 平台 | 工具 | 模型 | 技术"),
    concept_kinds=words("概念 | 术语"),
    place_kinds=words("地点 | 国家 | 城市"),
)
