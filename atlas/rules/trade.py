"""Trade rules: which figure is a region's default (period, side, basis), latest figures, years, the top importers."""

from __future__ import annotations

import pandas as pd

from atlas import config
from atlas.rules.sources import first_url

MEASURE_COLUMNS = list(config.MEASURES)


def trade_figures(trade: pd.DataFrame) -> pd.DataFrame:
    """Shape change: one row per source row and measure (wide → long), only cells holding an amount."""
    id_columns = [c for c in trade.columns if c not in MEASURE_COLUMNS]
    long = trade.melt(id_vars=id_columns, value_vars=MEASURE_COLUMNS, var_name="measure", value_name="value")
    return long.dropna(subset=["value"]).reset_index(drop=True)


PART_YEAR_MONTHS = {f"jan-{m}": i for i, m in enumerate(
    ("feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov"), start=2)}  # fmt: skip
# Tiers of the default-figure rule, best first: whose statistics, and whether the figure covers the whole year.
TIER_BY_YEAR, TIER_UNATTRIBUTED_YEAR, TIER_BY_PART, TIER_RU_YEAR = range(4)
OTHER_SIDE_COLUMNS = ("other_side", "other_value", "other_qualifier", "other_period", "other_source_url")


def default_trade(trade: pd.DataFrame, unit: str = config.MAP_UNIT) -> pd.DataFrame:
    """The figure shown by default for each region, year and measure (the rule of data/SCHEMA.md), one truth per
    figure: the map, its tooltip, the top ten, the profile, the slides and the brief all read this frame.

    Candidates: figures in `unit` (USD unless asked; roubles only for a rouble target) that are not forecasts, for
    the full year. Order: a stated year before one inferred or
    dated by publication; then Belarusian statistics, then statistics of no stated side, then Russian statistics;
    then exact before approximate; then the newest source. Russian statistics can run several times the Belarusian
    side's for the same region (goods recorded where the buying firm is registered), so a Russian-side full-year
    figure is the default only where Belarusian statistics give nothing for that year: a Belarusian figure for part
    of the year (the longest) comes first, shown with its months.

    Added columns: `n_figures` (candidates of that region, year and measure, so the UI can say other figures
    exist) and `other_*` (the other statistics side's best figure of the same year, shown beside the default, or
    empty): `other_side`, `other_value`, `other_qualifier`, `other_period`, `other_source_url`.
    """
    figures = trade_figures(trade)
    usable = figures[(figures["unit"] == unit) & (figures["qualifier"] != "forecast")].copy()
    full = usable["period"].eq("year")
    side = usable["stats_side"].fillna("")
    keys = [config.REGION_KEY, "year", "measure"]
    key_index = pd.MultiIndex.from_frame(usable[keys])
    full_sides = usable[full].assign(_ru=side[full].eq("RU")).groupby(keys)["_ru"].all()
    only_russian_full_year = pd.Series(key_index.map(full_sides.to_dict()), index=usable.index).eq(True)
    part_by = usable["period"].isin(list(PART_YEAR_MONTHS)) & side.eq("BY") & only_russian_full_year
    usable["_tier"] = TIER_UNATTRIBUTED_YEAR
    usable.loc[full & side.eq("BY"), "_tier"] = TIER_BY_YEAR
    usable.loc[full & side.eq("RU"), "_tier"] = TIER_RU_YEAR
    usable.loc[part_by, "_tier"] = TIER_BY_PART
    eligible = usable[full | part_by].copy()
    eligible["_not_stated"] = eligible["year_basis"].ne("stated")
    eligible["_approx"] = eligible["qualifier"].ne("exact")
    eligible["_months"] = eligible["period"].map(PART_YEAR_MONTHS).fillna(12)
    ranked = eligible.sort_values(
        ["_not_stated", "_tier", "_months", "_approx", "source_date_start"],
        ascending=[True, True, False, True, False],
        kind="stable",
        na_position="last",  # an undated source comes after every dated one
    )
    counts = ranked.groupby(keys).size().rename("n_figures")
    chosen = ranked.drop_duplicates(keys).join(counts, on=keys)
    chosen = _with_other_side(chosen, usable, keys)
    helpers = ["_tier", "_not_stated", "_approx", "_months"]
    return chosen.drop(columns=helpers).reset_index(drop=True)


def _with_other_side(chosen: pd.DataFrame, usable: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Each default with the best figure of the other statistics side (BY or RU, full year first, newest first)."""
    sided = usable[usable["stats_side"].isin(["BY", "RU"])].copy()
    sided["_part"] = sided["period"].ne("year")
    sided = sided.sort_values(["_part", "source_date_start"], ascending=[True, False], na_position="last")
    out = chosen.copy()
    for column in OTHER_SIDE_COLUMNS:
        out[column] = pd.Series([None] * len(out), index=out.index, dtype=object)
    for index, row in out.iterrows():
        match = sided[
            (sided[config.REGION_KEY] == row[config.REGION_KEY])
            & (sided["year"] == row["year"])
            & (sided["measure"] == row["measure"])
            & (sided["stats_side"] != (row["stats_side"] or ""))
        ]
        if row["stats_side"] not in ("BY", "RU"):
            match = match[match["stats_side"] == "RU"]  # an unattributed default: Russian statistics beside it
        if match.empty:
            continue
        other = match.iloc[0]
        out.loc[index, list(OTHER_SIDE_COLUMNS)] = [other["stats_side"], float(other["value"]), other["qualifier"],
                                                    other["period"], other["source_url"]]  # fmt: skip
    out["other_value"] = pd.to_numeric(out["other_value"])
    return out


def latest_figures(defaults: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Each region's latest default figure of `measure` (Russia's total excluded): THE latest figure, wherever the
    atlas says "latest" (map, tooltip, top ten, profile cards, slides, brief)."""
    rows = defaults[(defaults["measure"] == measure) & (defaults[config.REGION_KEY] != config.COUNTRY_TOTAL)]
    return rows.sort_values("year", ascending=False, kind="stable").drop_duplicates(config.REGION_KEY)


def trade_years(defaults: pd.DataFrame, measure: str) -> list[int]:
    """Years with at least one regional default figure for `measure`, newest first."""
    regional = defaults[(defaults["measure"] == measure) & (defaults[config.REGION_KEY] != config.COUNTRY_TOTAL)]
    return sorted({int(y) for y in regional["year"]}, reverse=True)


def trade_history(defaults: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Every region's default figures of `measure` year by year (Russia's total excluded), ascending by region and
    year: a year without a figure has no row (a gap, never a zero)."""
    rows = defaults[(defaults["measure"] == measure) & (defaults[config.REGION_KEY] != config.COUNTRY_TOTAL)]
    rows = rows.drop_duplicates([config.REGION_KEY, "year"])
    return rows.sort_values([config.REGION_KEY, "year"], kind="stable").reset_index(drop=True)


def trade_for_map(defaults: pd.DataFrame, measure: str, year: int | None) -> pd.DataFrame:
    """One default figure per region for `measure`: for `year`, or each region's latest (`latest_figures`)."""
    if year is None:
        return latest_figures(defaults, measure).reset_index(drop=True)
    rows = defaults[(defaults["measure"] == measure) & (defaults[config.REGION_KEY] != config.COUNTRY_TOTAL)]
    return rows[rows["year"] == year].drop_duplicates(config.REGION_KEY).reset_index(drop=True)


def top_importers(rankings: pd.DataFrame, defaults: pd.DataFrame, year: int) -> pd.DataFrame:
    """The MFA's list of top importing regions for `year`, each with its latest default figures on record — the
    same figure as the map's "latest" (`latest_figures`), even when newer than the list.

    Columns: region_iso, rank (as the source gives it, may be empty), and for exports and turnover:
    `<measure>`, `<measure>_year`, `<measure>_qualifier`, `<measure>_period`, `<measure>_basis`,
    `<measure>_source` (empty where nothing is on record).
    """
    listed = rankings[
        (rankings["year"] == year)
        & (rankings["ranking"] == "by_exports")
        & (rankings["source_url"].map(first_url) == config.MFA_SOURCE_URL)
    ]
    if listed.empty:  # no Ministry list for that year: fall back to any by_exports list of the year
        listed = rankings[(rankings["year"] == year) & (rankings["ranking"] == "by_exports")]
    table = listed[[config.REGION_KEY, "rank"]].drop_duplicates(config.REGION_KEY).reset_index(drop=True)
    for measure in ("export_from_belarus", "turnover"):
        latest = latest_figures(defaults, measure).set_index(config.REGION_KEY)
        table[measure] = table[config.REGION_KEY].map(latest["value"])
        table[f"{measure}_year"] = table[config.REGION_KEY].map(latest["year"]).astype("Int64")
        table[f"{measure}_qualifier"] = table[config.REGION_KEY].map(latest["qualifier"])
        table[f"{measure}_period"] = table[config.REGION_KEY].map(latest["period"])
        table[f"{measure}_basis"] = table[config.REGION_KEY].map(latest["year_basis"])
        table[f"{measure}_source"] = table[config.REGION_KEY].map(latest["source_url"])
    return table
