"""`manage.py compilemessages_py` builds the catalogs Django reads, without GNU gettext."""

from __future__ import annotations

import gettext
import os

from django.core.management import call_command
from django.test import override_settings

PO = """\
msgid ""
msgstr ""
"Language: nl\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Save"
msgstr "Opslaan"

#, python-format
msgid "%(count)d day"
msgid_plural "%(count)d days"
msgstr[0] "%(count)d dag"
msgstr[1] "%(count)d dagen"

#, fuzzy
msgid "Delete"
msgstr "Weg ermee"
"""


def write_po(tmp_path):
    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(PO)
    return folder


def test_it_writes_a_catalog_gettext_reads(tmp_path):
    folder = write_po(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path]):
        call_command("compilemessages_py", verbosity=0)
    with (folder / "django.mo").open("rb") as mo_file:
        catalog = gettext.GNUTranslations(mo_file)
    assert catalog.gettext("Save") == "Opslaan"
    assert catalog.ngettext("%(count)d day", "%(count)d days", 3) == "%(count)d dagen"
    # A fuzzy entry is a guess nobody checked: English shows until someone does.
    assert catalog.gettext("Delete") == "Delete"


def test_it_rewrites_only_catalogs_whose_po_changed(tmp_path):
    folder = write_po(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path]):
        call_command("compilemessages_py", verbosity=0)
        mo = folder / "django.mo"
        os.utime(mo, (1, 1))
        os.utime(folder / "django.po", (0, 0))
        call_command("compilemessages_py", verbosity=0)
        assert mo.stat().st_mtime == 1
        call_command("compilemessages_py", "--force", verbosity=0)
        assert mo.stat().st_mtime > 1
