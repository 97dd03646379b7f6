"""Source addresses: a cell's list of them, the first of it, and a readable label for one."""

from __future__ import annotations

from atlas.text import escape


def split_urls(source_url: str) -> list[str]:
    """The ' | '-separated addresses of a source cell, without blanks."""
    return [u.strip() for u in str(source_url).split(" | ") if u.strip()]


def first_url(source_url: str) -> str:
    """The first of ' | '-separated addresses."""
    return source_url.split(" | ")[0].strip()


def source_label(source_url: str) -> str:
    """A short, readable name for a source: its host without 'www.' ('belta.by'), '+N' when there are more."""
    urls = split_urls(source_url)
    if not urls:
        return ""
    host = escape.host(urls[0])  # the real host: never the user part of `https://belstat.gov.by@other.host/`
    return _readable_host(host) + (f" +{len(urls) - 1}" if len(urls) > 1 else "")


def _readable_host(host: str) -> str:
    """An internationalised host as people write it ('xn--80ajghhoc2aj1c8b.xn--p1ai' → 'минобрнауки.рф')."""
    if "xn--" not in host:
        return host
    try:
        return host.encode("ascii").decode("idna")
    except UnicodeError:
        return host
