"""The benchmark's pure parts on tiny inputs: statistics, the report, the floors' picture, Lighthouse's summary.

No timing is asserted (speed is what bench/ measures, not what tests check).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from atlas.figures import palette
from bench import common, floors, lighthouse, run


def _visit(times: list[float], http: int = 900_000, widget: list[float] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"times": times, "http": http, "ws": 100_000, "largest": [("http://h/static/js/a.js", 5)],
                           "uncompressed": [("http://h/static/js/b.js", 30_000)]}  # fmt: skip
    if widget is not None:
        out["widget"], out["widget_label"] = widget, "a widget"
    return out


def _results() -> dict[str, Any]:
    pages = {p.path: _visit([1.0, 1.2, 1.1], widget=[0.2, 0.25, 0.3] if p.widget else None) for p in run.PAGES}
    pages["/visits"] = _visit([3.0, 2.0, 2.5], http=2_000_000, widget=[0.5])
    return {
        "machine": {"cpus": "2", "date": "today", "load average at start": "0.5 0.5 0.5"},
        "runs": 3,
        "elapsed_s": 12.0,
        "compress_build_s": 1.0,
        "pages": pages,
        "click": [0.8, 0.9, 1.4],
        "floors": {"picture": {**_visit([1.0, 1.0, 1.0]), "rss": 80 * 2**20},
                   "plotly": {**_visit([2.0, 2.0, 2.0]), "rss": 90 * 2**20}, "static": _visit([0.1, 0.1, 0.1])},
        "start_to_health_s": 1.0,
        "cold_first_visit_s": 3.0,
        "rss_start": 70 * 2**20,
        "rss_warm": 200 * 2**20,
        "rss_warm_main": 190 * 2**20,
        "rss_after": 200 * 2**20,
        "lighthouse": {"version": "12.2.3", "date": "today",
                       "pages": {"/": {"performance": 70, "bytes": 1e6, "fcp_ms": 900, "lcp_ms": 1200, "tbt_ms": 10}},
                       "bare": {"performance": 68, "bytes": 2e6, "fcp_ms": 800, "lcp_ms": 900, "tbt_ms": 0}},
    }  # fmt: skip


def test_stats_are_median_min_max_and_count() -> None:
    assert common.stats([3.0, 1.0, 2.0]) == {"median": 2.0, "min": 1.0, "max": 3.0, "n": 3}


def test_report_pairs_every_page_with_before_after_and_its_floor() -> None:
    text = run.render(_results())
    for page in run.PAGES:
        assert f"| `{page.path}` |" in text
    assert "| `/visits` | 3.30 s | ×1.48 plotly | 2.50 s (2.00–3.00, n=3) | ×2.50 | ×1.25 plotly |" in text
    assert "| `/` | 1.31 s | ×1.30 picture | 1.10 s" in text
    assert "| every page ready ≤ 1.5 s | slowest 2.50 s | **missed** |" in text
    assert "| click on a region → profile ready ≤ 1.0 s | 0.90 s | met |" in text
    assert "heaviest 2.00 MB | **missed**" in text  # 2,000,000 + 100,000 bytes
    assert "| Lighthouse performance ≥ the bare Streamlit page's (68) | lowest 70 | met |" in text
    assert "sent without compression: b.js" in text


def test_reports_are_written_where_the_repository_keeps_them(tmp_path: Path) -> None:
    text = run.write_reports(_results(), root=tmp_path)
    assert (tmp_path / "bench" / "REPORT.md").read_text(encoding="utf-8") == text
    assert (tmp_path / "bench" / "results" / "latest.json").stat().st_size > 100


def test_a_partial_run_reports_its_pages_against_the_picture_floor_and_leaves_the_report_alone(tmp_path: Path) -> None:
    results = _results()
    results["pages"] = {"/": results["pages"]["/"]}
    results["floors"] = {"picture": results["floors"]["picture"]}
    text = run.write_partial(results, root=tmp_path)
    assert "| `/` | 1.10 s (1.00–1.20, n=3) | ×1.10 | a widget: 0.25 s (0.20–0.30, n=3) | 900,000 | 100,000 |" in text
    assert "→ its profile ready: 0.90 s" in text
    assert (tmp_path / "bench" / "results" / "partial.md").read_text(encoding="utf-8") == text
    assert not (tmp_path / "bench" / "REPORT.md").exists()


def test_floor_picture_draws_every_region_with_its_fill_and_escapes_the_title() -> None:
    paths = {"width": 10, "height": 5, "belarus": "M0 0l1 1z", "regions": {"RU-A": "M1 1l2 2z", "RU-B": "M3 3l1 0z"},
             "insets": [{"box": [0, 0, 2, 2], "regions": {"RU-C": "M0 0l1 0z"}}]}  # fmt: skip
    svg = floors.map_svg({"RU-A": "#123456"}, paths, title="<b>&</b>")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 5"')
    assert '<path d="M1 1l2 2z" fill="#123456"/>' in svg
    assert f'<path d="M3 3l1 0z" fill="{palette.NO_DATA_COLOUR}"/>' in svg  # no figure: the no-data grey
    assert '<path d="M0 0l1 0z"' in svg  # the inset's region
    assert "<title>&lt;b&gt;&amp;&lt;/b&gt;</title>" in svg


def test_lighthouse_summary_reads_score_bytes_and_timings() -> None:
    audits = {"total-byte-weight": 1234.0, "first-contentful-paint": 5, "largest-contentful-paint": 6,
              "total-blocking-time": 7}  # fmt: skip
    report = {"categories": {"performance": {"score": 0.734}},
              "audits": {name: {"numericValue": value} for name, value in audits.items()}}  # fmt: skip
    report["audits"]["bootup-time"] = {"details": {"items": [{"url": "http://h/static/js/a.js?x", "scripting": 9.6},
                                                             {"url": "http://h/", "scripting": 50}]}}  # fmt: skip
    assert lighthouse.summary(report) == {"scripting": [["http://h/", 50], ["a.js", 10]], "performance": 73.4,
                                          "bytes": 1234.0, "fcp_ms": 5.0, "lcp_ms": 6.0, "tbt_ms": 7.0}  # fmt: skip


def test_ready_probe_waits_for_a_finished_run_and_every_drawn_figure() -> None:
    probe = common.INIT_SCRIPT
    for needed in ("stStatusWidget", "stSkeleton", ".atlas-chart, .atlas-map", "data-drawn", "stPlotlyChart",
                   "stDeckGlJsonChart", "field === 6"):  # fmt: skip
        assert needed in probe
