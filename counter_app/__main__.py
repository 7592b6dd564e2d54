"""`counter-app` / `python -m counter_app`."""

from __future__ import annotations

import sys

from counter_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
