"""Printing adapter (python-escpos, reportlab, qrcode): receipts and slips. Imports the core only."""
