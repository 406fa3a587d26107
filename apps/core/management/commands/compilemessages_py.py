"""Compile every locale/<lang>/LC_MESSAGES/*.po into its .mo, in pure Python.

Django's own `compilemessages` shells out to GNU gettext's `msgfmt`, which a fresh
machine (or the slim Docker image) does not have. Babel reads and writes the same
formats, so `make run`, `make test` and the image build need nothing but Python.
The .mo files are build output: they are not committed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand


def compile_catalog(po_path: Path) -> Path:
    """Write the .mo beside `po_path`; fuzzy entries are left out, as msgfmt does."""
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, abort_invalid=True)
    mo_path = po_path.with_suffix(".mo")
    tmp_path = mo_path.with_suffix(".mo.tmp")
    with tmp_path.open("wb") as mo_file:
        write_mo(mo_file, catalog, use_fuzzy=False)
    # A server reading the catalog while we write never sees half a file.
    tmp_path.replace(mo_path)
    return mo_path


class Command(BaseCommand):
    help = (
        "Compile every .po under LOCALE_PATHS into its .mo with Babel (no GNU gettext "
        "needed). Only catalogs whose .po is newer than their .mo are rewritten."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--force", action="store_true", help="Rewrite every .mo, even if up to date."
        )

    def handle(self, *args: Any, force: bool = False, **options: Any) -> None:
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if (
                    not force
                    and mo_path.exists()
                    and mo_path.stat().st_mtime >= po_path.stat().st_mtime
                ):
                    continue
                compile_catalog(po_path)
                compiled += 1
                if options["verbosity"] >= 2:
                    self.stdout.write(f"compiled {mo_path}")
        if options["verbosity"] >= 1:
            self.stdout.write(f"{compiled} catalog(s) compiled.")
