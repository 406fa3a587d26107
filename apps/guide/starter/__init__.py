"""Ajar's starter advice content, as plain data.

Each module holds one list of dicts keyed by model field name, with a stable
`slug`. The `seed_content` management command adds any item whose slug is not
in the database yet and never touches existing rows, so editors can rewrite,
reorder or unpublish starter content in the admin without it coming back.
(Deleting an item does bring it back on the next seed: unpublish instead.)
"""

from __future__ import annotations

from typing import Any


def starter_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Starter content ships published, ordered as listed (10, 20, 30...).

    Gaps of ten leave room for editors to slot their own items in between.
    """
    return [
        {"status": "published", "order": (position + 1) * 10, **item}
        for position, item in enumerate(items)
    ]


def lines(*items: str) -> str:
    """Editors keep lists one item per line; the starter data reads the same way."""
    return "\n".join(items)


def paragraphs(*texts: str) -> str:
    """Tips and templates separate paragraphs with a blank line."""
    return "\n\n".join(texts)
