"""The region profile: view models of atlas.views.region, and the page rendered through the app with AppTest."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from atlas import config
from atlas.datasets import loaders
from atlas.figures import profile
from atlas.text import lookup as i18n
from atlas.views import region as vr

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def frames() -> dict[str, pd.DataFrame]:
    """The bundled datasets, loaded once."""
    return loaders.load_all(config.BUNDLED_DATA_DIR).frames


def test_every_region_string_has_both_languages() -> None:
    keys = [k for k in i18n.STRINGS if k.startswith("region.")]
    assert keys and all(i18n.STRINGS[k].get(lang, "").strip() for k in keys for lang in i18n.LANGS)


def test_labels_hold_both_names_and_aliases(frames: dict[str, pd.DataFrame]) -> None:
    labels = vr.region_options(frames["regions"], "ru")
    assert set(labels) == set(frames["regions"][config.REGION_KEY])
    assert labels["RU-MOW"].startswith("г. Москва · Moscow")
    assert "Москва" in labels["RU-MOW"].removeprefix("г. ") and "г. Москва" in labels["RU-MOW"]
    assert "Moscow City" in labels["RU-MOW"]
    assert "Югра" in labels["RU-KHM"] and "ХМАО" in labels["RU-KHM"] and "Khanty-Mansi" in labels["RU-KHM"]
    assert vr.region_options(frames["regions"], "en")["RU-SMO"].startswith("Smolensk Oblast · Смоленская область")


def test_type_to_filter_finds_moscow(frames: dict[str, pd.DataFrame]) -> None:
    labels = vr.region_options(frames["regions"], "ru")
    for typed in ("Москва", "г. Москва", "moscow"):
        found = [code for code, label in labels.items() if typed.casefold() in label.casefold()]
        assert "RU-MOW" in found, typed


def test_smolensk_trade_keeps_conflicting_figures(frames: dict[str, pd.DataFrame]) -> None:
    records = vr.trade_records("RU-SMO", frames["trade"])
    turnover_2025 = records[(records["year"] == 2025) & (records["measure"] == "turnover")]
    assert sorted(turnover_2025["value"]) == [3400.0, 3500.0]
    assert turnover_2025["plotted"].all() and turnover_2025["is_default"].sum() == 1
    figure = profile.trade_chart(records, "ru")
    plotted_values = sorted(v for trace in figure.data for v in (trace.y or ()) if v is not None)
    assert 3400.0 in plotted_values and 3500.0 in plotted_values
    assert 5000.0 not in plotted_values  # the forecast is listed, not plotted
    table = vr.trade_table(records, "ru")
    values = " ".join(table[i18n.t("region.col.value", "ru")])
    assert "почти 3\u202f500 млн долл. США" in values and "295 млрд руб." in values and "прогноз" in values


def test_key_figures_carry_year_wording_and_source(frames: dict[str, pd.DataFrame]) -> None:
    turnover, exports, _ = vr.key_figures("RU-SMO", frames["trade"], "ru")
    assert turnover.value == "почти 3\u202f500" and turnover.label == "Товарооборот, млн долл. США"
    assert "2025" in turnover.detail and "news.by" in turnover.detail
    assert exports.value == "—" and exports.detail == i18n.t("no_data_long", "ru")  # said, never zero


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
    assert vr.sources_list(code, silent) == (
        "1. [www.iso.org/obp/ui/\\#iso:code:3166:RU](https://www.iso.org/obp/ui/#iso:code:3166:RU)",
    )


def test_sources_are_unique_and_cover_the_page(frames: dict[str, pd.DataFrame]) -> None:
    lines = vr.sources_list("RU-SMO", frames)
    assert lines
    urls = [line.rsplit("](", 1)[1].rstrip(")") for line in lines]
    assert len(urls) == len(set(urls))
    assert "https://ria.ru/20260306/anokhin-2079124442.html" in urls


def test_header_says_when_a_region_is_not_drawn(frames: dict[str, pd.DataFrame]) -> None:
    head = vr.header("RU-CR", frames["regions"], frames["agreements"], "en")
    assert head.title == "Republic of Crimea" and head.subtitle == "RU-CR"  # no Russian name on the English page
    assert any(i18n.t("region.map.not_drawn", "en") in fact for fact in head.facts)


def test_hosted_forums_match_city_names(frames: dict[str, pd.DataFrame]) -> None:
    hosted = vr.hosted_forums("RU-MOW", frames["regions"], frames["forums"])
    assert not hosted.empty and hosted["host_city_ru"].str.contains("Москва").all()


def open_profile(**query: str) -> AppTest:
    """The app opened on the region page with the given query string."""
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("app_pages/region.py")
    at.run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    return at


def test_profile_from_the_url() -> None:
    at = open_profile(region="RU-SMO")
    assert at.title[0].value == "Смоленская область"
    assert at.selectbox(key="region.code").value == "RU-SMO"
    charts = [e for e in at.get("bidi_component") if e.proto.component_name == "atlas.chart"]
    assert len(charts) == 2 and not at.get("plotly_chart")  # trade history and visits timeline, drawn as SVG
    assert "почти 3\u202f500" in [m.value for m in at.metric]


def test_profile_in_english() -> None:
    at = open_profile(region="RU-SMO", lang="en")
    assert at.title[0].value == "Smolensk Oblast"
    assert at.selectbox(key="region.code").value == "RU-SMO"


def test_region_without_polygon() -> None:
    at = open_profile(region="RU-CR", lang="en")
    assert at.title[0].value == "Republic of Crimea"
    assert "not drawn on the map" in " ".join(m.value for m in at.markdown)


def test_unknown_code_shows_the_prompt() -> None:
    at = open_profile(region="RU-XXX")
    assert at.selectbox(key="region.code").value is None
    assert [i.value for i in at.info] == [i18n.t("region.prompt", "ru")]
