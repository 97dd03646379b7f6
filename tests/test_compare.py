"""The compare page (#15.2): its view model on the UI fixture, the `compare=` link, and the page through AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest

from atlas.app import state
from atlas.datasets import loaders
from atlas.views import compare as vc
from tests import uidata
from tests.apptest import fresh_app
from tests.test_pages import component_payloads

PAGE = "app_pages/compare.py"


@pytest.fixture(scope="module")
def frames() -> dict:
    return loaders.load_all(uidata.FOLDER).frames


@pytest.fixture(autouse=True)
def ui_data(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ATLAS_DATA_DIR", str(uidata.FOLDER))
    return uidata.FOLDER


def usd_turnover_years(code: str) -> list[int]:
    """Years of a fixture region with a full-year USD turnover figure that is not a forecast."""
    trade = uidata.rows("trade")
    rows = trade[(trade["region_iso"] == code) & (trade["unit"] == "USD million") & (trade["period"] == "year")
                 & (trade["qualifier"] != "forecast") & (trade["turnover"] != "")]  # fmt: skip
    return sorted({int(y) for y in rows["year"]})


def test_the_link_keeps_four_codes_each_once_and_reports_the_rest() -> None:
    parse = state.PARAMS[state.COMPARE].parse
    assert parse("ru-smo,RU-BRY") == ["RU-SMO", "RU-BRY"]
    with pytest.raises(state.Partly) as partly:
        parse("RU-SMO,RU-SMO,%%,RU-BRY,RU-MOW,RU-TA,RU-SPE")
    assert partly.value.value == ["RU-SMO", "RU-BRY", "RU-MOW", "RU-TA"]
    assert partly.value.dropped == ["%%", "RU-SPE"]


def test_trade_history_is_usd_defaults_with_gaps_never_zero(frames: dict) -> None:
    codes = ("RU-SMO", "RU-KHM", "RU-TA")
    section = vc.trade_section(codes, frames, "en")
    history = section.chart.rows
    assert set(history["unit"]) == {"USD million"}  # roubles never mixed in
    for code in ("RU-SMO", "RU-TA"):
        assert sorted(history.loc[history["region_iso"] == code, "year"]) == usd_turnover_years(code)
    assert "RU-KHM" not in set(history["region_iso"])  # no records: no points, not zeros
    coverage = section.lines[0]
    assert coverage.startswith("Turnover figures for 2 of 3 regions")
    assert f"None on record: {uidata.name('RU-KHM', 'en')}" in coverage
    table = section.table.set_index("Year")
    assert table.loc[2023, uidata.name("RU-SMO", "en")] == "no data on record"
    assert "roubles (1)" in section.lines[1]
    assert uidata.name("RU-KHM", "en") + ": no data on record" in section.alt


def test_every_table_names_every_region_in_the_order_chosen(frames: dict) -> None:
    codes = ("RU-MOW", "RU-KHM")
    for part in vc.SECTIONS:
        section = part.build(codes, frames, "ru")
        regions = list(dict.fromkeys(section.table["Регион"])) if "Регион" in section.table else None
        if regions is not None:
            assert regions == [uidata.name(c) for c in codes], part.key
    meetings = vc.meetings_section(codes, frames, "ru").table.set_index("Регион")
    assert meetings.loc[uidata.name("RU-KHM"), "Заседаний в атласе"] == "нет данных"


def test_latest_figures_carry_year_and_source(frames: dict) -> None:
    table = vc.latest_section(("RU-SMO", "RU-TA"), frames, "ru").table
    turnover = table[(table["Регион"] == uidata.name("RU-SMO")) & (table["Показатель"] == "Товарооборот")].iloc[0]
    latest = max(usd_turnover_years("RU-SMO"))
    assert turnover["Год"] == str(latest) and turnover["Источник"].startswith("https://example.org/fixture/trade/")


def test_unknown_codes_are_reported(frames: dict) -> None:
    assert vc.chosen(["RU-SMO", "RU-XXX", "RU-SMO", "RU-TA"], frames["regions"]) == (("RU-SMO", "RU-TA"), ("RU-XXX",))


def open_page(**query: str):
    at = fresh_app(**query)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


def test_page_from_a_link_in_english() -> None:
    at = open_page(lang="en", compare="RU-SMO,RU-TA,RU-MOW")
    assert [h.value for h in at.header][:2] == ["Turnover by year", "Latest figures"]
    (chart,) = component_payloads(at, "atlas.chart")
    assert [s["name"] for s in chart["series"]] == [uidata.name(c, "en") for c in ("RU-SMO", "RU-TA", "RU-MOW")]
    assert chart["alt"].startswith("Chart of turnover with Belarus by year")
    assert "Turnover figures for 3 of 3 regions" in " ".join(m.value for m in at.markdown)
    assert len(at.dataframe) == len(vc.SECTIONS)
    assert at.query_params["compare"] == "RU-SMO,RU-TA,RU-MOW"


def test_a_bad_code_in_the_link_is_named_and_the_rest_shown() -> None:
    at = open_page(compare="RU-SMO,RU-XXX,%%,RU-BRY")  # "%%" is named by app.py's notice (the parse test above)
    assert any("«compare=RU-XXX»" in toast.value for toast in at.toast)  # well formed, but no such region
    assert at.multiselect(key=state.COMPARE).value == ["RU-SMO", "RU-BRY"]
    assert at.query_params["compare"] == "RU-SMO,RU-BRY"


def test_one_region_asks_for_another_and_a_pick_adds_it() -> None:
    at = open_page(compare="RU-SMO")
    assert "не меньше двух" in " ".join(i.value for i in at.info)
    assert not component_payloads(at, "atlas.chart")
    at.multiselect(key=state.COMPARE).set_value(["RU-SMO", "RU-BRY"]).run()
    assert at.query_params["compare"] == "RU-SMO,RU-BRY"
    assert component_payloads(at, "atlas.chart")


def test_the_region_slide_shows_the_comparison_of_the_link() -> None:
    at = fresh_app(present="1", slide="6", compare="RU-SMO,RU-KHM,RU-TA")
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.title[0].value == "Сравнение регионов"
    (chart,) = component_payloads(at, "atlas.chart")
    assert chart["projector"] and [s["name"] for s in chart["series"]] == [uidata.name("RU-SMO"), uidata.name("RU-TA")]
    assert [m.label for m in at.metric] == [uidata.name(c) for c in ("RU-SMO", "RU-KHM", "RU-TA")]
    assert at.metric[1].value == "—"  # no figure on record: a dash, not a zero
    assert "у 2 из 3 регионов" in " ".join(m.value for m in at.markdown)


def test_the_region_slide_shows_one_region_without_a_comparison() -> None:
    at = fresh_app(present="1", slide="6", compare="RU-SMO", region="RU-BRY")
    at.run()
    assert not at.exception and uidata.name("RU-BRY") in [t.value for t in at.title]
