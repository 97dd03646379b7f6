"""Region search (atlas.rules.search): the 112 researched queries, ranking rules, and no stray-letter matches."""

from __future__ import annotations

import ast
import csv
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from atlas import config
from atlas.app import state
from atlas.datasets import loaders
from atlas.rules import search
from tests.apptest import opened

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "fixtures" / "search" / "queries.tsv"


def _queries() -> list[dict[str, str]]:
    with QUERIES.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="module")
def regions() -> pd.DataFrame:
    return loaders.load_all(config.BUNDLED_DATA_DIR).frames["regions"]


@pytest.fixture(scope="module")
def index(regions: pd.DataFrame) -> dict[str, search.Index]:
    rows = regions.to_dict("records")
    return {lang: search.build_index(rows, lang) for lang in ("ru", "en")}  # type: ignore[arg-type]


def test_the_query_list_is_the_researched_one() -> None:
    rows = _queries()
    assert len(rows) == 112 and {row["ui_lang"] for row in rows} == {"ru", "en"}


@pytest.mark.parametrize("row", _queries(), ids=lambda row: f"{row['ui_lang']}:{row['query']}")
def test_best_match_first(row: dict[str, str], index: dict[str, search.Index]) -> None:
    found = search.search(index[row["ui_lang"]], row["query"])
    if row["expected_first"] == "-":
        assert found == [], f"{row['query']} should name no region: {row['also_acceptable_or_note']}"
    else:
        assert found and found[0] in row["expected_first"].split("|"), (row["query"], found[:5])


def test_every_query_finds_the_same_first_region_in_either_ui_language(index: dict[str, search.Index]) -> None:
    for row in _queries():
        assert search.search(index["ru"], row["query"])[:1] == search.search(index["en"], row["query"])[:1]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Татар", ["RU-TA"]),  # not Altai, Stavropol, Saratov, Astrakhan (scattered т-а-т-а-р)
        ("Tatar", ["RU-TA"]),
        ("Питер", ["RU-SPE"]),  # not North Ossetia
        ("Москва", ["RU-MOW", "RU-MOS"]),  # not Kemerovo, Tambov; the oblast by the stem, after the city
        ("Уфа", ["RU-BA"]),
        ("Алтай", ["RU-ALT", "RU-AL"]),
    ],
)
def test_no_stray_letter_matches(query: str, expected: list[str], index: dict[str, search.Index]) -> None:
    assert search.search(index["ru"], query) == expected


def test_a_city_finds_the_region_named_after_it_second_by_its_stem(index: dict[str, search.Index]) -> None:
    ru = index["ru"]
    assert [(m.code, m.rank) for m in search.matches(ru, "Москва")] == [
        ("RU-MOW", search.EXACT),
        ("RU-MOS", search.STEM),
    ]
    assert search.search(ru, "Ленинград")[:1] == ["RU-LEN"]
    assert search.stem("москва") == "моск" and search.stem("питер") is None and search.stem("moscow") is None
    assert search.search(ru, "Тамбов") == ["RU-TAM"]  # a stem never reaches past a word's start


def test_exact_alias_beats_a_longer_name_that_starts_the_same(index: dict[str, search.Index]) -> None:
    assert search.search(index["en"], "Sakha") == ["RU-SA", "RU-SAK"]
    assert search.search(index["ru"], "Саха") == ["RU-SA", "RU-SAK"]
    assert search.search(index["ru"], "Новгород") == ["RU-NGR", "RU-NIZ"]  # a name's start beats a later word


def test_case_yo_dashes_and_the_city_prefix_do_not_matter(index: dict[str, search.Index]) -> None:
    ru = index["ru"]
    for typed in ("орёл", "ОРЕЛ", " Орел "):
        assert search.search(ru, typed)[:1] == ["RU-ORL"]
    assert search.search(ru, "ростов на дону") == search.search(ru, "Ростов-на-Дону") == ["RU-ROS"]
    assert search.search(ru, "г. Москва")[:1] == ["RU-MOW"]
    assert search.search(ru, "ханты мансийск")[:1] == ["RU-KHM"]


def test_latin_and_cyrillic_both_find_a_region_on_either_ui(index: dict[str, search.Index]) -> None:
    assert search.search(index["ru"], "Kazan") == search.search(index["en"], "Казань") == ["RU-TA"]


def test_a_match_says_which_term_named_the_region(index: dict[str, search.Index]) -> None:
    (match,) = search.matches(index["ru"], "Питер")
    assert (match.code, match.rank, match.source, match.term) == ("RU-SPE", search.EXACT, search.ALIAS, "Питер")
    (capital,) = search.matches(index["ru"], "Казань")
    assert capital.source == search.CAPITAL and capital.term == "Казань"
    first = search.matches(index["ru"], "Смолен")[0]
    assert (first.code, first.rank, first.source) == ("RU-SMO", search.PREFIX, search.NAME)


def test_empty_odd_and_long_queries_find_nothing_or_are_cut(index: dict[str, search.Index]) -> None:
    ru = index["ru"]
    assert search.search(ru, "") == search.search(ru, "   ") == search.search(ru, "—·-") == []
    assert search.search(ru, "x" * 10_000) == []
    assert search.search(ru, "Смоленская область" + " " * 500 + "zzz") == ["RU-SMO"]  # past QUERY_MAX: not read
    assert search.search(ru, "Смол", limit=1) == ["RU-SMO"]


def test_ranked_options_keeps_only_allowed_codes_in_rank_order(index: dict[str, search.Index]) -> None:
    assert search.ranked_options(index["ru"], "Алтай", ["RU-AL", "RU-SMO"]) == ["RU-AL"]
    assert search.ranked_options(index["ru"], "", ["RU-SMO", "RU-AL"]) == ["RU-SMO", "RU-AL"]


def test_a_registry_without_capitals_or_aliases_still_searches_by_name() -> None:
    rows = [
        {"region_iso": "RU-SMO", "name_ru": "Смоленская область", "name_en": "Smolensk Oblast"},
        {"region_iso": "RU-SAR", "name_ru": "Саратовская область", "name_en": "Saratov Oblast", "aliases": None},
    ]
    tiny = search.build_index(rows, "en")
    assert search.search(tiny, "oblast") == ["RU-SAR", "RU-SMO"]  # same rank: alphabetical by the English name
    assert search.search(tiny, "смол") == ["RU-SMO"]
    assert search.search(tiny, "сра") == []
    assert tiny.names == {"RU-SMO": "Smolensk Oblast", "RU-SAR": "Saratov Oblast"}


# --- the widgets (AppTest): the profile's chooser, the sidebar filter and the presenter's region slide


def _app(page: str | None = None, **query: str) -> AppTest:
    return opened(page, **query)


def _results(at: AppTest, key: str) -> list[str]:
    return [b.label for b in at.button if b.key and b.key.startswith(f"{key}.pick.")]


def test_profile_chooser_finds_piter_and_opens_saint_petersburg() -> None:
    at = _app("app_pages/region.py")
    at.text_input(key=state.SEARCH_PROFILE).input("Питер").run()
    assert _results(at, state.SEARCH_PROFILE) == ["г. Санкт-Петербург — Питер"]
    at.button(key=f"{state.SEARCH_PROFILE}.pick.RU-SPE").click().run()
    assert not at.exception and at.title[0].value == "г. Санкт-Петербург"
    assert at.selectbox(key=state.REGION).value == "RU-SPE"
    assert at.text_input(key=state.SEARCH_PROFILE).value == ""  # emptied once the region is chosen
    assert at.query_params["region"] == "RU-SPE"  # in the link


@pytest.mark.parametrize(
    ("lang", "label"),
    [("ru", "Смоленская область — Смаленская вобласць"), ("be", "Смоленская область"), ("en", "Smolensk Oblast")],
)
def test_profile_chooser_finds_smolensk_by_its_belarusian_name(lang: str, label: str) -> None:
    at = _app("app_pages/region.py", lang=lang)
    at.text_input(key=state.SEARCH_PROFILE).input("Смаленск").run()
    assert _results(at, state.SEARCH_PROFILE) == [label]  # the Russian UI says why; the English shows no Cyrillic
    at.button(key=f"{state.SEARCH_PROFILE}.pick.RU-SMO").click().run()
    assert not at.exception and at.query_params["region"] == "RU-SMO"


def test_profile_chooser_ranks_tatarstan_alone_and_speaks_the_ui_language() -> None:
    at = _app("app_pages/region.py")
    at.text_input(key=state.SEARCH_PROFILE).input("Татар").run()
    assert _results(at, state.SEARCH_PROFILE) == ["Республика Татарстан"]
    at.text_input(key=state.SEARCH_PROFILE).input("с").run()  # 14 regions have a word starting with «с»
    assert len(_results(at, state.SEARCH_PROFILE)) == 8
    assert any("…и ещё 6: уточните запрос." in c.value for c in at.caption)
    at.text_input(key=state.SEARCH_PROFILE).input("Минск").run()
    assert not _results(at, state.SEARCH_PROFILE)
    assert any("регион не найден" in c.value for c in at.caption)
    en = _app("app_pages/region.py", lang="en")
    en.text_input(key=state.SEARCH_PROFILE).input("Kazan").run()
    assert _results(en, state.SEARCH_PROFILE) == ["Republic of Tatarstan — Kazan"]
    en.text_input(key=state.SEARCH_PROFILE).input("Казань").run()
    assert _results(en, state.SEARCH_PROFILE) == ["Republic of Tatarstan"]  # no Russian data text on the English UI


def test_sidebar_filter_adds_the_region_found_and_keeps_the_choice() -> None:
    at = _app("app_pages/visits.py")
    at.text_input(key=state.SEARCH_FILTER).input("Tatar").run()
    assert _results(at, state.SEARCH_FILTER) == ["Республика Татарстан"]
    at.button(key=f"{state.SEARCH_FILTER}.pick.RU-TA").click().run()
    assert not at.exception and at.multiselect(key=state.REGIONS).value == ["RU-TA"]
    at.text_input(key=state.SEARCH_FILTER).input("Москва").run()
    assert _results(at, state.SEARCH_FILTER) == ["г. Москва", "Московская область"]
    at.button(key=f"{state.SEARCH_FILTER}.pick.RU-MOW").click().run()
    assert at.multiselect(key=state.REGIONS).value == ["RU-TA", "RU-MOW"]
    at.text_input(key=state.SEARCH_FILTER).input("Казань").run()
    (chosen,) = [b for b in at.button if b.key == f"{state.SEARCH_FILTER}.pick.RU-TA"]
    assert chosen.disabled and chosen.label == "Республика Татарстан — Казань (уже в фильтре)"


def test_presenter_region_slide_is_chosen_by_search() -> None:
    at = _app(present="1", slide="6")
    at.text_input(key=state.SEARCH_PRESENT).input("Уфа").run()
    at.button(key=f"{state.SEARCH_PRESENT}.pick.RU-BA").click().run()
    assert not at.exception and at.title[0].value == "Республика Башкортостан"
    assert at.selectbox(key="present.region").value == "RU-BA"


def test_no_chooser_filters_by_scattered_letters() -> None:
    """Every selectbox and multiselect takes no typing (filter_mode=None), and no multiselect offers "Select all":
    Streamlit's filter matches scattered letters and its texts are English only."""
    calls = []
    for path in [*sorted((ROOT / "atlas" / "app").glob("*.py")), *sorted((ROOT / "app_pages").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("selectbox", "multiselect"):
                given = {kw.arg: kw.value for kw in node.keywords}
                calls.append((path.name, node.lineno, node.func.attr))  # type: ignore[attr-defined]
                mode = given.get("filter_mode")
                assert isinstance(mode, ast.Constant) and mode.value is None, (path.name, node.lineno)
                if node.func.attr == "multiselect":  # type: ignore[attr-defined]
                    everything = given.get("select_all")
                    assert isinstance(everything, ast.Constant) and everything.value is False, (path.name, node.lineno)
    assert len(calls) >= 6, calls  # the filters' and the compare lists' multiselects: one call each (widgets.py)


# --- the data: administrative centres and their sources (data/regions.csv)


def _rewrite_regions(folder: Path, change) -> None:  # noqa: ANN001 - a function of the rows
    path = folder / "regions.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows, columns = change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def test_every_region_has_a_sourced_administrative_centre(regions: pd.DataFrame) -> None:
    assert regions["capital_ru"].ne("").all() and regions["capital_en"].ne("").all()
    assert regions["capital_source_url"].ne("").all()
    centre = dict(zip(regions["region_iso"], regions["capital_ru"], strict=True))
    assert (centre["RU-LEN"], centre["RU-MOS"], centre["RU-IN"], centre["RU-KHM"]) == (
        "Гатчина", "Красногорск", "Магас", "Ханты-Мансийск",
    )  # fmt: skip


def test_a_centre_without_its_source_is_refused_with_row_and_column(bundled_copy: Path) -> None:
    def unsourced(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[str]]:
        rows[1]["capital_source_url"] = ""
        return rows, list(rows[0])

    _rewrite_regions(bundled_copy, unsourced)
    problems = loaders.load_all(bundled_copy).problems["regions"]
    assert [(p.row, p.column) for p in problems if p.level == "error"] == [(3, "capital_source_url")]
    assert "every fact needs its source" in problems[0].message


def test_a_registry_without_the_centre_columns_still_loads_and_searches(bundled_copy: Path) -> None:
    def older(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[str]]:
        return rows, [c for c in rows[0] if not c.startswith("capital_")]

    _rewrite_regions(bundled_copy, older)
    loaded = loaders.load_all(bundled_copy)
    assert not loaded.errors()
    frame = loaded.frames["regions"]
    assert frame["capital_ru"].eq("").all()
    index = search.build_index(frame.to_dict("records"), "ru")  # type: ignore[arg-type]
    assert search.search(index, "Татар") == ["RU-TA"] and search.search(index, "Казань") == []


# --- Belarusian names (data/regions.csv: name_be, from Unicode CLDR's Belarusian subdivision names)


@pytest.mark.parametrize("lang", ["ru", "en", "be"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Смаленск", "RU-SMO"),  # the city, as a Belarusian writes it: the start of «Смаленская вобласць»
        ("Бранск", "RU-BRY"),
        ("Пскоў", "RU-PSK"),
        ("Цвярская вобласць", "RU-TVE"),
        ("Масква", "RU-MOW"),
        ("Санкт-Пецярбург", "RU-SPE"),
    ],
)
def test_a_belarusian_name_finds_its_region_first(regions: pd.DataFrame, lang: str, query: str, expected: str) -> None:
    index = search.build_index(regions.to_dict("records"), lang)  # type: ignore[arg-type]
    assert search.search(index, query)[:1] == [expected]


def test_every_belarusian_name_has_its_source(regions: pd.DataFrame) -> None:
    named = regions[regions["name_be"].ne("")]
    assert len(named) == 83  # every code ISO 3166-2:RU lists; the six project codes have none in the source
    assert named["name_be_source_url"].str.startswith("https://github.com/unicode-org/cldr/").all()
    assert regions.loc[regions["name_be"].eq(""), "name_be_source_url"].eq("").all()
    assert dict(zip(named["region_iso"], named["name_be"], strict=True))["RU-SMO"] == "Смаленская вобласць"


def test_a_belarusian_name_without_its_source_is_refused_with_row_and_column(bundled_copy: Path) -> None:
    def unsourced(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[str]]:
        rows[1]["name_be_source_url"] = ""
        return rows, list(rows[0])

    _rewrite_regions(bundled_copy, unsourced)
    problems = loaders.load_all(bundled_copy).problems["regions"]
    assert [(p.row, p.column) for p in problems if p.level == "error"] == [(3, "name_be_source_url")]
    assert "name_be has a text: every fact needs its source" in problems[0].message
