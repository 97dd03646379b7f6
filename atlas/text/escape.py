"""Data text made safe for the medium it is shown in: Markdown (st.title, st.caption, st.markdown), plotly's hover
HTML, Word and PDF. Standard library only.

A second line of defence: check-data already refuses markup, control characters and disguised addresses
(atlas/datasets/guards.py), but a page must stay harmless even if a value gets past it. Every data text that reaches a
renderer goes through one of these.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit, urlunsplit

# Everything Markdown (and Streamlit's LaTeX and colour directives, which need `[`) could act on.
_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|$~!"})
# Control and invisible formatting characters (atlas.datasets.guards.CONTROL), and the line breaks that would end a
# line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]")
# Characters an address keeps as they are in a Markdown link target; all others are percent-encoded, so `)`, `(`,
# spaces, `[`, `]`, `!`, `<`, `>` cannot end the link or start an image.
_HREF_SAFE = ":/?#&=+,;$@%~-._"


def plain(text: object) -> str:
    """Text without control characters (a line break becomes a space): what Word and PDF can hold."""
    return _CONTROL.sub(lambda m: " " if m.group(0) in "\n\r\t\u2028\u2029" else "", str(text))


def md(text: object) -> str:
    """Data text for Streamlit Markdown: no emphasis, links, images, HTML, headings, LaTeX or directives."""
    return plain(text).translate(_MD_SPECIAL)


def html_text(text: object) -> str:
    """Data text inside plotly's hover/label HTML (which would act on `<a href>`, `<b>`, `&…;`)."""
    return html.escape(plain(text), quote=True)


def without_credentials(url: str) -> str:
    """The address with any `user:password@` removed: what a link should open and a label should name."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    host = parts.hostname + (f":{parts.port}" if _port(parts) else "")
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _port(parts: object) -> int | None:
    try:
        return parts.port  # type: ignore[attr-defined, no-any-return]
    except ValueError:
        return None


def host(url: str) -> str:
    """The real host of an address (never the user part before `@`), without `www.`/`m.`."""
    try:
        name = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return name.removeprefix("www.").removeprefix("m.")


def href(url: str) -> str:
    """An http(s) address as a Markdown link target: credentials dropped, anything unsafe percent-encoded ('' if
    it is no http(s) address)."""
    clean = without_credentials(url)
    return quote(clean, safe=_HREF_SAFE) if clean else ""


def link(url: str, text: str) -> str:
    """A Markdown link with escaped text; just the text when the address cannot be linked safely."""
    target = href(url)
    return f"[{md(text)}]({target})" if target else md(text)
