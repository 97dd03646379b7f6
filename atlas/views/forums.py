"""The Forum of Regions page: the forums table."""

from __future__ import annotations

import pandas as pd

from atlas.datasets import loaders
from atlas.export import tables as export
from atlas.text import formats
from atlas.text import lookup as i18n
from atlas.views.visits import sources_column


def forums_table(forums: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The Forums of Regions, I to the latest: dates, host, theme, contracts, documents, source."""
    ordered = loaders.localised(forums, lang).sort_values("number")

    def contracts(row: pd.Series) -> str:
        if pd.isna(row["contracts_value"]):
            return i18n.t("no_data", lang)
        return formats.amount(
            row["contracts_value"], row["contracts_unit"], lang, row["contracts_qualifier"] or "exact"
        )

    def dates(row: pd.Series) -> str:
        start, end = row["start_date"], row["end_date"]
        if start and end and end != start:
            return f"{formats.partial_date(start, lang)} – {formats.partial_date(end, lang)}"
        return formats.partial_date(start, lang) if start else str(row["year"])

    def iso(row: pd.Series) -> str:  # an ISO 8601 interval when the forum lasted more than a day
        start, end = row["start_date"], row["end_date"]
        return f"{start}/{end}" if start and end and end != start else str(start or "")

    city = "host_city"
    frame = pd.DataFrame(
        {
            "№": ordered["number"].map(formats.roman),
            i18n.t("year", lang): ordered["year"].astype(int),
            i18n.t("col.dates", lang): ordered.apply(dates, axis=1),
            i18n.t("col.host", lang): ordered[city],
            i18n.t("col.country", lang): ordered["host_country"].map(lambda c: i18n.t(f"country.{c}", lang)),
            i18n.t("col.theme", lang): ordered["theme"].replace("", "—"),
            i18n.t("col.contracts", lang): ordered.apply(contracts, axis=1),
            i18n.t("col.documents", lang): ordered["agreements_count"].map(
                lambda n: "—" if pd.isna(n) else formats.number(int(n), lang)
            ),
            i18n.t("source", lang): sources_column(ordered["source_url"]),
        }
    )
    return export.with_iso_dates(frame, {i18n.t("col.dates", lang): ordered.apply(iso, axis=1)})
