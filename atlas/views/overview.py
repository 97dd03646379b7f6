"""The overview's top importers: one frame of rows with stable column names (`top_importers_rows`), shown as a table
(headers translated there, at the edge) and as bars."""

from __future__ import annotations

import pandas as pd

from atlas import config
from atlas.figures import palette, ranked
from atlas.rules import filters as filter_rules
from atlas.rules import sources as source_rules
from atlas.rules import trade as trade_rules
from atlas.text import formats
from atlas.text import lookup as i18n


def top_importers_rows(
    regions: pd.DataFrame, rankings: pd.DataFrame, trade: pd.DataFrame, year: int, lang: str
) -> pd.DataFrame:
    """The MFA's top-10 list of `year` with the figures on record, in the ranking's order: the code, `name`,
    `exports_text` and `turnover_text` (amount and year, or 'no data'), `turnover` (NaN: none) and `source_url` (the
    turnover's first address, else the exports', else empty)."""
    defaults = trade_rules.default_trade(trade)
    table = trade_rules.top_importers(rankings, defaults, year)
    names = filter_rules.region_names(regions, lang)

    def figure_text(row: pd.Series, measure: str) -> str:
        value = row[measure]
        if pd.isna(value):
            return i18n.t("no_data", lang)
        amount = formats.amount(value, config.MAP_UNIT, lang, row[f"{measure}_qualifier"])
        marks = formats.figure_marks(str(row[f"{measure}_period"]), str(row[f"{measure}_basis"]), lang)
        return f"{amount} ({', '.join([str(int(row[f'{measure}_year'])), *marks])})"

    return pd.DataFrame(
        {
            config.REGION_KEY: table[config.REGION_KEY],
            "name": table[config.REGION_KEY].map(names),
            "exports_text": [figure_text(r, "export_from_belarus") for _, r in table.iterrows()],
            "turnover_text": [figure_text(r, "turnover") for _, r in table.iterrows()],
            "turnover": table["turnover"],
            "source_url": [
                source_rules.first_url(s) if isinstance(s, str) else ""
                for s in table["turnover_source"].where(
                    table["turnover_source"].notna(), table["export_from_belarus_source"]
                )
            ],
        }
    )


def top_importers_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The rows as display columns: code, region, exports, turnover, source (headers in `lang`)."""
    headers = {"name": "region", "exports_text": "measure.export_from_belarus", "turnover_text": "measure.turnover",
               "source_url": "source"}  # fmt: skip
    return rows[[config.REGION_KEY, *headers]].rename(columns={c: i18n.t(k, lang) for c, k in headers.items()})


def top_importers_chart(rows: pd.DataFrame, lang: str) -> ranked.RankedBars:
    """Bars of the turnover on record for each listed region, largest first; regions without a figure say so."""
    ordered = rows.assign(_known=rows["turnover"].notna()).sort_values(["_known", "turnover"], ascending=[False, False])
    bars = [
        ranked.Bar(code, label, None, text)
        if pd.isna(value)
        else ranked.Bar(code, label, float(value), text, url, source_rules.source_label(url) if url else "")
        for code, label, value, text, url in zip(
            ordered[config.REGION_KEY],
            ordered["name"],
            ordered["turnover"],
            ordered["turnover_text"],
            ordered["source_url"].fillna(""),
            strict=True,
        )
    ]
    return ranked.RankedBars(
        title=i18n.t("top.chart.title", lang),
        bars=bars,
        colour=palette.TRADE_COLOURS[3],
        missing_colour=palette.NO_DATA_COLOUR,
    )
