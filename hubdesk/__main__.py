"""``python -m hubdesk``: the same entry point as the ``hubdesk`` console script."""

import sys

from hubdesk.cli import main

sys.exit(main())
