"""A saved map stands alone: its payload carries the coverage and a source line naming where the figures come from."""

from __future__ import annotations

from atlas.figures import mapspec
from atlas.views import maps


def test_the_source_line_names_the_most_used_hosts_and_counts_the_rest() -> None:
    urls = ["https://www.belta.by/a", "https://belta.by/b | https://news.by/c", "https://tass.ru/d",
            "https://mfa.gov.by/e", "https://x.ru/f", "https://belta.by/g"]  # fmt: skip
    line = maps.source_line(urls, "ru")
    assert line.startswith("Источники: belta.by, ")  # the most used first, named by host without "www."
    assert "и ещё 2" in line and "DCW-GMT" in line  # five hosts: three named, two counted; the boundaries' source
    english = maps.source_line(urls, "en")
    assert english.startswith("Sources: belta.by, ") and "and 2 more" in english
    assert "нет данных" in maps.source_line([], "ru")  # no figure: said, never an empty line


def test_the_payload_carries_the_picture_notes() -> None:
    spec = mapspec.MapSpec(title="T", fills={}, tips={}, names={}, legend=[], notes=("coverage", "sources"))
    payload = spec.payload(geometry_url="/m.json", size=(10, 10), labels={}, clickable=False)
    assert payload["notes"] == ["coverage", "sources"]
