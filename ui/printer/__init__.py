"""Receipt printer set-up: the test print dialog (`ui.printer.test_dialog.PrinterTestDialog`)."""

from ui.printer.test_dialog import CUT_CHECK, NATIVE_QR_CHECK, PrinterTestDialog, SaveProfile, SendTest

__all__ = ["CUT_CHECK", "NATIVE_QR_CHECK", "PrinterTestDialog", "SaveProfile", "SendTest"]
