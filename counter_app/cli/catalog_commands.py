"""`counter-app catalog import|list|show`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from counter_app.cli.catalog_edit import add_catalog_edit
from counter_app.domain.catalog import PermitType, Risk, SlaUnit
from counter_app.i18n import translate
from counter_app.services.catalog import ImportOutcome, ImportStatus


def add_catalog_commands(commands: Any) -> None:
    catalog = commands.add_parser("catalog", help=translate("cli", "katalog jenis izin"))
    sub = catalog.add_subparsers(title=translate("cli", "perintah"), metavar="PERINTAH", required=True)

    importer = sub.add_parser("import", help=translate("cli", "impor dokumen Standar Pelayanan (teks)"))
    importer.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importer.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    importer.set_defaults(handler=_import)

    listing = sub.add_parser("list", help=translate("cli", "daftar jenis izin (versi terbaru)"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    listing.set_defaults(handler=_list)

    show = sub.add_parser("show", help=translate("cli", "rincian satu jenis izin"))
    show.add_argument("code", metavar="CODE")
    show.add_argument("--version", type=int, metavar="N", help=translate("cli", "versi tertentu"))
    show.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    show.set_defaults(handler=_show)
    add_catalog_edit(sub)


def _open(args: argparse.Namespace) -> Any:
    from counter_app.cli.session import open_app

    return open_app(args)


def _dump(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _import(args: argparse.Namespace) -> int:
    application = _open(args)
    try:
        outcomes = application.catalog.import_files(args.files)
    finally:
        application.close()
    if args.json:
        _dump([o.permit_type.to_json() for o in outcomes])
    else:
        for outcome in outcomes:
            print(_describe(outcome))
    return 0


def _describe(outcome: ImportOutcome) -> str:
    status = {
        ImportStatus.NEW: translate("cli", "baru"),
        ImportStatus.NEW_VERSION: translate("cli", "versi baru"),
        ImportStatus.UNCHANGED: translate("cli", "tidak berubah"),
    }[outcome.status]
    permit = outcome.permit_type
    lines = [
        translate("cli", "{source}: {code} versi {version} ({status}), {count} butir persyaratan").format(
            source=outcome.source,
            code=permit.code,
            version=permit.version,
            status=status,
            count=sum(1 for _ in permit.walk_requirements()),
        )
    ]
    lines += [f"  ! {warning}" for warning in outcome.warnings]
    lines += [translate("cli", "  ? tidak ditempatkan: {text}").format(text=text) for text in permit.unplaced]
    return "\n".join(lines)


def _list(args: argparse.Namespace) -> int:
    application = _open(args)
    try:
        summaries = application.catalog.list()
    finally:
        application.close()
    if args.json:
        _dump([s.to_json() for s in summaries])
        return 0
    header = (
        translate("cli", "KODE"),
        translate("cli", "VERSI"),
        translate("cli", "RISIKO"),
        "KBLI",
        translate("cli", "JANGKA WAKTU"),
        translate("cli", "NAMA"),
    )
    rows = [
        (s.code, str(s.version), risk_label(s.risk), s.kbli_code or "-", sla_label(s.sla_days, s.sla_unit), s.name)
        for s in summaries
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1])
    return 0


def _show(args: argparse.Namespace) -> int:
    application = _open(args)
    try:
        permit = application.catalog.show(args.code, args.version)
    finally:
        application.close()
    if args.json:
        _dump(permit.to_json())
    else:
        print(_render(permit))
    return 0


def risk_label(risk: Risk) -> str:
    return {
        Risk.RENDAH: translate("catalog", "Rendah"),
        Risk.MENENGAH_RENDAH: translate("catalog", "Menengah Rendah"),
        Risk.MENENGAH_TINGGI: translate("catalog", "Menengah Tinggi"),
        Risk.TINGGI: translate("catalog", "Tinggi"),
        Risk.UNKNOWN: translate("catalog", "Tidak diketahui"),
    }[risk]


def sla_label(days: int | None, unit: SlaUnit) -> str:
    if days is None:
        return translate("catalog", "belum diketahui")
    if unit is SlaUnit.WORKING:
        return translate("catalog", "{days} hari kerja").format(days=days)
    if unit is SlaUnit.CALENDAR:
        return translate("catalog", "{days} hari kalender").format(days=days)
    return translate("catalog", "{days} hari (satuan perlu dicek)").format(days=days)


def _render(permit: PermitType) -> str:
    sla = sla_label(permit.sla.days, permit.sla.unit)
    if permit.sla.start_trigger:
        sla = f"{sla} ({permit.sla.start_trigger})"
    lines = [
        translate("cli", "{code} — {name} (versi {version})").format(
            code=permit.code, name=permit.name, version=permit.version
        ),
        translate("cli", "Jenis: {kind}   Risiko: {risk}").format(kind=permit.kind, risk=risk_label(permit.risk)),
        f"KBLI: {permit.kbli.code or '-'} {permit.kbli.title or ''}".rstrip(),
        translate("cli", "Jangka waktu: {sla}").format(sla=sla),
        translate("cli", "Biaya: {fee}").format(fee=permit.fee.text),
        translate("cli", "Produk: {product}").format(product=permit.product),
        "",
        translate("cli", "Persyaratan:"),
    ]
    for requirement in permit.walk_requirements():
        depth = requirement.id.count(".")
        notes = []
        if requirement.optional:
            notes.append(translate("cli", "opsional"))
        if requirement.condition:
            notes.append(requirement.condition.text)
        suffix = f"  [{'; '.join(notes)}]" if notes else ""
        lines.append(f"{'  ' * (depth + 1)}{requirement.id}. ({requirement.group}) {requirement.text}{suffix}")
    lines += ["", translate("cli", "Tahapan:")]
    for index, stage in enumerate(permit.stages, start=1):
        budget = "-" if stage.budget_days is None else str(stage.budget_days)
        lines.append(f"  {index}. {stage.name} [{stage.role.value}, {budget}]")
    if permit.unplaced:
        lines += ["", translate("cli", "Teks yang tidak ditempatkan:"), *(f"  {u}" for u in permit.unplaced)]
    return "\n".join(lines)
