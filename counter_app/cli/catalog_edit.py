"""`counter-app catalog edit CODE --file FILE.json`: save an edited permit type as a new version.

The file is what `catalog show CODE --json` prints, edited (requirements, conditions, stages and
their budgets, SLA, fee…); its `version` is ignored. Admins only; the edit is audited.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from counter_app.cli.session import open_app
from counter_app.domain.catalog import PermitType
from counter_app.errors import FieldError, ValidationError
from counter_app.i18n import translate


def add_catalog_edit(sub: Any) -> None:
    edit = sub.add_parser("edit", help=translate("cli", "simpan jenis izin yang diubah sebagai versi baru"))
    edit.add_argument("code", metavar="CODE")
    edit.add_argument(
        "--file",
        required=True,
        type=Path,
        metavar="FILE.json",
        help=translate("cli", "hasil 'catalog show --json' yang diubah"),
    )
    edit.set_defaults(handler=_edit)


def _read(path: Path, code: str) -> PermitType:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        permit = PermitType.from_json(data)
    except FileNotFoundError:
        raise ValidationError(
            [FieldError("file", translate("cli", "berkas {path} tidak ditemukan").format(path=path))]
        ) from None
    except (
        OSError,
        UnicodeDecodeError,
        json.JSONDecodeError,
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
    ) as error:
        raise ValidationError(
            [
                FieldError(
                    "file",
                    translate("cli", "{path} bukan jenis izin dalam format 'catalog show --json' ({error})").format(
                        path=path, error=error
                    ),
                )
            ]
        ) from None
    if permit.code != code:
        raise ValidationError(
            [
                FieldError(
                    "code", translate("cli", "berkas berisi {found}, bukan {code}").format(found=permit.code, code=code)
                )
            ]
        )
    return permit


def _edit(args: argparse.Namespace) -> int:
    permit = _read(args.file, args.code)
    application = open_app(args, seed_catalog=False)
    try:
        before = application.catalog.show(args.code)
        saved = application.catalog.save_edited(permit)
    finally:
        application.close()
    if saved.version == before.version:
        print(
            translate("cli", "Tidak ada perubahan; {code} tetap versi {version}.").format(
                code=saved.code, version=saved.version
            )
        )
    else:
        print(
            translate("cli", "{code} disimpan sebagai versi {version}.").format(code=saved.code, version=saved.version)
        )
    return 0
