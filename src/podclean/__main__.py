"""``python -m podclean``: the same as the ``podclean`` command."""

from podclean.cli import main

raise SystemExit(main())
