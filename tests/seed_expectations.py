"""What the seed pages hold, worked out by reading them (not by running podclean).

Keys are seed file-name prefixes. Line numbers are 1-based lines of the file.
"""

from __future__ import annotations

#: Line of each episode block's (first) title line, per capture.
BLOCK_TITLE_LINES: dict[str, tuple[int, ...]] = {
    "000": (5, 16, 27, 35, 46, 57, 68, 78, 89, 100, 111, 122),
    "001": (3, 5, 7, 8, 10, 12, 14, 16, 18, 21, 24, 27),
    "002": (3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 34, 37, 40, 42, 44),
    "003": tuple(range(7, 46, 2)),
    "004": (13, 583, 925, 972, 1459),
}

#: Published dates of dated blocks, by title line ("day first" pages).
DATES: dict[str, dict[int, str]] = {
    "003": {
        7: "2026-06-02",
        9: "2026-06-01",
        11: "2026-05-28",
        13: "2026-05-27",
        15: "2026-05-21",
        17: "2026-05-20",
        19: "2026-05-18",
        21: "2026-05-14",
        23: "2026-05-05",
        25: "2026-04-27",
        27: "2026-04-23",
        29: "2026-04-22",
        31: "2026-04-20",
        33: "2026-04-15",
        35: "2026-04-07",
        37: "2026-04-03",
        39: "2026-04-02",
        41: "2026-03-30",
        43: "2026-03-24",
        45: "2026-03-20",
    },
    "004": {13: "2026-06-01", 583: "2026-05-28", 925: "2026-05-27", 972: "2026-05-21", 1459: "2026-05-20"},
}

#: Relative dates ("N일 전" = N days ago) on the captioning page, by title line.
RELATIVE_DAYS: dict[int, int] = {
    5: 1,
    16: 3,
    27: 7,
    35: 8,
    46: 11,
    57: 11,
    68: 14,
    78: 15,
    89: 17,
    100: 21,
    111: 28,
    122: 30,
}

#: Durations in seconds, by title line.
DURATIONS: dict[str, dict[int, int]] = {
    "000": {
        5: 5084,
        16: 6282,
        27: 4172,
        35: 4212,
        46: 887,
        57: 1798,
        68: 4300,
        78: 5394,
        89: 7168,
        100: 3998,
        111: 1322,
        122: 5511,
    },
    "003": {
        7: 4980,
        9: 6180,
        11: 4080,
        13: 4200,
        15: 4200,
        17: 5280,
        19: 7140,
        21: 3900,
        23: 5460,
        25: 4320,
        27: 3240,
        29: 4320,
        31: 5100,
        33: 4620,
        35: 4320,
        37: 4560,
        39: 3960,
        41: 2880,
        43: 2100,
        45: 3780,
    },
    "004": {13: 6180, 583: 4080, 925: 4200, 972: 4200, 1459: 5280},
}

#: Block language (of the description, or of the title when there is none)
#: wherever it is not English, by title line.
NON_ENGLISH_BLOCKS: dict[str, dict[int, str]] = {
    "000": {35: "ko", 46: "ko", 57: "ko", 100: "ko"},
    "001": {8: "es", 10: "es", 12: "es", 21: "es"},
    "002": {3: "zh", 34: "ko", 37: "ko", 40: "ko"},
    "003": {},
    "004": {},
}
#: Title languages that differ from English, by title line (a Chinese
#: description can sit under an English title).
NON_ENGLISH_TITLES: dict[str, dict[int, str]] = {
    "000": {35: "ko", 46: "ko", 57: "ko", 100: "ko"},
    "001": {8: "es", 10: "es", 12: "es", 21: "es"},
    "002": {34: "ko", 37: "ko", 40: "ko"},
    "003": {},
    "004": {},
}

#: Chrome that must never survive into a title or a description.
CHROME_STRINGS = (
    "Watch with Captions",
    "EN/ZH",
    "LaiDub",
    "Hear the voice. See the shape of the thought.",
    "Explorar Canales",
    "채널 둘러보기",
    "This is a public episode",
    "Den här podcasten finns även",
    "Get the free radio.net app",
    "More Business podcasts",
    "Latest episode",
)
