"""Start-up cost and side effects of the printing libraries, in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.domain.printer_profile import PrinterProfile
from counter_app.domain.receipt import Office, receipt_document
from counter_app.domain.registration import Registration
from printing import EscposRenderer

PROBE = """
import json, logging, sys
import printing
lazy = [name for name in ("escpos", "reportlab", "qrcode") if name in sys.modules]
from printing import _escpos
_escpos.load()
print(json.dumps({"lazy": lazy, "root_handlers": len(logging.getLogger().handlers)}))
"""


def test_importing_printing_loads_no_printing_library_and_escpos_leaves_logging_alone(tmp_path: Path) -> None:
    env = {**os.environ, "ESCPOS_CAPABILITIES_PICKLE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env, timeout=60
    )
    assert json.loads(done.stdout) == {"lazy": [], "root_handlers": 0}
    assert list(tmp_path.glob("*.capabilities.pickle"))  # escpos cached into the folder we gave it


def test_rendering_prints_nothing_on_stdout(
    registration: Registration, office: Office, capsys: pytest.CaptureFixture[str]
) -> None:
    EscposRenderer().escpos(receipt_document(registration, office), PrinterProfile(paper_mm=58))
    assert capsys.readouterr() == ("", "")
