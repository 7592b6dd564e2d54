"""Roles: who acts at a stage of a permit type, and what an account may do (`permissions`).

Its own small module so the desktop window can know roles without loading the catalog's model.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Who acts at a stage, and the role of a user account."""

    FRONT_DESK = "front_desk"
    BACK_OFFICE = "back_office"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
