"""The printer test page and `counter-app printer test --printer URI [--paper 58|80]`."""

from __future__ import annotations

import pytest

from counter_app.cli import main as cli
from counter_app.cli.printer_commands import add_printer_commands
from counter_app.domain.printer_profile import PrinterProfile, QrMode
from printing import build_test_page
from printing.test_page import QR_IMAGE_PAYLOAD, QR_NATIVE_PAYLOAD, checks, profile_from_checks, ruler
from tests.printing.escpos_reader import decode_qr, parse_escpos
from tests.printing.loopback import LoopbackPrinter, free_port


@pytest.mark.parametrize("paper", [58, 80])
def test_the_test_page_shows_everything_to_check(paper: int) -> None:
    profile = PrinterProfile(paper_mm=paper, cut=False)  # the page tries the cutter anyway
    printout = parse_escpos(build_test_page(profile, office_name="MPP Purwakarta"))
    lines = printout.lines
    texts = printout.texts
    assert lines[0].text == "MPP Purwakarta" and lines[0].bold and lines[0].center
    assert any(line.text == "TES PRINTER" and line.large for line in lines)
    assert "Rp 1.500.000 - e n u" in texts
    # the printer's own code pages: escpos switched with ESC t (CP437 = 0, CP858 = 19)
    assert "CP437: é ñ ü" in texts and "CP858: é ñ ü €" in texts
    assert printout.code_pages[:3] == [0, 19, 0]
    assert ruler(profile.columns) in texts
    assert len(ruler(profile.columns)) == profile.columns
    assert all(line.cells <= profile.columns for line in lines)
    # image QR, then its caption; native QR, then its caption; then the cut
    kinds = [kind for kind, _ in printout.events]
    image_at, qr_at = kinds.index("image"), kinds.index("qr")
    assert image_at < qr_at
    assert decode_qr(printout.images[0]) == [QR_IMAGE_PAYLOAD]
    assert printout.native_qrs == [QR_NATIVE_PAYLOAD]
    caption = next(texts[index] for kind, index in printout.events[image_at:] if kind == "line")
    assert caption == "QR gambar"
    caption = next(texts[index] for kind, index in printout.events[qr_at:] if kind == "line" and texts[index])
    assert caption == "QR bawaan"
    assert printout.cuts == 1 and printout.events[-1][0] == "cut"


def test_the_officers_answers_become_the_profile() -> None:
    keys = [check.key for check in checks()]
    assert keys == ["text", "ascii", "code_page", "columns", "qr_image", "qr_native", "cut"]
    everything = profile_from_checks(58, keys)
    assert everything == PrinterProfile(paper_mm=58, qr_mode=QrMode.NATIVE, cut=True)
    cheap = profile_from_checks(80, ["text", "ascii", "columns", "qr_image"])
    assert cheap == PrinterProfile(paper_mm=80, qr_mode=QrMode.IMAGE, cut=False)


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Through the real CLI entry point and its error boundary (wiring the command in if
    `counter_app.cli.main` does not have it yet)."""
    if not hasattr(cli, "add_printer_commands"):
        catalog = getattr(cli, "add_catalog_commands")  # noqa: B009 - not re-exported, mypy says

        def both(commands: object) -> None:
            catalog(commands)
            add_printer_commands(commands)

        monkeypatch.setattr("counter_app.cli.main.add_catalog_commands", both)
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sends_the_test_page_and_lists_the_checks(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LoopbackPrinter() as printer:
        code, out, err = run(monkeypatch, capsys, "printer", "test", "--printer", printer.uri, "--paper", "58")
        received = printer.wait()
    assert (code, err) == (0, "")
    assert received == build_test_page(PrinterProfile(paper_mm=58))
    assert f"Halaman uji terkirim ke {printer.uri}" in out
    for check in checks():
        assert f"[ ] {check.question}" in out


def test_cli_reports_an_unreachable_printer_with_exit_code_6(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    code, out, err = run(monkeypatch, capsys, "printer", "test", "--printer", f"tcp://127.0.0.1:{port}")
    assert code == 6
    assert out == ""
    assert err.strip() == (
        f"Printer tidak terhubung: koneksi ke 127.0.0.1:{port} ditolak. Periksa kabel/jaringan dan printer menyala."
    )


def test_cli_rejects_an_invalid_uri(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(monkeypatch, capsys, "printer", "test", "--printer", "192.168.1.50")
    assert code == 6
    assert err.startswith("Alamat printer tidak dikenali: 192.168.1.50. Contoh: tcp://192.168.1.50:9100")


def test_the_printer_command_needs_no_database() -> None:
    import ast
    import inspect

    from counter_app.cli import printer_commands

    tree = ast.parse(inspect.getsource(printer_commands))
    imported = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert "db" not in imported and "sqlalchemy" not in imported
    assert "counter_app.app" not in inspect.getsource(printer_commands)
