"""AppTest of the analysis page (#15.4 what moved trade, #15.5 who has gone quiet) in Russian and English, and of
the overview's alert that links to it. On the bundled data: the counts below are what its records give."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from atlas.app import state
from tests.apptest import fresh_app
from tests.test_pages import component_payloads

PAGE = "app_pages/analysis.py"


def open_page(**query: str) -> AppTest:
    at = fresh_app(**query)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


def infos(at: AppTest) -> str:
    return " ".join(i.value for i in at.info)


def test_what_moved_trade_follows_the_kind_of_event_and_the_window() -> None:
    at = open_page()
    assert [t.label for t in at.tabs] == ["Что сдвинуло торговлю", "Кто затих"]
    assert "по 2 регионам с данными до и после" in infos(at)  # agreements, 1 year
    assert "связь, а не причина" in " ".join(c.value for c in at.caption)
    (chart,) = component_payloads(at, "atlas.chart")
    assert len(chart["x"]["categories"]) == 2 and chart["shapes"]  # one bar per region and event year, the median
    compared, excluded = at.dataframe
    assert len(compared.value) == 2 and len(excluded.value) > 0
    at.segmented_control(key=state.EVENT_KIND).set_value("top_visit").run()
    assert "+16,7 % — по 5 регионам" in infos(at)
    table = at.dataframe[0].value.set_index("Регион")
    smolensk = table.loc["Смоленская область"]
    assert (smolensk["Год до"], smolensk["Годы после"], smolensk["Изменение, %"]) == (2023, "2025", 16.7)
    assert at.query_params["event"] == "top_visit"
    at.segmented_control(key=state.EVENT_WINDOW).set_value(3).run()
    assert "по 7 регионам" in infos(at) and at.query_params["window"] == "3"
    assert not component_payloads(at, "atlas.region_map")


def test_who_has_gone_quiet_in_english_from_a_link() -> None:
    at = open_page(lang="en", an="quiet", months="12")
    assert [t.label for t in at.tabs] == ["What moved trade", "Who has gone quiet"]
    assert "for 12+ months: 32 of 89" in infos(at) and "the latest contact on record" in infos(at)
    (table,) = at.dataframe
    rows = table.value
    assert len(rows) == 32 and list(rows["No."])[:2] == [1, 2]
    assert rows["Latest turnover"].iloc[-1] == "no data on record"  # regions without a figure come last
    assert "Tatarstan" not in " ".join(rows["Region"])  # met in 2026: not quiet
    at.segmented_control(key=state.QUIET_MONTHS).set_value(36).run()
    assert len(at.dataframe[0].value) == 14 and at.query_params["months"] == "36"
    assert not component_payloads(at, "atlas.chart")  # the other tab is not built


def test_overview_alert_links_to_the_quiet_table() -> None:
    at = fresh_app()
    at.run()
    (link,) = [p for p in at.get("page_link") if "без контактов" in p.proto.label]
    assert link.proto.label.startswith("Регионов без контактов 18+ мес.: 24")
    assert link.proto.page == "analysis" and link.proto.query_string == "an=quiet&months=18&asof=latest&lang=ru"
