"""Rules against hostile-but-lawful data: values of the right type that would still break, hijack or leak through a
page (markup, control characters, huge numbers, disguised addresses, files that are not files). Standard library only.

The rules go by column *kind* (every text, url or number column), never by a column's name, so a new or renamed
column is covered the day it is added. `atlas.datasets.schema` turns them into pandera checks; `atlas.datasets.loaders`
uses `open_regular` to read a data file without following a link; `python -m atlas check-data` runs `geo_problems`.
"""

from __future__ import annotations

import math
import os
import re
import stat
import string
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

# C0 and C1 controls (tab and newline included: a cell is one line of text), DEL, and the invisible format characters
# that reorder or hide text (bidirectional overrides and isolates, line/paragraph separators, a stray byte-order mark).
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]")
# A tag, closed or not: `<img src=x onerror=…` needs no `>` to do harm once it reaches an HTML renderer.
HTML_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]")
# Markdown links and images: [text](address), [text][ref], ![alt], a reference definition `[ref]: address`.
MARKDOWN_LINK = re.compile(r"\]\s*[(\[]|!\[|^\s*\[[^\]]*\]:")
# Text length by column family (a column's name without `_ru`/`_en`); real cells stay well under these (names: 40,
# notes: ~280 characters in the bundled data). A longer cell is pasted by mistake or meant to flood a page or brief.
TEXT_MAX = {"name": 150, "capital": 150, "host_city": 100, "place": 200, "aliases": 400, "title": 400}
TEXT_MAX_DEFAULT = 1200
# Amounts (USD/BYN million, RUB billion): the largest real figure is Russia's total trade, ~60 000 USD million.
# Anything over a million million is a typo or an attack (a 400-digit "number" became infinity).
NUMBER_MAX = 1_000_000.0
NUMBER_DIGITS_MAX = 15  # longer digit strings are refused before any conversion
# RFC 3986 characters minus the ones that end or start Markdown syntax in a link (`(`, `)`, `[`, `]`, `!`, `*`,
# `'`): percent-encode those (%28, %29, %5B, %5D, %21, %2A, %27). No spaces, no raw non-ASCII (write %D0%…).
URL_CHARS = frozenset(string.ascii_letters + string.digits + "-._~:/?#@$&+,;=%")
URL_SHAPE = re.compile(r"^https?://([^/?#]*)(?:[/?#].*)?$")
HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]\.?(?::\d{1,5})?$"
)  # a trailing dot (FQDN) is lawful
PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
URL_MAX = 2000

Rule = tuple[Callable[[str], bool], str]  # (test on one non-empty cell: True = fine, message when it fails)


def family(column: str) -> str:
    """A column's name without its language suffix: `name_ru`, `name_be` → `name`."""
    return re.sub(r"_(ru|en|be)$", "", column)


def text_limit(column: str) -> int:
    """The longest text the column may hold."""
    return TEXT_MAX.get(family(column), TEXT_MAX_DEFAULT)


def url_problem(address: str) -> str | None:
    """Why one http(s) address is refused, or None when it is fine."""
    if len(address) > URL_MAX:
        return f"address longer than {URL_MAX} characters"
    if any(ch.isspace() for ch in address):
        return "address contains a space; write it as %20"
    bad = sorted({ch for ch in address if ch not in URL_CHARS})
    if bad:
        shown = " ".join(repr(ch) for ch in bad[:5])
        return f"address contains {shown}: outside RFC 3986 or Markdown syntax; percent-encode it (%XX)"
    if PERCENT.search(address):
        return "address has a '%' not followed by two hex digits"
    match = URL_SHAPE.match(address)
    if not match:
        return "not an http(s) address"
    authority = match.group(1)
    if "@" in authority:
        return "address carries a user name or password before '@' (it would show one site and open another)"
    if not HOST.match(authority.lower()):
        return f"address has no valid host name ({authority[:60]!r})"
    return None


def _urls_fine(cell: str) -> bool:
    return all(url_problem(part.strip()) is None for part in cell.split(" | "))


def _number_fine(cell: str) -> bool:
    digits = cell.lstrip("-").replace(".", "", 1)
    if len(digits) > NUMBER_DIGITS_MAX:
        return False
    try:
        value = float(cell)
    except ValueError:
        return True  # the schema's own "not a number" check reports it
    return math.isfinite(value) and abs(value) <= NUMBER_MAX


def rules(column: str, kind: str) -> list[Rule]:
    """The checks of one column, chosen by its kind (the column's name only picks the length bound)."""
    found: list[Rule] = [(lambda t: not CONTROL.search(t), "contains a control or invisible formatting character")]
    if kind == "text":
        limit = text_limit(column)
        found += [
            (lambda t: not HTML_MARKUP.search(t), "contains HTML markup (a tag, closed or not); plain text only"),
            (
                lambda t: not MARKDOWN_LINK.search(t),
                "contains Markdown link or image syntax ([…](…), ![…]); plain text",
            ),
            (lambda t: len(t) <= limit, f"longer than {limit} characters"),
        ]
    elif kind == "url":
        found.append((_urls_fine, "not a plain http(s) address (see `python -m atlas check-data` for the rule)"))
    elif kind == "number":
        found.append((_number_fine, f"not a finite amount up to {NUMBER_MAX:,.0f}".replace(",", " ")))
    elif kind == "int":
        found.append((lambda t: len(t) <= NUMBER_DIGITS_MAX, f"more than {NUMBER_DIGITS_MAX} digits"))
    return found


def url_messages(cell: str) -> list[str]:
    """Each refused address of a `source_url` cell with its reason (for a precise message)."""
    out = []
    for part in cell.split(" | "):
        why = url_problem(part.strip())
        if why:
            out.append(why)
    return out


def shown(value: str, limit: int = 80) -> str:
    """A cell as it may appear in a message: escaped (repr) and cut, so a terminal or log gets no raw bytes."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown_name(name: str, limit: int = 40) -> str:
    """A column name as a message may print it: as is when short and printable, else escaped and cut."""
    return name if name.isprintable() and len(name) <= limit and not CONTROL.search(name) else shown(name, limit)


# --- files --------------------------------------------------------------------------------------------------------


class NotRegularFile(OSError):
    """The path is a link, a folder, a device or a pipe; nothing was read from it."""


def kind_of(path: Path) -> str | None:
    """None for a regular file; else what the path is (looked up with lstat: a link is never followed)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "missing"
    if stat.S_ISLNK(info.st_mode):
        return "a symbolic link"
    if stat.S_ISREG(info.st_mode):
        return None
    if stat.S_ISDIR(info.st_mode):
        return "a folder"
    return "a device, pipe or socket"


def read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, opened without following a link; raises NotRegularFile otherwise.

    The file is checked on the open descriptor (fstat), so swapping it for a link between check and read cannot
    make the program read something else. Raises ValueError if it is larger than `max_bytes`.
    """
    what = kind_of(path)
    if what == "missing":
        raise FileNotFoundError(path)
    if what:
        raise NotRegularFile(what)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (getattr(os, "ELOOP", -1),):
            raise NotRegularFile("a symbolic link") from None
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile("not a regular file")
        if info.st_size > max_bytes:
            raise ValueError(info.st_size)
        return handle.read(max_bytes + 1)


# --- boundaries -----------------------------------------------------------------------------------------------

SVG_PATH = re.compile(r"^[MmLlHhVvZzCcSsQqTtAa0-9eE.,+\- ]+$")


def _codes(value: Any) -> list[str]:
    return [str(c) for c in value] if isinstance(value, Mapping) else []


def map_file_problems(paths: Mapping[str, Any], known: set[str], mapped: Iterable[str]) -> list[str]:
    """What in static/ru_map.json the map could not draw: unknown codes, missing or malformed paths."""
    problems = []
    regions = paths.get("regions") if isinstance(paths.get("regions"), Mapping) else {}
    assert isinstance(regions, Mapping)
    unknown = sorted(set(_codes(regions)) - known)
    if unknown:
        problems.append(f"regions: codes not in regions.csv: {unknown[:10]}")
    missing = sorted(set(mapped) - set(_codes(regions)))
    if missing:
        problems.append(f"regions: no path for mapped region(s) {missing[:10]} (has_polygon is true)")
    bad = sorted(c for c, d in regions.items() if not isinstance(d, str) or not SVG_PATH.match(d))
    if bad:
        problems.append(f"regions: malformed SVG path for {bad[:10]}")
    if not isinstance(paths.get("belarus"), str) or not SVG_PATH.match(paths["belarus"]):
        problems.append("belarus: missing or malformed SVG path")
    insets = paths.get("insets", [])
    if not isinstance(insets, list):
        problems.append("insets: not a list")
        insets = []
    for number, inset in enumerate(insets, start=1):
        inset_regions = inset.get("regions") if isinstance(inset, Mapping) else None
        if not isinstance(inset_regions, Mapping):
            problems.append(f"insets[{number}]: no 'regions' object")
            continue
        unknown = sorted(set(_codes(inset_regions)) - known)
        if unknown:
            problems.append(f"insets[{number}]: codes not in regions.csv: {unknown[:10]}")
        bad = sorted(c for c, d in inset_regions.items() if not isinstance(d, str) or not SVG_PATH.match(d))
        if bad:
            problems.append(f"insets[{number}]: malformed SVG path for {bad[:10]}")
    return problems
