"""Field parsers, one module per field family.

``dates`` and ``durations`` read values; ``meta`` reads meta lines and glued
headers; ``shapes`` tells what kind of line a line is; ``structure`` reads
chapters, transcript turns and entities; ``body`` puts a block's body
together; ``record`` turns a whole block into a record.
"""
