"""The back office: the work queue, a file's kartu kendali and its actions, scan-to-advance,
handover to the applicant, and the printable card.

- `BackOfficeTab` (tab.py): the tab for the main window.
- `QueueModel`/`QueueFilterModel` (queue_model.py): the queue as a Qt table model and its proxy.
- `CardDetail`/`TimelineModel` (card_detail.py): one file's card.
- `ConfirmActionDialog` (confirm.py), `ScanAdvanceDialog` (scan_advance.py), `HandoverDialog`
  (handover.py).
- labels.py: the texts (no widgets).
"""

from ui.backoffice.tab import BackOfficeTab

__all__ = ["BackOfficeTab"]
