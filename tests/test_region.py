"""The region profile: view models of atlas.views.region, and the page rendered through the app with AppTest.

Both read the tiny fixture folder tests/fixtures/ui (tests/uidata.py) and compare with its rows; the bundled data's
own facts (Smolensk's conflicting 2025 figures, …) are checked in tests/test_bundled_data.py.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import config
from atlas.datasets import loaders
from atlas.figures import profile
from atlas.text import lookup as i18n
from atlas.views import region as vr
from tests import uidata
from tests.apptest import opened

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    """The fixture's datasets, loaded once."""
    return loaders.load_all(uidata.FOLDER).frames


@pytest.fixture(autouse=True)
def ui_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app, opened by the AppTest tests below, reads the fixture folder too."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(uidata.FOLDER))


def _fixture_rows(code: str, year: str) -> pd.DataFrame:
    """The fixture's trade rows of a region and year."""
    trade = uidata.rows("trade")
    return trade[(trade["region_iso"] == code) & (trade["year"] == year)]


def test_every_region_string_has_both_languages() -> None:
    keys = [k for k in i18n.STRINGS if k.startswith("region.")]
    assert keys and all(i18n.STRINGS[k].get(lang, "").strip() for k in keys for lang in i18n.LANGS)


def test_chooser_shows_the_name_in_the_ui_language_only(frames: dict[str, pd.DataFrame]) -> None:
    ru, en = vr.region_options(frames["regions"], "ru"), vr.region_options(frames["regions"], "en")
    assert set(ru) == set(en) == set(frames["regions"][config.REGION_KEY])
    assert ru["RU-MOW"] == "г. Москва" and en["RU-MOW"] == "Moscow"  # no alias string, no English on the Russian UI
    assert "Moskva" not in ru["RU-MOW"] and "Moscow" not in ru["RU-MOW"]
    for names in (ru, en):  # ordered by the name in the UI language, «г.» not counted
        keys = [n.removeprefix("г. ").casefold() for n in names.values()]
        assert keys == sorted(keys)
    assert list(ru).index("RU-MOW") < list(ru).index("RU-CR")  # «г. Москва» sorts as «Москва»


def test_smolensk_trade_keeps_conflicting_figures(frames: dict[str, pd.DataFrame]) -> None:
    conflict = _fixture_rows("RU-SMO", "2025")  # one year, both sides' statistics
    assert len(conflict) == 2
    records = vr.trade_records("RU-SMO", frames["trade"])
    turnover_2025 = records[(records["year"] == 2025) & (records["measure"] == "turnover")]
    assert sorted(turnover_2025["value"]) == sorted(conflict["turnover"].astype(float))
    assert turnover_2025["plotted"].all() and turnover_2025["is_default"].sum() == 1
    figure = profile.trade_chart(records, "ru")
    plotted_values = sorted(v for trace in figure.data for v in (trace.y or ()) if v is not None)
    assert set(conflict["turnover"].astype(float)) <= set(plotted_values)
    (forecast,) = uidata.rows("trade").query("region_iso == 'RU-SMO' and qualifier == 'forecast'")["turnover"]
    assert float(forecast) not in plotted_values  # the forecast is listed, not plotted
    (roubles,) = _fixture_rows("RU-SMO", "2024").query("unit == 'RUB billion'")["turnover"]
    (almost,) = conflict.query("qualifier == 'almost'")["turnover"]
    table = vr.trade_table(records, "ru")
    values = " ".join(table[i18n.t("value", "ru")])
    assert f"почти {uidata.grouped(float(almost))} млн долл. США" in values
    assert f"{roubles} млрд руб." in values and f"прогноз {uidata.grouped(float(forecast))}" in values


def test_key_figures_carry_year_wording_and_source(frames: dict[str, pd.DataFrame]) -> None:
    turnover, exports, _ = vr.key_figures("RU-SMO", frames["trade"], "ru")
    # The default of the latest year: Belarusian statistics before Russian (data/SCHEMA.md), with its wording.
    (default,) = _fixture_rows("RU-SMO", "2025").query("stats_side == 'BY'").itertuples()
    assert default.qualifier == "almost"
    assert turnover.value == f"почти {uidata.grouped(float(default.turnover))}"
    assert turnover.label == "Товарооборот, млн долл. США"
    assert "2025" in turnover.detail and default.source_url in turnover.detail
    (latest_exports,) = uidata.rows("trade").query("region_iso == 'RU-SMO' and export_from_belarus != ''").itertuples()
    assert exports.value == latest_exports.export_from_belarus and latest_exports.year in exports.detail
    assert uidata.rows("trade").query("region_iso == 'RU-SPE'").empty
    for card in vr.key_figures("RU-SPE", frames["trade"], "ru"):  # nothing on record: said, never zero
        assert card.value == "—" and card.detail == i18n.t("no_data_long", "ru")


def test_region_without_records_says_no_data(frames: dict[str, pd.DataFrame]) -> None:
    code = "RU-SMO"
    silent = {n: f if n == "regions" or config.REGION_KEY not in f else f[f[config.REGION_KEY] != code]
              for n, f in frames.items()}  # fmt: skip
    for part in vr.SECTIONS:
        section = part.build(code, silent, "ru")
        assert section.table is None and section.chart is None, section.key
        assert part.cites(code, silent).empty, section.key
        assert section.empty == i18n.t("no_data_long", "ru") or all(
            card.detail == i18n.t("no_data_long", "ru") for card in section.cards
        ), section.key
    registry = uidata.rows("regions").query("region_iso == @code")["source_url"].iloc[0]
    assert vr.sources_list(code, silent) == (f"1. [{registry.removeprefix('https://')}]({registry})",)


def test_sources_are_unique_and_cover_the_page(frames: dict[str, pd.DataFrame]) -> None:
    lines = vr.sources_list("RU-SMO", frames)
    urls = [line.rsplit("](", 1)[1].rstrip(")") for line in lines]
    assert len(urls) == len(set(urls))
    # every row of the region in the fixture, and its registry entry, is cited
    cited = {url for name in ("regions", "trade", "agreements", "visits", "working_groups", "wg_meetings", "targets")
             for url in uidata.rows(name).query("region_iso == 'RU-SMO'")["source_url"]}  # fmt: skip
    assert set(urls) == cited


def test_header_says_when_a_region_is_not_drawn(frames: dict[str, pd.DataFrame]) -> None:
    head = vr.header("RU-CR", frames["regions"], frames["agreements"], "en")
    assert head.title == "Republic of Crimea" and head.subtitle == "RU-CR"  # no Russian name on the English page
    assert any(i18n.t("region.map.not_drawn", "en") in fact for fact in head.facts)


def test_hosted_forums_match_city_names(frames: dict[str, pd.DataFrame]) -> None:
    hosted = vr.hosted_forums("RU-MOW", frames["regions"], frames["forums"])
    forums = uidata.rows("forums")
    assert sorted(hosted["number"].astype(str)) == sorted(forums.loc[forums["host_city_ru"] == "Москва", "number"])


def open_profile(**query: str) -> AppTest:
    """The app opened on the region page with the given query string."""
    at = opened("app_pages/region.py", **query)
    assert not at.error, [e.value for e in at.error]
    return at


def test_profile_from_the_url() -> None:
    at = open_profile(region="RU-SMO")
    assert at.title[0].value == uidata.name("RU-SMO")
    assert at.selectbox(key="region.code").value == "RU-SMO"
    charts = [e for e in at.get("bidi_component") if e.proto.component_name == "atlas.chart"]
    assert len(charts) == 2 and not at.get("plotly_chart")  # trade history and visits timeline, drawn as SVG
    (almost,) = _fixture_rows("RU-SMO", "2025").query("qualifier == 'almost'")["turnover"]
    assert f"почти {uidata.grouped(float(almost))}" in [m.value for m in at.metric]


def test_profile_in_english() -> None:
    at = open_profile(region="RU-SMO", lang="en")
    assert at.title[0].value == uidata.name("RU-SMO", "en")
    assert at.selectbox(key="region.code").value == "RU-SMO"


def test_region_without_polygon() -> None:
    at = open_profile(region="RU-CR", lang="en")
    assert at.title[0].value == uidata.name("RU-CR", "en")
    assert "not drawn on the map" in " ".join(m.value for m in at.markdown)


def test_unknown_code_shows_the_prompt() -> None:
    at = open_profile(region="RU-XXX")
    assert at.selectbox(key="region.code").value is None
    assert [i.value for i in at.info] == [i18n.t("region.prompt", "ru")]
