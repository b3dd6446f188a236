"""Korean."""

from podclean.languages.record import Language, RelativeUnits, Sections, calendar, words

LANGUAGE = Language(
    code="ko",
    name="Korean",
    date_order="YMD",
    weekdays=calendar("월요일 월 | 화요일 화 | 수요일 수 | 목요일 목 | 금요일 금 | 토요일 토 | 일요일 일"),
    hour_units=words("시간"),
    minute_units=words("분"),
    second_units=words("초"),
    relative_units=RelativeUnits(
        minute=words("분"),
        hour=words("시간"),
        day=words("일"),
        week=words("주"),
        month=words("개월 | 달"),
        year=words("년"),
    ),
    ago_after=words("전"),
    today=words("오늘"),
    yesterday=words("어제"),
    sections=Sections(chapters=words("타임스탬프 | 챕터"), transcript=words("스크립트 | 대본")),
    buttons=words("로그인 | 구독 | 공유"),
    read_more=words("더보기 | 더 보기"),
    read_less=words("접기"),
    list_headings=words("최신 에피소드 | 전체 에피소드 | 에피소드 | 비슷한 팟캐스트"),
    labels=words("읽는 시간 | 마지막 업데이트 | 업데이트 | 게시일 | 재생 시간 | 카테고리 | 장르 | 언어"),
    counters=words("에피소드 | 회 재생 | 평가 | 구독자 | 팔로워"),
    banners=words("… 앱 다운로드 | …에서 열기 | …에서 듣기 | 전체 스크립트 보기"),
    show_labels=words("팟캐스트:"),
    episode_headings=words("에피소드 | 전체 에피소드"),
    host_of=words("… 팟캐스트 진행자 | … 진행자 | … 호스트"),
    person_kinds=words("인물 | 사람"),
)
