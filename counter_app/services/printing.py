"""The print journal: send stored jobs, retry failures, settle jobs a crash left in `sending`, reprint.

A job is marked `sending` (committed) before its bytes go out, and `printed` or `failed` after. A job
still `sending` when the app starts may or may not have printed; `uncertain()` lists those and the
officer answers with `settle()`. Nothing here re-sends such a job on its own.
"""

from __future__ import annotations

from dataclasses import replace

from counter_app.domain.control_card import CardAction
from counter_app.domain.identity import new_id
from counter_app.domain.permissions import Operation
from counter_app.domain.print_job import JobKind, JobState, PrintJob
from counter_app.domain.receipt import receipt_document
from counter_app.errors import FieldError, NotAllowed, NotFound, PrinterError, ValidationError
from counter_app.i18n import translate
from counter_app.ports import Clock, PrinterTransport, ReceiptRenderer, UnitOfWorkFactory
from counter_app.services.guard import CurrentUser, acting, record
from counter_app.services.settings import office_of, printer_profile_of
from counter_app.settings import Settings


class PrintService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        transport: PrinterTransport,
        renderer: ReceiptRenderer,
        clock: Clock,
        current: CurrentUser | None = None,
    ) -> None:
        self._uow = uow
        self._transport = transport
        self._renderer = renderer
        self._clock = clock
        self._current = current or CurrentUser()

    def get(self, job_id: str) -> PrintJob:
        with self._uow() as uow:
            job = uow.print_jobs.get(job_id)
        if job is None:
            raise NotFound(translate("printing", "Pekerjaan cetak {id} tidak ditemukan.").format(id=job_id))
        return job

    def jobs_for(self, registration_id: str) -> list[PrintJob]:
        with self._uow() as uow:
            return uow.print_jobs.for_registration(registration_id)

    def queued(self) -> list[PrintJob]:
        with self._uow() as uow:
            return uow.print_jobs.in_states([JobState.QUEUED])

    def failed(self) -> list[PrintJob]:
        with self._uow() as uow:
            return uow.print_jobs.in_states([JobState.FAILED])

    def uncertain(self) -> list[PrintJob]:
        """Jobs left in `sending` (the app stopped while sending): ask the officer."""
        with self._uow() as uow:
            return uow.print_jobs.in_states([JobState.SENDING])

    def send(self, job_id: str, printer_uri: str | None = None) -> PrintJob:
        """Send a queued or failed job once; returns it `printed` or `failed` (with the reason)."""
        now = self._clock.now()
        with self._uow() as uow:
            acting(uow, self._current, Operation.PRINT_SEND)
            job = uow.print_jobs.get(job_id)
            if job is None:
                raise NotFound(translate("printing", "Pekerjaan cetak {id} tidak ditemukan.").format(id=job_id))
            if job.state not in (JobState.QUEUED, JobState.FAILED):
                raise NotAllowed(
                    translate(
                        "printing", "Pekerjaan cetak ini berstatus {state}; hanya yang antre atau gagal yang dikirim."
                    ).format(state=job.state.value)
                )
            uri = printer_uri or job.printer_uri or str(Settings(uow.settings.load()).get("printer.uri"))
            job = replace(
                job, state=JobState.SENDING, printer_uri=uri, attempts=job.attempts + 1, error="", updated_at=now
            )
            uow.print_jobs.update(job)
            uow.commit()
        try:
            if not uri:
                raise PrinterError(
                    translate("printing", "Printer belum diatur; isi pengaturan printer.uri atau pilih printer.")
                )
            self._transport.send(uri, job.payload)
        except PrinterError as error:
            return self._finish(job, JobState.FAILED, error.message)
        return self._finish(job, JobState.PRINTED, "")

    def send_queued(self) -> list[PrintJob]:
        """One pass of the print worker: every queued job, oldest first."""
        return [self.send(job.id) for job in self.queued()]

    def retry(self, job_id: str, printer_uri: str | None = None) -> PrintJob:
        return self.send(job_id, printer_uri)

    def settle(self, job_id: str, printed: bool) -> PrintJob:
        """The officer's answer for a job left in `sending`: it printed, or it did not (then it is
        `failed` and can be retried)."""
        with self._uow() as uow:
            acting(uow, self._current, Operation.PRINT_SEND)
            job = uow.print_jobs.get(job_id)
            if job is None or job.state is not JobState.SENDING:
                raise NotAllowed(translate("printing", "Pekerjaan cetak ini tidak menunggu konfirmasi."))
        if printed:
            return self._finish(job, JobState.PRINTED, "")
        return self._finish(job, JobState.FAILED, translate("printing", "Tidak tercetak (dikonfirmasi petugas)."))

    def reprint(self, reg_no: str, reason: str, printer_uri: str | None = None) -> PrintJob:
        """A new job for a registration's receipt, marked DUPLIKAT ke-n with its reason."""
        if not reason.strip():
            raise ValidationError(
                [
                    FieldError(
                        "reason",
                        translate("printing", "alasan cetak ulang wajib diisi (misalnya: struk hilang, kertas macet)"),
                    )
                ]
            )
        now = self._clock.now()
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.RECEIPT_REPRINT)
            registration = uow.registrations.by_reg_no(reg_no.strip())
            if registration is None:
                raise NotFound(
                    translate("printing", "Nomor registrasi {reg_no} tidak ditemukan.").format(reg_no=reg_no)
                )
            settings = Settings(uow.settings.load())
            earlier = [j for j in uow.print_jobs.for_registration(registration.id) if j.kind is JobKind.RECEIPT]
            copy_no = max((j.copy_no for j in earlier), default=0) + 1
            void = next(
                (e for e in uow.card_events.for_registration(registration.id) if e.action is CardAction.VOIDED), None
            )
            document = receipt_document(
                registration,
                office_of(settings),
                copy_no=copy_no,
                reason=reason.strip(),
                void_reason=None if void is None else void.note,
            )
            job = PrintJob(
                id=new_id(),
                kind=JobKind.RECEIPT,
                payload=self._renderer.escpos(document, printer_profile_of(settings)),
                printer_uri=printer_uri or str(settings.get("printer.uri")),
                state=JobState.QUEUED,
                created_at=now,
                updated_at=now,
                registration_id=registration.id,
                copy_no=copy_no,
                reason=reason.strip(),
            )
            uow.print_jobs.add(job)
            record(
                uow,
                actor,
                "receipt.reprinted",
                registration.reg_no,
                at=now,
                after={"print_job": job.id, "copy_no": copy_no, "reason": job.reason},
            )
            uow.commit()
        return job

    def _finish(self, job: PrintJob, state: JobState, error: str) -> PrintJob:
        done = replace(job, state=state, error=error, updated_at=self._clock.now())
        with self._uow() as uow:
            actor = acting(uow, self._current, Operation.PRINT_SEND)
            uow.print_jobs.update(done)
            record(
                uow,
                actor,
                f"print.{state.value}",
                job.id,
                at=done.updated_at,
                before={"state": job.state.value},
                after={"state": state.value, "kind": job.kind.value, "copy_no": job.copy_no, "error": error},
            )
            uow.commit()
        return done
