"""Filters, default-figure rules, aggregations and reconciliations on tidy frames. Pure pandas: no Streamlit."""

from __future__ import annotations

import pandas as pd

from atlas import config, escape

MEASURE_COLUMNS = list(config.MEASURES)
AGREEMENT_STATUSES = ("intergovernmental", "other_agreement", "plan_only", "none")


def first_url(source_url: str) -> str:
    """The first of ' | '-separated addresses."""
    return source_url.split(" | ")[0].strip()


def source_label(source_url: str) -> str:
    """A short, readable name for a source: its host without 'www.' ('belta.by'), '+N' when there are more."""
    urls = [u.strip() for u in source_url.split(" | ") if u.strip()]
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


def region_names(regions: pd.DataFrame, lang: str) -> dict[str, str]:
    """region_iso → name in `lang`, with Russia's total row named too."""
    column = "name_en" if lang == "en" else "name_ru"
    names = dict(zip(regions[config.REGION_KEY], regions[column], strict=True))
    names[config.COUNTRY_TOTAL] = "Russia (total)" if lang == "en" else "Россия (всего)"
    return names


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


def default_trade(trade: pd.DataFrame) -> pd.DataFrame:
    """The figure shown by default for each region, year and measure (the rule of data/SCHEMA.md), one truth per
    figure: the map, its tooltip, the top ten, the profile, the slides and the brief all read this frame.

    Candidates: USD figures that are not forecasts, for the full year. Order: a stated year before one inferred or
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
    usable = figures[(figures["unit"] == config.MAP_UNIT) & (figures["qualifier"] != "forecast")].copy()
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


def trade_for_map(defaults: pd.DataFrame, measure: str, year: int | None) -> pd.DataFrame:
    """One default figure per region for `measure`: for `year`, or each region's latest (`latest_figures`)."""
    if year is None:
        return latest_figures(defaults, measure).reset_index(drop=True)
    rows = defaults[(defaults["measure"] == measure) & (defaults[config.REGION_KEY] != config.COUNTRY_TOTAL)]
    return rows[rows["year"] == year].drop_duplicates(config.REGION_KEY).reset_index(drop=True)


def agreement_status(agreements: pd.DataFrame) -> pd.Series:
    """Per region with any record: intergovernmental / other_agreement / plan_only (regions absent: no record).

    intergovernmental: an agreement (or memorandum) with the Government of Belarus that is signed or in force;
    other_agreement: signed agreements with oblasts, Minsk or ministries only; plan_only: plans, programmes,
    roadmaps or protocols, or agreements still planned.
    """
    signed = agreements["status"].isin(["signed", "in_force", "expired", "unknown"])
    is_agreement = agreements["kind"].isin(["agreement", "memorandum"]) & signed
    intergov = is_agreement & agreements["belarus_party"].eq("government")
    frame = agreements.assign(_rank=2)
    frame.loc[is_agreement, "_rank"] = 1
    frame.loc[intergov, "_rank"] = 0
    best = frame.groupby(config.REGION_KEY)["_rank"].min()
    return best.map(dict(enumerate(AGREEMENT_STATUSES))).rename("status")


def mfa_kpis(mfa_totals: pd.DataFrame, year: int | None = None) -> tuple[int, dict[str, int], str]:
    """(year, indicator → value, source_url) of the Ministry's totals for `year` (default: the latest)."""
    if year is None:
        year = int(mfa_totals["year"].max())
    rows = mfa_totals[mfa_totals["year"] == year]
    values = {str(k): int(v) for k, v in zip(rows["indicator"], rows["value"], strict=True)}
    urls = rows["source_url"].unique().tolist()
    return year, values, urls[0] if urls else config.MFA_SOURCE_URL


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


def unmapped_regions(regions: pd.DataFrame, referenced: set[str]) -> list[str]:
    """Codes the data mentions that have no polygon to draw, in registry order."""
    no_polygon = regions.loc[~regions["has_polygon"], config.REGION_KEY]
    return [code for code in no_polygon if code in referenced]


def referenced_regions(frames: dict[str, pd.DataFrame]) -> set[str]:
    """Every region code that any loaded dataset mentions (Russia's total excluded)."""
    codes: set[str] = set()
    for name, frame in frames.items():
        if name != "regions" and config.REGION_KEY in frame.columns:
            codes |= set(frame[config.REGION_KEY])
    return codes - {config.COUNTRY_TOTAL}


def filter_rows(
    frame: pd.DataFrame,
    regions: pd.DataFrame,
    *,
    years: tuple[int, int] | None = None,
    districts: tuple[str, ...] = (),
    codes: tuple[str, ...] = (),
    year_column: str | None = None,
) -> pd.DataFrame:
    """Rows within the year span (by `year_column`, a year or a partial-date `<col>_start`), districts and regions.

    A row without a date is kept only when no year span narrows the view (its year is unknown, not outside).
    """
    keep = pd.Series(True, index=frame.index)
    if years is not None and year_column is not None:
        column = frame[year_column]
        year = column.dt.year if pd.api.types.is_datetime64_any_dtype(column) else column
        keep &= year.between(years[0], years[1]).fillna(False).astype(bool)
    if districts:
        in_districts = set(regions.loc[regions["federal_district"].isin(districts), config.REGION_KEY])
        keep &= frame[config.REGION_KEY].isin(in_districts)
    if codes:
        keep &= frame[config.REGION_KEY].isin(codes)
    return frame[keep]


# The Ministry's visit totals of a year, and which records on file each one counts (the Ambassador's meetings are
# reported apart from the 129 Belarusian delegations): (indicator, direction, levels,
# at_forum: True/False/None for "either").
VISIT_RECONCILIATION: tuple[tuple[str, str, tuple[str, ...], bool | None], ...] = (
    ("ru_head_delegations", "RU->BY", ("head_of_region",), False),
    ("ru_head_delegations_forum", "RU->BY", ("head_of_region",), True),
    ("ru_deputy_governor_delegations", "RU->BY", ("deputy_governor",), None),
    ("ru_regional_minister_delegations", "RU->BY", ("regional_minister",), None),
    ("by_delegations", "BY->RU", tuple(lv for lv in config.VISIT_LEVELS if lv != "ambassador"), None),
    ("by_prime_minister_visits", "BY->RU", ("prime_minister",), None),
    ("by_deputy_pm_visits", "BY->RU", ("deputy_prime_minister",), None),
    ("ambassador_meetings", "BY->RU", ("ambassador",), None),
)


def reconcile_visits(visits: pd.DataFrame, reported: dict[str, int], year: int) -> pd.DataFrame:
    """For each of the Ministry's visit totals of `year`: how many matching visits the atlas has on record.

    Columns: indicator, on_record, reported (NA where the Ministry gives no figure).
    """
    in_year = visits[visits["date_start"].dt.year == year]
    rows = []
    for indicator, direction, levels, at_forum in VISIT_RECONCILIATION:
        match = (in_year["direction"] == direction) & in_year["level"].isin(levels)
        if at_forum is not None:
            match &= in_year["at_forum"] == at_forum
        rows.append({"indicator": indicator, "on_record": int(match.sum()), "reported": reported.get(indicator)})
    return pd.DataFrame(rows).astype({"reported": "Int64"})


def visit_counts(visits: pd.DataFrame, period: str) -> pd.DataFrame:
    """Visits per period ('year' or 'month') and direction; a month count uses only visits dated to the month."""
    if period == "month":
        dated = visits[visits["date_precision"].isin(["month", "day"])]
        key = dated["date_start"].dt.to_period("M").dt.to_timestamp()
    else:
        dated = visits
        key = dated["date_start"].dt.year
    counts = dated.assign(period=key).groupby(["period", "direction"]).size().rename("visits").reset_index()
    return counts.sort_values(["period", "direction"]).reset_index(drop=True)


def reconcile_meetings(meetings: pd.DataFrame, reported: dict[str, int], year: int) -> pd.DataFrame:
    """Working-group meetings, plans and protocols of `year` on record against the Ministry's totals."""
    in_year = meetings[meetings["date_start"].dt.year == year]
    rows = [
        ("wg_meetings", len(in_year)),
        ("medium_term_plans", int(in_year["plan_signed"].sum())),
        ("wg_protocols", int(in_year["protocol_signed"].sum())),
    ]
    frame = pd.DataFrame(
        [{"indicator": k, "on_record": n, "reported": reported.get(k)} for k, n in rows],
    )
    return frame.astype({"reported": "Int64"})


WG_ACTIVITY = ("meetings_3plus", "meetings_1_2", "body_only", "none")


def wg_activity(working_groups: pd.DataFrame, meetings: pd.DataFrame) -> pd.DataFrame:
    """Per region with a body: meetings on record and an activity class (3+ meetings, 1–2, a body but none)."""
    counts = meetings.groupby(config.REGION_KEY).size()
    per_region = working_groups.groupby(config.REGION_KEY).size().rename("bodies").to_frame()
    per_region["meetings"] = counts.reindex(per_region.index).fillna(0).astype(int)
    per_region["activity"] = pd.cut(
        per_region["meetings"], bins=[-1, 0, 2, 10**6], labels=["body_only", "meetings_1_2", "meetings_3plus"]
    ).astype(str)
    return per_region.reset_index()
