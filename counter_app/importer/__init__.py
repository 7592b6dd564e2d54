"""Importer of Standar Pelayanan documents (PDF converted to text) into permit types.

Pure: standard library only. Entry point: `parse_document(raw, source)`.
"""

from counter_app.importer.parser import ParsedDocument, parse_document

__all__ = ["ParsedDocument", "parse_document"]
