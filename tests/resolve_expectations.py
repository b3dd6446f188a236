"""Which seed blocks show the same episode, worked out by reading the pages.

Each group lists (capture prefix, title line) of every block of one real
episode; every block not listed is an episode of its own.
"""

from __future__ import annotations

SAME_EPISODE: tuple[tuple[tuple[str, int], ...], ...] = (
    # GitHub's agent era / GitHub's plan for Agents — Kyle Daigle
    (("000", 5), ("001", 3), ("003", 7)),
    # Inside xAI / Why Video Agent models are next — Ethan He
    (("000", 16), ("001", 5), ("003", 9), ("004", 13)),
    # Devin's 80% Moment (title only on two pages) / The Age of Async Agents
    (("000", 27), ("001", 7), ("003", 11), ("004", 583)),
    # The bitter lesson for proteins, in Korean, Spanish and English
    (("000", 35), ("001", 8), ("003", 13), ("004", 925)),
    (("000", 46), ("001", 10)),
    (("000", 57), ("001", 12)),
    # AI Agents Need Computers / Giving Agents Computers — Ivan Burazin, Daytona
    (("000", 68), ("001", 14), ("002", 13), ("003", 15), ("004", 972)),
    (("000", 78), ("001", 16), ("002", 23), ("003", 17), ("004", 1459)),
    (("000", 89), ("001", 18), ("002", 25), ("003", 19)),
    (("000", 100), ("001", 21), ("003", 21)),
    (("000", 111), ("001", 24)),
    # Alex Lupsasca: GPT-5 derived new results / Doing Vibe Physics
    (("000", 122), ("001", 27), ("003", 23)),
)

#: Pairs that look alike (topic, first name, product) but are different episodes.
DIFFERENT_EPISODES: tuple[tuple[tuple[str, int], tuple[str, int]], ...] = (
    (("002", 15), ("002", 17)),  # two different Claude Managed Agents talks
    (("002", 31), ("002", 42)),  # Claude Code 101, episodes one, two and three
    (("002", 31), ("002", 44)),
    (("002", 42), ("002", 44)),
    (("002", 11), ("003", 33)),  # two different Notion episodes
    (("000", 35), ("000", 122)),  # Alex Rives vs Alex Lupsasca
    (("003", 13), ("003", 23)),
    (("002", 13), ("002", 11)),  # Ivan Burazin vs Ivan Zhao
    (("003", 15), ("002", 11)),
)

#: Real episodes on the five seed pages.
EPISODE_COUNT = 40
