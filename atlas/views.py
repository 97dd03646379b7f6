"""View models: what a page shows, built from tidy frames, localised, ready to render. No Streamlit.

Each function takes loaded frames and plain arguments (measure, year, language) and returns figures, frames and
strings; `atlas.cache` memoises them by those small arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from atlas import charts, config, escape, i18n, loaders, ranked, svgmap, transform


@dataclass(frozen=True)
class MapView:
    """A ready map: what the map component draws, plus the sentences printed around it."""

    spec: svgmap.MapSpec
    title: str
    coverage: str
    notes: tuple[str, ...]
    alt: str


def _registry_frame(regions: pd.DataFrame, drawn: list[str]) -> pd.DataFrame:
    """The drawn regions in registry order, with their names and districts."""
    columns = [config.REGION_KEY, "name_ru", "name_en", "federal_district"]
    return regions.loc[regions[config.REGION_KEY].isin(drawn), columns].reset_index(drop=True)


def _trade_tip(row: pd.Series, lang: str, name: str, measure_label: str) -> list[str]:
    """Hover lines of one region on the trade map (plain text; the first line is the region's name)."""
    if pd.isna(row.get("value")):
        return [name, f"{measure_label}: {i18n.t('no_data', lang)}"]
    marks = i18n.figure_marks(str(row.get("period", "year")), str(row.get("year_basis", "stated")), lang)
    lines = [
        name,
        f"{measure_label}: {i18n.amount(row['value'], row['unit'], lang, row['qualifier'])}",
        f"{i18n.t('hover.year', lang)}: {int(row['year'])}" + (f" ({', '.join(marks)})" if marks else ""),
    ]
    if row.get("stats_side") in ("BY", "RU"):
        lines.append(i18n.t(f"side.{row['stats_side']}", lang))
    beside = i18n.other_side(row.get("other_side"), row.get("other_value"), row.get("other_qualifier"),
                             row.get("other_period"), lang)  # fmt: skip
    if beside:
        lines.append(beside)
    lines.append(f"{i18n.t('hover.source', lang)}: {transform.source_label(row['source_url'])}")
    if int(row.get("n_figures", 1)) > 1:
        lines.append(i18n.t("hover.more_figures", lang, n=int(row["n_figures"]) - 1))
    return lines


def _spec(
    shown: pd.DataFrame,
    names: dict[str, str],
    colours: pd.Series,
    tips: list[list[str]],
    legend: list[tuple[str, str]],
    *,
    title: str,
    alt: str,
    lang: str,
    legend_title: str = "",
) -> svgmap.MapSpec:
    codes = shown[config.REGION_KEY].tolist()
    return svgmap.MapSpec(
        title=title,
        fills=dict(zip(codes, colours, strict=True)),
        tips=dict(zip(codes, tips, strict=True)),
        names={code: names.get(code, code) for code in codes},
        legend=[svgmap.LegendItem(label, colour) for label, colour in legend],
        legend_title=legend_title,
        belarus_label=i18n.t("map.belarus", lang),
        belarus_fill=charts.BELARUS_FILL,
        belarus_line=charts.BELARUS_LINE,
        border=charts.BORDER_COLOUR,
        alt=alt,
    )


def trade_map(
    regions: pd.DataFrame,
    trade: pd.DataFrame,
    drawn: list[str],
    *,
    measure: str,
    year: int | None,
    lang: str,
    defaults: pd.DataFrame | None = None,
) -> MapView:
    """Choropleth of a trade measure for `year` (None: each region's latest year), classed in USD million.

    `defaults` is `transform.default_trade(trade)` when the caller already has it (it is the same for every map).
    """
    if defaults is None:
        defaults = transform.default_trade(trade)
    values = transform.trade_for_map(defaults, measure, year).set_index(config.REGION_KEY)
    shown = _registry_frame(regions, drawn)
    joined = shown.join(values, on=config.REGION_KEY)
    names = transform.region_names(regions, lang)
    measure_label = i18n.t(f"measure.{measure}", lang)
    palette = [*charts.TRADE_COLOURS, charts.NO_DATA_COLOUR]
    classes = charts.trade_class(joined["value"]).fillna(len(charts.TRADE_COLOURS)).astype(int)
    tips = [_trade_tip(row, lang, names[row[config.REGION_KEY]], measure_label) for _, row in joined.iterrows()]
    year_text = str(year) if year is not None else i18n.t("map.latest_years", lang)
    title = i18n.t("map.title.trade", lang, measure=measure_label, year=year_text)
    n_with = int(joined["value"].notna().sum())
    coverage = i18n.t("map.coverage", lang, n=n_with, total=len(shown))
    alt = i18n.t("map.alt", lang, title=title, coverage=coverage)
    spec = _spec(
        shown, names, classes.map(lambda i: palette[i]), tips,
        list(zip([*charts.class_labels(lang), i18n.t("legend.no_data", lang)], palette, strict=True)),
        title=title, alt=alt, lang=lang, legend_title=i18n.t("unit.usd_mn", lang),
    )  # fmt: skip
    return MapView(spec, title, coverage, (i18n.t("map.rule", lang),), alt)


def agreements_map(
    regions: pd.DataFrame,
    agreements: pd.DataFrame,
    mfa: tuple[int, dict[str, int], str] | None,
    drawn: list[str],
    *,
    lang: str,
) -> MapView:
    """Choropleth of each region's agreement status with Belarus."""
    status = transform.agreement_status(agreements)
    shown = _registry_frame(regions, drawn)
    per_region = shown[config.REGION_KEY].map(status).fillna("none")
    order = list(transform.AGREEMENT_STATUSES)
    counts = agreements.groupby(config.REGION_KEY).size()
    extra = shown[config.REGION_KEY].map(
        lambda code: i18n.t("hover.documents", lang, n=int(counts[code])) if code in counts.index else ""
    )
    notes: tuple[str, ...] = ()
    if mfa is not None:
        _, values, _ = mfa
        if "agreements_total" in values and "agreement_regions" in values:
            notes = (
                i18n.t(
                    "status.caveat",
                    lang,
                    total=values["agreements_total"],
                    regions=values["agreement_regions"],
                    n=status.index.nunique(),
                ),
            )
    return _category_map(
        regions, shown, per_region, order, [charts.STATUS_COLOURS[s] for s in order], "status", extra,
        title=i18n.t("map.title.agreements", lang), lang=lang, notes=notes,
    )  # fmt: skip


def _category_map(
    regions: pd.DataFrame,
    shown: pd.DataFrame,
    per_region: pd.Series,
    order: list[str],
    colours: list[str],
    label_key: str,
    extra_hover: pd.Series,
    *,
    title: str,
    lang: str,
    notes: tuple[str, ...] = (),
) -> MapView:
    """A choropleth of one category per region (the category "none" means no record)."""
    names = transform.region_names(regions, lang)
    tips = [
        [names[code], i18n.t(f"{label_key}.{state}", lang), *([more] if more else [])]
        for code, state, more in zip(shown[config.REGION_KEY], per_region, extra_hover, strict=True)
    ]
    colour_of = dict(zip(order, colours, strict=True))
    coverage = i18n.t("map.coverage", lang, n=int(per_region.ne("none").sum()), total=len(shown))
    alt = i18n.t("map.alt", lang, title=title, coverage=coverage)
    legend = [(i18n.t(f"{label_key}.{s}", lang), colour_of[s]) for s in order]
    spec = _spec(shown, names, per_region.map(colour_of), tips, legend, title=title, alt=alt, lang=lang)
    return MapView(spec, title, coverage, notes, alt)


def top_importers_table(
    regions: pd.DataFrame, rankings: pd.DataFrame, trade: pd.DataFrame, year: int, lang: str
) -> pd.DataFrame:
    """The MFA's top-10 list of `year` with the figures on record, as display columns (localised headers)."""
    defaults = transform.default_trade(trade)
    table = transform.top_importers(rankings, defaults, year)
    names = transform.region_names(regions, lang)

    def figure_text(row: pd.Series, measure: str) -> str:
        value = row[measure]
        if pd.isna(value):
            return i18n.t("no_data", lang)
        amount = i18n.amount(value, config.MAP_UNIT, lang, row[f"{measure}_qualifier"])
        marks = i18n.figure_marks(str(row[f"{measure}_period"]), str(row[f"{measure}_basis"]), lang)
        return f"{amount} ({', '.join([str(int(row[f'{measure}_year'])), *marks])})"

    return pd.DataFrame(
        {
            config.REGION_KEY: table[config.REGION_KEY],
            i18n.t("region", lang): table[config.REGION_KEY].map(names),
            i18n.t("top.col.exports", lang): [figure_text(r, "export_from_belarus") for _, r in table.iterrows()],
            i18n.t("top.col.turnover", lang): [figure_text(r, "turnover") for _, r in table.iterrows()],
            i18n.t("source", lang): [
                transform.first_url(s) if isinstance(s, str) else ""
                for s in table["turnover_source"].where(
                    table["turnover_source"].notna(), table["export_from_belarus_source"]
                )
            ],
            "_turnover": table["turnover"],
            "_turnover_text": [figure_text(r, "turnover") for _, r in table.iterrows()],
        }
    )


def top_importers_chart(table: pd.DataFrame, lang: str) -> ranked.RankedBars:
    """Bars of the turnover on record for each listed region, largest first; regions without a figure say so."""
    ordered = table.assign(_known=table["_turnover"].notna()).sort_values(
        ["_known", "_turnover"], ascending=[False, False]
    )
    bars = [
        ranked.Bar(code, label, None, text)
        if pd.isna(value)
        else ranked.Bar(code, label, float(value), text, url, transform.source_label(url) if url else "")
        for code, label, value, text, url in zip(
            ordered[config.REGION_KEY],
            ordered[i18n.t("region", lang)],
            ordered["_turnover"],
            ordered["_turnover_text"],
            ordered[i18n.t("source", lang)].fillna(""),
            strict=True,
        )
    ]
    return ranked.RankedBars(
        title=i18n.t("top.chart.title", lang),
        bars=bars,
        colour=charts.TRADE_COLOURS[3],
        missing_colour=charts.NO_DATA_COLOUR,
    )


def dataset_health(loaded: loaders.Datasets, lang: str) -> pd.DataFrame:
    """One row per data file: name, rows loaded, status (ok / warnings / errors) and the first problem."""
    rows = []
    for name in loaders.LOAD_ORDER:
        problems = loaded.problems.get(name, [])
        frame = loaded.frames.get(name)
        if frame is None:
            status = i18n.t("sources.status.error", lang)
        elif problems:
            status = i18n.t("sources.status.warning", lang)
        else:
            status = i18n.t("sources.status.ok", lang)
        rows.append(
            {
                i18n.t("sources.col.file", lang): f"{name}.csv",
                i18n.t("sources.col.status", lang): status,
                i18n.t("sources.col.rows", lang): None if frame is None else len(frame),
                i18n.t("sources.col.problem", lang): str(problems[0]) if problems else "",
            }
        )
    return pd.DataFrame(rows)


# --- visits, working groups, forums

DIRECTION_SYMBOLS = {"RU->BY": "triangle-left", "BY->RU": "triangle-right"}


def _sources_column(urls: pd.Series) -> pd.Series:
    return urls.map(transform.first_url)


def profile_links(codes: pd.Series, lang: str) -> pd.Series:
    """A link to each region's profile page (relative to the app, so it works behind any host or proxy)."""
    return codes.map(lambda code: f"./region?region={code}&lang={lang}")


def visits_table(visits: pd.DataFrame, regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Visits newest first, as display columns: date (partial dates stay partial), region, direction, level, …"""
    names = transform.region_names(regions, lang)
    ordered = loaders.localised(visits, lang).sort_values("date_start", ascending=False)
    return pd.DataFrame(
        {
            i18n.t("col.date", lang): ordered["date"].map(lambda d: i18n.partial_date(d, lang)),
            i18n.t("region", lang): ordered[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(ordered[config.REGION_KEY], lang),
            i18n.t("col.direction", lang): ordered["direction"].map(lambda d: i18n.t(f"direction.{d}", lang)),
            i18n.t("col.level", lang): ordered["level"].map(lambda v: i18n.t(f"level.{v}", lang)),
            i18n.t("col.head", lang): ordered["delegation_head"],
            i18n.t("col.purpose", lang): ordered["purpose"],
            i18n.t("source", lang): _sources_column(ordered["source_url"]),
        }
    )


def visits_timeline(visits: pd.DataFrame, regions: pd.DataFrame, lang: str) -> go.Figure:
    """Each visit a marker: date on x, level on y, colour by level, ◀ into Belarus / ▶ into Russia."""
    names = {code: escape.html_text(name) for code, name in transform.region_names(regions, lang).items()}
    visits = loaders.localised(visits, lang)
    fig = go.Figure()
    levels = [lv for lv in config.VISIT_LEVELS if lv in set(visits["level"])]
    for level in levels:
        for direction, symbol in DIRECTION_SYMBOLS.items():
            rows = visits[(visits["level"] == level) & (visits["direction"] == direction)]
            if rows.empty:
                continue
            hover = [
                f"<b>{i18n.partial_date(r.date, lang)}</b> · {names.get(r.region_iso, r.region_iso)}<br>"
                f"{i18n.t(f'direction.{direction}', lang)} · {i18n.t(f'level.{level}', lang)}<br>"
                f"{escape.html_text(_wrap(str(r.delegation_head), 70))}<br>{i18n.t('hover.source', lang)}: "
                f"{transform.source_label(r.source_url)}"
                for r in rows.itertuples()
            ]
            fig.add_trace(
                go.Scatter(
                    x=rows["date_start"],
                    y=[i18n.t(f"level.{level}", lang)] * len(rows),
                    mode="markers",
                    marker={
                        "symbol": symbol,
                        "size": 13,
                        "color": charts.LEVEL_COLOURS[level],
                        "line": {"width": 0.5, "color": "white"},
                    },  # fmt: skip
                    name=f"{i18n.t(f'level.{level}', lang)} · {i18n.t(f'direction.short.{direction}', lang)}",
                    hovertext=hover,
                    hoverinfo="text",
                    showlegend=False,
                )
            )
    for direction, symbol in DIRECTION_SYMBOLS.items():  # a two-entry key for the direction symbols
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=i18n.t(f"direction.{direction}", lang),
                marker={"symbol": symbol, "size": 13, "color": "#444"},
                showlegend=True,
            )  # fmt: skip
        )
    fig.update_layout(
        title={"text": i18n.t("visits.timeline.title", lang), "x": 0.01, "font": {"size": 16}},
        height=120 + 42 * max(len(levels), 1),
        margin={"l": 0, "r": 10, "t": 50, "b": 10},
        font={"family": charts.FONT, "size": 13},
        yaxis={"categoryorder": "array", "categoryarray": [i18n.t(f"level.{lv}", lang) for lv in levels][::-1]},
        xaxis={"showgrid": True, "gridcolor": "#eee"},
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom"},
        plot_bgcolor="white",
        paper_bgcolor="white",
        hoverlabel={"bgcolor": "white", "align": "left"},
    )
    return fig


def _wrap(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def counts_chart(counts: pd.DataFrame, period: str, lang: str) -> go.Figure:
    """Stacked bars of visits per year or month, one colour per direction."""
    fig = go.Figure()
    colours = {"RU->BY": "#0072B2", "BY->RU": "#E69F00"}
    for direction in config.VISIT_DIRECTIONS:
        rows = counts[counts["direction"] == direction]
        fig.add_trace(
            go.Bar(
                x=rows["period"],
                y=rows["visits"],
                name=i18n.t(f"direction.{direction}", lang),
                marker_color=colours[direction],
                text=rows["visits"],
                textposition="inside",
                textangle=0,  # counts read level; one that does not fit is hidden (uniformtext below), not turned
            )  # fmt: skip
        )
    fig.update_layout(
        barmode="stack",
        title={"text": i18n.t(f"visits.counts.{period}", lang), "x": 0.01, "font": {"size": 16}},
        height=340,
        margin={"l": 0, "r": 10, "t": 50, "b": 10},
        font={"family": charts.FONT, "size": 13},
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom"},
        xaxis={"dtick": 1} if period == "year" else {},
        plot_bgcolor="white",
        paper_bgcolor="white",
        separators=", " if lang == "ru" else ".,",
        uniformtext={"minsize": 11, "mode": "hide"},  # a count too big for its bar is left out, not shrunk to a speck
    )
    return fig


def reconciliation_table(reconciled: pd.DataFrame, lang: str) -> pd.DataFrame:
    """'N on record of M reported' for each Ministry total, in words."""

    def said(row: pd.Series) -> str:
        if pd.isna(row["reported"]):
            return i18n.t("reconcile.no_total", lang, n=row["on_record"])
        return i18n.t("reconcile.n_of_m", lang, n=row["on_record"], m=int(row["reported"]))

    return pd.DataFrame(
        {
            i18n.t("reconcile.col.what", lang): reconciled["indicator"].map(lambda k: i18n.t(f"mfa.{k}", lang)),
            i18n.t("reconcile.col.record", lang): reconciled.apply(said, axis=1),
        }
    )


def curators_table(working_groups: pd.DataFrame, meetings: pd.DataFrame, regions: pd.DataFrame, lang: str):
    """Bodies by region: kind, Belarusian curator, Russian co-chair, meetings on record, last meeting."""
    names = transform.region_names(regions, lang)
    last = (
        meetings.sort_values("date_start").groupby("wg_id").agg(meetings=("meeting_id", "size"), last=("date", "last"))
    )
    table = loaders.localised(working_groups, lang).join(last, on="wg_id")
    table = table.assign(_name=table[config.REGION_KEY].map(names)).sort_values("_name")
    return pd.DataFrame(
        {
            i18n.t("region", lang): table["_name"],
            i18n.t("col.profile", lang): profile_links(table[config.REGION_KEY], lang),
            i18n.t("col.body", lang): table["body_kind"].map(lambda k: i18n.t(f"body.{k}", lang)),
            i18n.t("col.curator", lang): table["belarus_curator"].replace("", "—"),
            i18n.t("col.cochair", lang): table["russia_cochair"].replace("", "—"),
            i18n.t("col.meetings", lang): table["meetings"].fillna(0).astype(int),
            i18n.t("col.last_meeting", lang): table["last"].map(
                lambda d: i18n.partial_date(d, lang) if isinstance(d, str) else "—"
            ),  # fmt: skip
            i18n.t("source", lang): _sources_column(table["source_url"]),
        }
    )


def meetings_table(meetings: pd.DataFrame, regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Meetings newest first: date, region, place, protocol / plan signed, outcome, source."""
    names = transform.region_names(regions, lang)
    ordered = loaders.localised(meetings, lang).sort_values("date_start", ascending=False, na_position="last")
    yes, no = i18n.t("yes", lang), "—"
    return pd.DataFrame(
        {
            i18n.t("col.date", lang): ordered["date"].map(lambda d: i18n.partial_date(d, lang)),
            i18n.t("region", lang): ordered[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(ordered[config.REGION_KEY], lang),
            i18n.t("col.place", lang): ordered["place"].replace("", "—"),
            i18n.t("col.protocol", lang): ordered["protocol_signed"].map({True: yes, False: no}),
            i18n.t("col.plan", lang): ordered["plan_signed"].map({True: yes, False: no}),
            i18n.t("col.outcome", lang): ordered["outcome"],
            i18n.t("source", lang): _sources_column(ordered["source_url"]),
        }
    )


def meetings_chart(meetings: pd.DataFrame, lang: str) -> go.Figure:
    """Meetings on record per year, with how many produced a protocol or a plan."""
    dated = meetings.dropna(subset=["date_start"])
    per_year = dated.groupby(dated["date_start"].dt.year).agg(
        meetings=("meeting_id", "size"), protocols=("protocol_signed", "sum"), plans=("plan_signed", "sum")
    )
    fig = go.Figure()
    for column, colour in (("meetings", "#0072B2"), ("protocols", "#009E73"), ("plans", "#E69F00")):
        fig.add_trace(go.Bar(x=per_year.index, y=per_year[column], name=i18n.t(f"wg.series.{column}", lang),
                             marker_color=colour, text=per_year[column], textposition="outside"))  # fmt: skip
    fig.update_layout(
        barmode="group",
        title={"text": i18n.t("wg.chart.title", lang), "x": 0.01, "font": {"size": 16}},
        height=340,
        margin={"l": 0, "r": 10, "t": 50, "b": 10},
        font={"family": charts.FONT, "size": 13},
        legend={"orientation": "h", "x": 1, "xanchor": "right", "y": 1.02, "yanchor": "bottom"},
        xaxis={"dtick": 1},
        plot_bgcolor="white",
        paper_bgcolor="white",
    )
    return fig


def wg_map(
    regions: pd.DataFrame,
    working_groups: pd.DataFrame,
    meetings: pd.DataFrame,
    drawn: list[str],
    lang: str,
) -> MapView:
    """Regions by working-group activity on record: 3+ meetings, 1–2, a body without recorded meetings, none."""
    activity = transform.wg_activity(working_groups, meetings).set_index(config.REGION_KEY)
    shown = _registry_frame(regions, drawn)
    per_region = shown[config.REGION_KEY].map(activity["activity"]).fillna("none")
    meetings_on_record = shown[config.REGION_KEY].map(activity["meetings"]).fillna(0).astype(int)
    order = list(transform.WG_ACTIVITY)
    extra = meetings_on_record.map(lambda n: i18n.t("wg.hover.meetings", lang, n=n) if n else "")
    return _category_map(
        regions, shown, per_region, order, list(charts.WG_COLOURS), "wg.activity", extra,
        title=i18n.t("wg.map.title", lang), lang=lang,
    )  # fmt: skip


def forums_table(forums: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The Forums of Regions, I to the latest: dates, host, theme, contracts, documents, source."""
    ordered = loaders.localised(forums, lang).sort_values("number")

    def contracts(row: pd.Series) -> str:
        if pd.isna(row["contracts_value"]):
            return i18n.t("no_data", lang)
        return i18n.amount(row["contracts_value"], row["contracts_unit"], lang, row["contracts_qualifier"] or "exact")

    def dates(row: pd.Series) -> str:
        start, end = row["start_date"], row["end_date"]
        if start and end and end != start:
            return f"{i18n.partial_date(start, lang)} – {i18n.partial_date(end, lang)}"
        return i18n.partial_date(start, lang) if start else str(row["year"])

    city = "host_city"
    return pd.DataFrame(
        {
            "№": ordered["number"].map(_roman),
            i18n.t("year", lang): ordered["year"].astype(int),
            i18n.t("col.dates", lang): ordered.apply(dates, axis=1),
            i18n.t("col.host", lang): ordered[city],
            i18n.t("col.country", lang): ordered["host_country"].map(lambda c: i18n.t(f"country.{c}", lang)),
            i18n.t("col.theme", lang): ordered["theme"].replace("", "—"),
            i18n.t("col.contracts", lang): ordered.apply(contracts, axis=1),
            i18n.t("col.documents", lang): ordered["agreements_count"].map(
                lambda n: "—" if pd.isna(n) else i18n.number(int(n), lang)
            ),
            i18n.t("source", lang): _sources_column(ordered["source_url"]),
        }
    )


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out, n = "", int(number)
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def forums_timeline(forums: pd.DataFrame, lang: str) -> go.Figure:
    """The forums on a year axis, numbered, placed above (in Belarus) or below (in Russia) the line."""
    forums = loaders.localised(forums, lang)
    city = "host_city"
    fig = go.Figure()
    fig.add_shape(type="line", x0=forums["year"].min() - 0.5, x1=forums["year"].max() + 0.5, y0=0, y1=0,
                  line={"color": "#9aa5b1", "width": 2})  # fmt: skip
    for country, y, colour in (("BY", 1, "#0c5aa6"), ("RU", -1, "#c0392b")):
        rows = forums[forums["host_country"] == country].sort_values("year")
        # neighbouring labels alternate between two rows so long host names do not overlap
        label_y = [y * (1.8 if i % 2 == 0 else 2.35) for i in range(len(rows))]
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=[y] * len(rows),
                mode="markers+text",
                marker={"size": 34, "color": colour},
                text=rows["number"].map(_roman),
                textfont={"color": "white", "size": 13},
                name=i18n.t(f"country.{country}", lang),
                hovertext=[
                    f"<b>{_roman(r.number)} · {int(r.year)}</b><br>{escape.html_text(getattr(r, city))}<br>"
                    f"{escape.html_text(_wrap(str(r.theme), 90))}"
                    for r in rows.itertuples()
                ],  # fmt: skip
                hoverinfo="text",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=rows["year"],
                y=label_y,
                mode="text",
                text=rows[city].map(lambda c: _wrap(c, 24)),
                textfont={"size": 12, "color": "#333"},
                showlegend=False,
                hoverinfo="skip",
            )  # fmt: skip
        )
    fig.update_layout(
        height=300,
        margin={"l": 0, "r": 0, "t": 30, "b": 10},
        yaxis={"visible": False, "range": [-2.8, 2.8]},
        xaxis={"dtick": 1, "showgrid": False},
        font={"family": charts.FONT, "size": 13},
        legend={"orientation": "h", "x": 0, "y": 1.1},
        plot_bgcolor="white",
        paper_bgcolor="white",
    )
    return fig
