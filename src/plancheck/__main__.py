"""``python -m plancheck``: the command line, as the ``plancheck`` script."""

import sys

from .cli.main import main

sys.exit(main())
