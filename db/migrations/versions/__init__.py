"""Revision files, named `<rev>_<slug>.py` with sequential revision ids (0001, 0002, ...)."""
