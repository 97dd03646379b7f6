"""AppTest: every page renders from the entrypoint; a broken data file shows an error panel, not a traceback.

The app reads the tiny fixture folder tests/fixtures/ui (tests/uidata.py): what a page shows is compared with what the
fixture's rows say, never with figures of the bundled data (those are checked in tests/test_bundled_data.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from atlas.app import state
from atlas.text import lookup as i18n
from tests import uidata
from tests.apptest import component_data, fresh_app

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py"))


@pytest.fixture(autouse=True)
def ui_data(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test of this module runs the app on the fixture folder."""
    monkeypatch.setenv("ATLAS_DATA_DIR", str(uidata.FOLDER))
    return uidata.FOLDER


def component_payloads(at: AppTest, name: str) -> list[dict]:
    """The data each mounted atlas component (atlas/app/components.py) of that name received in the last run."""
    return [component_data(e) for e in at.get("bidi_component") if e.proto.component_name == name]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_page_renders(page: str, lang: str) -> None:
    at = fresh_app(lang=lang)
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]


def test_overview_shows_kpis_map_and_top_importers() -> None:
    at = fresh_app()
    at.run()
    assert not at.exception
    markdown = " ".join(m.value for m in at.markdown)
    assert "Соглашений о сотрудничестве" in markdown
    cards = ["agreements_total", "ru_head_delegations", "by_delegations", "wg_meetings"]
    plans = uidata.mfa("medium_term_plans") + uidata.mfa("wg_protocols")  # one card: plans and protocols
    assert [m.value for m in at.metric] == [*(str(uidata.mfa(c)) for c in cards), str(plans)]
    (region_map,) = component_payloads(at, "atlas.region_map")
    assert sorted(r["id"] for r in region_map["regions"]) == sorted(uidata.drawn()) and region_map["clickable"]
    assert region_map["geometry"].startswith("/app/static/ru_map.json?v=")
    (bars,) = component_payloads(at, "atlas.ranked_bars")
    rankings = uidata.rows("rankings")
    listed = rankings.loc[(rankings["year"] == "2024") & (rankings["ranking"] == "by_exports"), "region_iso"]
    assert len(bars["rows"]) == len(listed)
    # The leader by turnover: the listed region with the largest full-year USD figure (the fixture has one far ahead).
    trade = uidata.rows("trade")
    usd = trade[trade["region_iso"].isin(listed) & (trade["unit"] == "USD million") & (trade["period"] == "year")
                & (trade["qualifier"] != "forecast") & (trade["turnover"] != "")]  # fmt: skip
    leader = usd.loc[usd["turnover"].astype(float).idxmax(), "region_iso"]
    assert bars["rows"][0]["label"] == uidata.name(leader)
    assert not at.get("plotly_chart") and not component_payloads(at, "atlas.chart")  # no chart to wait for
    captions = " ".join(c.value for c in at.caption)
    (unmapped,) = uidata.not_drawn()
    assert uidata.name(unmapped) in captions  # regions without a polygon are listed, not dropped


def test_working_groups_build_only_the_open_tab() -> None:
    at = fresh_app()
    at.run()
    at.switch_page("app_pages/working_groups.py").run()
    assert not at.exception
    assert [t.label for t in at.tabs] == ["Карта активности", "Кураторы и органы сотрудничества", "Заседания"]
    (wg_map,) = component_payloads(at, "atlas.region_map")  # the map tab is open first
    assert sorted(r["id"] for r in wg_map["regions"]) == sorted(uidata.drawn())
    assert not at.dataframe and not component_payloads(at, "atlas.chart")  # the other tabs are not built
    meetings = uidata.rows("wg_meetings")
    held = int(meetings["date"].str.startswith("2024").sum())
    reconciled = at.table[0].value.to_numpy().ravel().tolist()  # the MFA reconciliation stays
    assert i18n.t("reconcile.n_of_m", "ru", n=held, m=uidata.mfa("wg_meetings")) in reconciled
    at.session_state[state.WG_TAB] = "Заседания"
    at.run()
    assert not at.exception
    assert not component_payloads(at, "atlas.region_map")
    assert len(component_payloads(at, "atlas.chart")) == 1 and len(at.dataframe) == 1
    assert not at.get("plotly_chart")  # drawn as SVG: the page never waits for plotly.js
    assert at.query_params["wg"] == "meetings"  # the open tab is part of the link
    at.sidebar.segmented_control(key=state.LANG).set_value("en").run()  # the open tab survives a change of language
    assert [t.label for t in at.tabs] == ["Activity map", "Curators and bodies", "Meetings"]
    assert at.session_state[state.WG_TAB] == "Meetings" and len(component_payloads(at, "atlas.chart")) == 1


@pytest.mark.parametrize("page", ["app_pages/forums.py", "app_pages/visits.py"])
def test_a_first_visit_holds_a_tables_place_with_its_downloads_and_sends_the_table_once_it_is_near(page: str) -> None:
    at = fresh_app(tables_later=True)
    at.run()
    at.switch_page(page).run()
    assert not at.exception
    assert not at.dataframe  # the first run sends no grid: the page paints without Streamlit's table script
    (place,) = component_payloads(at, "atlas.later")
    downloads = [b.proto.label for b in at.get("download_button")]
    assert {i18n.t("download.csv", "ru"), i18n.t("download.xlsx", "ru")} <= set(downloads)  # exports from the start
    at.session_state[state.TABLES_NEAR] = True  # what the place's "near" trigger sets (widgets.data_table)
    at.run()
    assert not at.exception
    assert len(at.dataframe) == 1 and not component_payloads(at, "atlas.later")
    assert place["text"] == i18n.t("table.later", "ru", n=len(at.dataframe[0].value))
    assert place["height"] == 35 * (min(len(at.dataframe[0].value), 10) + 1) + 3  # the grid's height: nothing moves
    at.switch_page("app_pages/targets.py").run()  # from then on, tables come in the first run
    assert at.dataframe and not component_payloads(at, "atlas.later")


def test_working_groups_tab_from_a_shared_link() -> None:
    at = fresh_app(wg="curators", lang="en")
    at.run()
    at.switch_page("app_pages/working_groups.py").run()
    assert not at.exception
    assert at.session_state[state.WG_TAB] == "Curators and bodies"
    assert len(at.dataframe) == 1 and not component_payloads(at, "atlas.region_map")
    bad = fresh_app(wg="<script>")  # a hand-edited link falls back to the map tab
    bad.run()
    bad.switch_page("app_pages/working_groups.py").run()
    assert not bad.exception and len(component_payloads(bad, "atlas.region_map")) == 1


def test_switching_map_mode_and_year() -> None:
    at = fresh_app()
    at.run()
    at.segmented_control(key="overview.mode").set_value("agreements").run()
    assert not at.exception
    assert component_payloads(at, "atlas.region_map")[0]["title"] == "Статус соглашений с Беларусью"
    at.segmented_control(key="overview.mode").set_value("trade").run()
    at.selectbox(key="overview.year").set_value("2024").run()
    assert not at.exception
    assert "2024" in component_payloads(at, "atlas.region_map")[0]["title"]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_year_in_the_link_puts_the_map_and_its_timeline_on_that_year(lang: str) -> None:
    at = fresh_app(year="2024", lang=lang)
    at.run()
    assert not at.exception
    (payload,) = component_payloads(at, "atlas.region_map")
    timeline = payload["timeline"]
    rows = uidata.rows("trade")
    regional = rows[(rows["region_iso"] != "RU") & (rows["turnover"] != "") & (rows["qualifier"] != "forecast")]
    assert timeline["shown"] == 2024 and "2024" in payload["title"]
    assert timeline["years"] == sorted({int(y) for y in regional["year"]})  # every year on record, ascending
    assert set(timeline["regions"]) == set(uidata.drawn())
    assert timeline["labels"]["play"] == i18n.t("map.timeline.play", lang)
    assert payload["legend"]["title"] == i18n.t("map.legend.trade", lang)  # one scale for every year, said so
    at.segmented_control(key="overview.mode").set_value("agreements").run()
    assert component_payloads(at, "atlas.region_map")[0]["timeline"] is None  # no years to play on that map


def test_the_first_run_sends_only_the_shown_year_and_the_slider_first_used_brings_every_year() -> None:
    at = fresh_app(year="2024")
    at.run()
    (first,) = component_payloads(at, "atlas.region_map")
    assert "frames" not in first["timeline"]  # no other year's title, colours or tooltips in the first message
    assert all(set(own) == {"history", "latest"} for own in first["timeline"]["regions"].values())
    at.session_state[state.MAP_ALL_YEARS] = True  # what the component's "all_years" state sets (its callback)
    at.run()
    (every,) = component_payloads(at, "atlas.region_map")
    timeline = every["timeline"]
    assert len(timeline["frames"]) == len(timeline["years"]) == len(first["timeline"]["years"])
    assert timeline["shown"] == 2024 and every["regions"] == first["regions"]  # the same year drawn
    at.segmented_control(key="overview.measure").set_value("export_from_belarus").run()  # for the rest of the session
    assert "frames" in component_payloads(at, "atlas.region_map")[0]["timeline"]


def test_english_interface() -> None:
    at = fresh_app(lang="en")
    at.run()
    assert at.title[0].value == "Belarus and the regions of Russia"


def test_broken_file_shows_error_panel_and_rest_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    shutil.copytree(uidata.FOLDER, folder)
    (folder / "trade.csv").write_text("region_iso;year\nRU-SMO;2024\n", encoding="utf-8")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(folder))
    at = fresh_app()
    at.run()
    assert not at.exception
    errors = " ".join(e.value for e in at.error)
    assert "trade.csv:1" in errors and "';'" in errors
    assert [m.value for m in at.metric][:1] == [str(uidata.mfa("agreements_total"))]  # the Ministry's totals still show


def test_view_comes_from_the_url_and_is_written_back() -> None:
    at = fresh_app(mode="trade", measure="export_from_belarus", year="2024", lang="en")
    at.run()
    assert not at.exception
    assert at.segmented_control(key="overview.measure").value == "export_from_belarus"
    assert at.selectbox(key="overview.year").value == "2024"
    # Written back by value, defaults left out (the browser test checks that a click updates the address).
    assert at.query_params == {"measure": "export_from_belarus", "year": "2024", "lang": "en"}


def _url_round_trip() -> None:
    """A page's runs as far as the URL goes: read it (state.init), and write it back only when the run finishes."""
    import streamlit as st

    from atlas.app import state

    state.init()
    if st.session_state.get("run_finishes"):
        state.write_url()


def test_a_choice_made_while_the_first_run_was_going_is_not_undone_by_the_link_and_back_still_restores() -> None:
    at = AppTest.from_function(_url_round_trip)
    at.query_params["year"] = "2021"
    at.run()  # the page's first run, interrupted before it wrote the URL back (the map's slider used meanwhile)
    assert at.session_state[state.MAP_YEAR] == "2021"
    at.session_state[state.MAP_YEAR] = "2020"  # what the map's year callback sets before the next run
    at.session_state["run_finishes"] = True
    at.run()
    assert at.session_state[state.MAP_YEAR] == "2020"  # the link, unchanged, did not put 2021 back
    assert at.query_params["year"] == "2020"  # written back
    at.query_params["year"] = "2021"  # Back: the address changed from outside
    at.run()
    assert at.session_state[state.MAP_YEAR] == "2021"


def test_invalid_url_values_fall_back_to_defaults() -> None:
    at = fresh_app(mode="<script>", year="1066", measure="gold")
    at.run()
    assert not at.exception
    assert at.segmented_control(key="overview.mode").value == "trade"
    assert at.selectbox(key="overview.year").value == "latest"


def test_choices_survive_a_trip_to_another_page() -> None:
    at = fresh_app()
    at.run()
    at.segmented_control(key="overview.measure").set_value("import_to_belarus").run()
    at.switch_page("app_pages/sources.py").run()
    at.switch_page("app_pages/overview.py").run()
    assert at.segmented_control(key="overview.measure").value == "import_to_belarus"


@pytest.mark.parametrize("back", [True, False])
def test_back_to_an_address_without_a_choice_restores_its_default(monkeypatch: pytest.MonkeyPatch, back: bool) -> None:
    at = fresh_app()
    at.run()
    at.switch_page("app_pages/visits.py").run()
    at.multiselect(key="visits.directions").set_value(["RU->BY"]).run()
    at.multiselect(key="app.districts").set_value(["central"]).run()
    assert at.query_params == {"dir": "RU->BY", "fd": "central"}
    # Back to the page's first entry (its bare address), or a bare address that is no Back: the navigation's page change
    monkeypatch.setattr(state, "_history_navigation", lambda: back)
    at.query_params = {}
    at.run()
    assert not at.exception
    chosen = at.multiselect(key="visits.directions").value, at.multiselect(key="app.districts").value
    if back:  # the address is the whole view: what it leaves out is at its default
        assert (chosen, at.query_params) == (([], []), {})
    else:  # the choices are kept and written back
        assert (chosen, at.query_params) == ((["RU->BY"], ["central"]), {"dir": "RU->BY", "fd": "central"})


def test_filters_persist_across_pages() -> None:
    at = fresh_app()
    at.run()
    at.switch_page("app_pages/visits.py").run()
    at.multiselect(key="app.districts").set_value(["central"]).run()
    at.switch_page("app_pages/working_groups.py").run()
    assert not at.exception
    assert at.multiselect(key="app.districts").value == ["central"]
    at.switch_page("app_pages/forums.py").run()
    assert at.multiselect(key="app.districts").value == ["central"]


def test_filters_come_from_a_shared_link() -> None:
    at = fresh_app(years="2023-2024", fd="central,volga", dir="RU->BY")
    at.run()
    at.switch_page("app_pages/visits.py").run()
    assert not at.exception
    assert tuple(at.slider(key="app.years").value) == (2023, 2024)
    assert at.multiselect(key="app.districts").value == ["central", "volga"]
    assert at.multiselect(key="visits.directions").value == ["RU->BY"]
    visits = uidata.rows("visits")
    wanted = (visits["date"].str[:4].isin(["2023", "2024"]) & (visits["direction"] == "RU->BY")
              & visits["region_iso"].map(uidata.district).isin(["central", "volga"]))  # fmt: skip
    assert 0 < wanted.sum() < len(visits)  # the link narrows the list, and not to nothing
    captions = [c.value for c in at.caption]
    assert i18n.t("visits.shown", "ru", n=int(wanted.sum()), total=len(visits)) in captions
    assert len(at.dataframe[-1].value) == wanted.sum()  # the table lists exactly those visits


def test_visits_page_lists_every_visit_on_record() -> None:
    at = fresh_app()
    at.run()
    at.switch_page("app_pages/visits.py").run()
    assert not at.exception
    visits = uidata.rows("visits")
    assert i18n.t("visits.shown", "ru", n=len(visits), total=len(visits)) in [c.value for c in at.caption]
    table = at.dataframe[-1].value
    assert sorted(table[i18n.t("source", "ru")]) == sorted(visits["source_url"])


def test_presenter_mode_walks_through_every_slide() -> None:
    at = fresh_app(present="1")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Беларусь и регионы России: итоги 2024 года"
    assert not at.sidebar.segmented_control  # no sidebar widgets: full screen
    seen = []
    for _ in range(6):
        at.button(key="present.next").click().run()
        assert not at.exception and not at.error, [e.value for e in at.error]
        seen.append(at.session_state["present.slide"])
    assert seen == [2, 3, 4, 5, 6, 1]  # wraps round after the last slide
    at.button(key="present.prev").click().run()
    assert at.session_state["present.slide"] == 6


def test_presenter_slide_and_language_from_the_url() -> None:
    at = fresh_app(present="1", slide="6", lang="en", region="RU-BRY")
    at.run()
    assert not at.exception
    assert at.selectbox(key="present.region").value == "RU-BRY"
    assert uidata.name("RU-BRY", "en") in [t.value for t in at.title]


def test_the_atlas_components_get_their_data_as_utf8_bytes_not_escaped_json() -> None:
    """The map, the ranked bars and the charts are sent UTF-8 JSON bytes: a dict would be written by Streamlit with
    every Cyrillic letter as a six-byte escape. The bytes hold the Russian names as they are."""
    at = fresh_app()
    at.run()
    sent = {e.proto.component_name: e.proto for e in at.get("bidi_component")}
    for name in ("atlas.region_map", "atlas.ranked_bars"):
        assert sent[name].WhichOneof("data") == "bytes", name
    assert uidata.name("RU-SMO").encode("utf-8") in sent["atlas.region_map"].bytes
