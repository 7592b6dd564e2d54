"""`counter-app register` (scripted intake, back-entry) and `counter-app receipt` (print / reprint)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from counter_app.domain.checklist import ReceivedItem
from counter_app.domain.print_job import JobKind, JobState, PrintJob
from counter_app.domain.tracking import format_tracking_code, status_url
from counter_app.errors import FieldError, NotAllowed, ValidationError
from counter_app.i18n import translate
from counter_app.services.registration import Registered, RegistrationRequest

if TYPE_CHECKING:
    from counter_app.app import Application

INCOMPLETE_EXIT = 3
PRINT_FAILED_EXIT = 6


def add_registration_commands(commands: Any) -> None:
    register = commands.add_parser("register", help=translate("cli", "daftarkan berkas (tanpa layar)"))
    register.add_argument("--permit", required=True, metavar="CODE", help=translate("cli", "kode jenis izin"))
    register.add_argument(
        "--applicant", required=True, type=Path, metavar="FILE.json", help=translate("cli", "data pemohon (JSON)")
    )
    register.add_argument(
        "--docs", required=True, metavar="all|ID,ID...", help=translate("cli", "butir persyaratan yang diterima")
    )
    register.add_argument(
        "--received-at",
        metavar="ISO-DATETIME",
        help=translate("cli", "waktu berkas diterima (entri susulan berkas kertas)"),
    )
    register.add_argument("--printer", metavar="URI", help=translate("cli", "cetak tanda terima sebelum selesai"))
    register.add_argument("--officer", default=_default_officer(), help=translate("cli", "nama petugas"))
    register.add_argument(
        "--change-request",
        action="store_true",
        help=translate("cli", "permohonan perubahan (butir khusus perubahan berlaku)"),
    )
    register.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    register.set_defaults(handler=_register)

    receipt = commands.add_parser("receipt", help=translate("cli", "cetak (ulang) tanda terima"))
    receipt.add_argument("reg_no", metavar="REG_NO")
    receipt.add_argument("--printer", required=True, metavar="URI")
    receipt.add_argument("--copy", action="store_true", help=translate("cli", "cetak ulang sebagai DUPLIKAT"))
    receipt.add_argument("--reason", default="", help=translate("cli", "alasan cetak ulang (wajib dengan --copy)"))
    receipt.add_argument("--json", action="store_true", help=translate("cli", "keluaran JSON"))
    receipt.set_defaults(handler=_receipt)


def _default_officer() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "petugas"


def _fail_validation(args: argparse.Namespace, errors: list[FieldError]) -> int:
    if args.json:
        print(json.dumps({"errors": [{"field": e.field, "message": e.message} for e in errors]}, ensure_ascii=False))
    else:
        for error in errors:
            print(f"{error.field}: {error.message}", file=sys.stderr)
    return ValidationError.exit_code


def _read_applicant(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError(
            [FieldError("applicant", translate("cli", "berkas {path} tidak ditemukan").format(path=path))]
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(
            [
                FieldError(
                    "applicant",
                    translate("cli", "berkas {path} bukan JSON yang sah ({error})").format(path=path, error=error),
                )
            ]
        ) from None
    if not isinstance(data, dict):
        raise ValidationError([FieldError("applicant", translate("cli", "isi berkas harus berupa objek JSON {...}"))])
    return data


def _received_at(text: str | None, timezone: str) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            [
                FieldError(
                    "received_at", translate("cli", "waktu tidak terbaca; tulis ISO 8601, misalnya 2026-11-23T09:15")
                )
            ]
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(timezone))


def _docs(text: str) -> dict[str, ReceivedItem] | None:
    if text.strip().lower() == "all":
        return None
    ids = [part.strip() for part in text.split(",") if part.strip()]
    return {identifier: ReceivedItem(identifier) for identifier in ids}


def _job_json(job: PrintJob) -> dict[str, Any]:
    return {"id": job.id, "state": job.state.value, "error": job.error or None, "printer": job.printer_uri or None}


def _register(args: argparse.Namespace) -> int:
    try:
        applicant = _read_applicant(args.applicant)
    except ValidationError as error:
        return _fail_validation(args, error.errors)
    from counter_app.cli.session import open_app

    application = open_app(args)
    try:
        settings = application.settings.current()
        request = RegistrationRequest(
            permit_code=args.permit,
            applicant=applicant,
            officer=args.officer,
            received=_docs(args.docs),
            change_request=args.change_request,
            received_at=_received_at(args.received_at, str(settings.get("office.timezone"))),
        )
        try:
            outcome = application.registration.submit(request)
        except ValidationError as error:
            return _fail_validation(args, error.errors)
        job = outcome.print_job
        if args.printer:
            job = application.printing.send(job.id, args.printer)
        if isinstance(outcome, Registered):
            return _report_registered(args, application, outcome, job)
        missing = [m.to_json() for m in outcome.visit.missing]
        if args.json:
            print(json.dumps({"missing": missing, "print_job": _job_json(job)}, ensure_ascii=False))
        else:
            print(translate("cli", "Berkas belum lengkap; bukti pengembalian dibuat. Kurang:"))
            for item in missing:
                print(f"  {item['id']}. {item['text']}")
        return INCOMPLETE_EXIT
    finally:
        application.close()


def _report_registered(args: argparse.Namespace, application: Application, outcome: Registered, job: PrintJob) -> int:
    registration = outcome.registration
    base_url = str(application.settings.current().get("status.base_url"))
    data = {
        "reg_no": registration.reg_no,
        "tracking_code": format_tracking_code(registration.tracking_code),
        "due_date": registration.due.date.isoformat() if registration.due else None,
        "due_provisional": registration.due.provisional if registration.due else None,
        "status_url": status_url(base_url, registration.tracking_code),
        "print_job": _job_json(job),
        "warnings": [{"field": w.field, "message": w.message} for w in outcome.warnings],
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(
            translate("cli", "Terdaftar: {reg_no}  kode lacak {code}  estimasi selesai {due}").format(
                reg_no=data["reg_no"], code=data["tracking_code"], due=data["due_date"] or "-"
            )
        )
        _print_job_line(job)
    return PRINT_FAILED_EXIT if job.state is JobState.FAILED else 0


def _print_job_line(job: PrintJob) -> None:
    if job.state is JobState.PRINTED:
        print(translate("cli", "Tanda terima tercetak."))
    elif job.state is JobState.FAILED:
        print(
            translate(
                "cli", "Cetak gagal: {error} (berkas tetap tersimpan; cetak ulang dengan 'counter-app receipt')"
            ).format(error=job.error),
            file=sys.stderr,
        )
    else:
        print(translate("cli", "Tanda terima menunggu dicetak."))


def _receipt(args: argparse.Namespace) -> int:
    from counter_app.cli.session import open_app

    application = open_app(args)
    try:
        if args.copy:
            job = application.printing.reprint(args.reg_no, args.reason, args.printer)
        else:
            registration = application.registration.find(args.reg_no)
            jobs = [j for j in application.printing.jobs_for(registration.id) if j.kind is JobKind.RECEIPT]
            pending = [j for j in jobs if j.state in (JobState.QUEUED, JobState.FAILED)]
            if not pending:
                raise NotAllowed(
                    translate(
                        "cli",
                        "Tanda terima {reg_no} sudah pernah dicetak (atau sedang dicetak); untuk cetak ulang "
                        'gunakan --copy --reason "alasan".',
                    ).format(reg_no=registration.reg_no)
                )
            job = pending[0]
        job = application.printing.send(job.id, args.printer)
    finally:
        application.close()
    if args.json:
        print(
            json.dumps({"reg_no": args.reg_no, "copy_no": job.copy_no, "print_job": _job_json(job)}, ensure_ascii=False)
        )
    else:
        _print_job_line(job)
    return PRINT_FAILED_EXIT if job.state is JobState.FAILED else 0
