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
    buttons=words(
        "登录 | 订阅 | 分享 | 注册 | 登入 | 关注 | 已关注 | 已订阅 | 取消关注 | 下载 | 播放 | 暂停 | 收藏 | 加入书架 | 添加到资料库 | 加入播放列表"
        " | 添加到播放列表 | 稍后播放 | 播放本集 | 播放单集 | 播放预告 | 查看全部 | 加载更多 | 更多节目 | 更多单集 | 下一页 | 上一页 | 筛选 | 排序 | 加入购物车"
        " | 购买 | 立即购买 | 免费试听 | 免费试用 | 试听 | 心愿单 | 复制链接 | 搜索 | 菜单 | 首页 | 设置 | 写评论 | 訂閱 | 追蹤 | 下載 | 暫停 | 載入更多"
        " | 下一頁 | 上一頁 | 加入購物車 | 購買 | 免費試聽 | 搜尋 | 首頁 | 登錄 | 註冊"
    ),
    read_more=words("展开 | 展开全部 | 查看更多 | 阅读全文 | 閱讀更多 | 顯示更多 | 展開"),
    read_less=words("收起 | 收起全部 | 显示更少 | 顯示較少"),
    list_headings=words(
        "最新节目 | 全部节目 | 最新单集 | 全部单集 | 相关推荐 | 热门节目 | 热门单集 | 最新集 | 往期节目 | 相关单集 | 相关节目 | 预告 | 猜你喜欢 | 你可能还喜欢"
        " | 相似播客 | 类似播客 | 更多来自该节目 | 推荐 | 为你推荐 | 购买此书的人还购买了 | 评论 | 评分与评论 | 最新單集 | 全部單集 | 猜你喜歡 | 相關推薦 | 評論"
    ),
    labels=words(
        "最后更新 | 更新于 | 分类 | 类别 | 语言 | 出版社 | 出品方 | 演播 | 格式 | 评分 | 排序方式 | 价格 | 分類 | 語言 | 評分"
    ),
    published_labels=words("发布于 | 发布时间"),
    duration_labels=words("时长"),
    reading_labels=words("阅读时间"),
    episode_words=words("单集"),
    counters=words(
        "集 | 次播放 | 条评论 | 位订阅者 | 关注 | 人收听 | 次收听 | 人订阅 | 人关注 | 条评价 | 位听众 | 次观看 | 次下载 | 則評論 | 人收聽 | 次收聽"
    ),
    banners=words(
        "下载…应用 | 下载…app | 在…中打开 | 在…收听 | 在app中打开 | 打开app | 打开应用 | 下载app | 下载客户端 | 在app内收听 | 登录后收听 | 在應用程式中開啟"
        " | 下載應用程式"
    ),
    bylines=words("主播:"),
    official_sites=words("… 官方网站 | … 官网 | … 官方網站"),
    show_labels=words("播客:"),
    episode_headings=words("剧集 | 单集 | 节目列表 | 全部单集 | 往期节目"),
    host_of=words("… 播客主持人 | …播客主持人 | … 主持人 | …主持人 | …主理人"),
    person_kinds=words("人物 | 人"),
    guest_words=words("嘉宾"),
    host_words=words("主持人 | 主持 | 主理人 | 主播"),
    organization_kinds=words("组织 | 机构 | 公司 | 企业"),
    product_kinds=words("产品 | 软件 | 服务 | 平台 | 工具 | 模型 | 技术"),
    concept_kinds=words("概念 | 术语"),
    place_kinds=words("地点 | 国家 | 城市"),
    toggles=words("更多"),
)
