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
    sections=Sections(
        chapters=words("타임스탬프 | 챕터 | 목차"),
        transcript=words("스크립트 | 대본 | 전사"),
        description=words("설명 | 에피소드 소개 | 소개 | 요약"),
        insights=words("핵심 포인트 | 주요 내용 | 핵심 요약"),
    ),
    buttons=words(
        "로그인 | 구독 | 공유 | 회원가입 | 가입하기 | 구독하기 | 팔로우 | 팔로잉 | 공유하기 | 다운로드 | 재생 | 일시정지 | 저장 | 보관함에 추가 | 라이브러리에 추가"
        " | 대기열에 추가 | 재생목록에 추가 | 에피소드 재생 | 예고편 재생 | 전체보기 | 전체 보기 | 모두 보기 | 더 불러오기 | 에피소드 더보기 | 다음 페이지"
        " | 이전 페이지 | 필터 | 정렬 | 장바구니 담기 | 장바구니에 담기 | 구매하기 | 바로 구매 | 무료 체험 | 무료로 체험하기 | 미리듣기 | 샘플 듣기 | 위시리스트"
        " | 찜하기 | 링크 복사 | 검색 | 메뉴 | 설정 | 리뷰 쓰기 | 전체 내용 보기"
    ),
    read_more=words("더보기 | 더 보기 | 펼치기 | 자세히 보기"),
    read_less=words("접기 | 간략히"),
    list_headings=words(
        "최신 에피소드 | 전체 에피소드 | 에피소드 | 비슷한 팟캐스트 | 인기 에피소드 | 새 에피소드 | 이전 에피소드 | 관련 에피소드 | 시즌 | 예고편 | 추천 | 추천 팟캐스트"
        " | 이런 팟캐스트는 어때요 | 이 프로그램의 다른 에피소드 | 이 책을 구매한 분들이 함께 구매한 책 | 리뷰 | 평점 및 리뷰 | 인기 팟캐스트"
    ),
    labels=words(
        "마지막 업데이트 | 업데이트 | 카테고리 | 장르 | 언어 | 출판사 | 발행처 | 내레이터 | 낭독 | 형식 | 포맷 | 평점 | 정렬 기준 | 가격"
    ),
    published_labels=words("게시일"),
    duration_labels=words("재생 시간"),
    reading_labels=words("읽는 시간"),
    episode_words=words("에피소드"),
    season_words=words("시즌"),
    counters=words(
        "에피소드 | 회 재생 | 평가 | 구독자 | 팔로워 | 명 청취 | 청취자 | 리뷰 | 개의 리뷰 | 조회수 | 회 조회 | 분 남음 | 댓글 | 좋아요"
    ),
    banners=words(
        "… 앱 다운로드 | …에서 열기 | …에서 듣기 | 전체 스크립트 보기 | 앱에서 열기 | 앱 다운로드 | 앱에서 듣기 | 로그인하고 듣기 | … 무료 체험"
    ),
    bylines=words("진행: | 진행자: | 호스트:"),
    official_sites=words("… 공식 홈페이지 | … 공식 사이트"),
    show_labels=words("팟캐스트:"),
    episode_headings=words("에피소드 | 전체 에피소드 | 최신 에피소드"),
    host_of=words("… 팟캐스트 진행자 | … 진행자 | … 호스트"),
    person_kinds=words("인물 | 사람"),
    guest_words=words("게스트 | 출연자 | 초대 손님"),
    host_words=words("진행자 | 호스트 | 공동 진행자 | 사회자 | 인터뷰어"),
    organization_kinds=words("조직 | 기관 | 회사 | 기업 | 단체"),
    product_kinds=words("소프트웨어 | 제품 | 서비스 | 플랫폼 | 도구 | 모델 | 기술"),
    concept_kinds=words("개념 | 용어 | 이론"),
    place_kinds=words("장소 | 지역 | 국가 | 도시"),
    subject_particles=words("는 | 은 | 이 | 가 | 께서"),
    clause_endings=words("다"),
    genitive_particles=words("의"),
    linking_particles=words("의 | 와 | 과 | 를 | 을 | 에 | 에서 | 에게 | 보다 | 및 | 는 | 은 | 이 | 가 | 하고"),
)
