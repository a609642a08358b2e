"""``python -m contrast`` runs the command line."""

from __future__ import annotations

import sys

from contrast.cli import main

sys.exit(main())
