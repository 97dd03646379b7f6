"""The visits page: its tables and the reconciliation with the Ministry's totals."""

from __future__ import annotations

import pandas as pd

from atlas import config
from atlas.datasets import loaders
from atlas.export import tables as export
from atlas.rules import filters as filter_rules
from atlas.rules import sources as source_rules
from atlas.text import formats
from atlas.text import lookup as i18n

# --- visits, working groups, forums

DIRECTION_SYMBOLS = {"RU->BY": "triangle-left", "BY->RU": "triangle-right"}


def sources_column(urls: pd.Series) -> pd.Series:
    """A table's source column: each row's first address (the visits, working groups and forums tables)."""
    return urls.map(source_rules.first_url)


def profile_links(codes: pd.Series, lang: str) -> pd.Series:
    """A link to each region's profile page (relative to the app, so it works behind any host or proxy)."""
    return codes.map(lambda code: f"./region?region={code}&lang={lang}")


def table_of_visits(rows: pd.DataFrame, lang: str, regions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Visits in the given order as display columns: date (partial dates stay partial), direction, level, head,
    purpose, source. With `regions` (the visits page): the region and a link to its profile after the date; without
    (a region's profile): the host. Directions and levels read as everywhere else (direction.*, level.*)."""
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    rows = loaders.localised(rows, lang)
    columns: dict[str, object] = {t("col.date"): [formats.partial_date(d, lang) for d in rows["date"]]}
    if regions is not None:
        columns[t("region")] = rows[config.REGION_KEY].map(filter_rules.region_names(regions, lang)).tolist()
        columns[t("col.profile")] = profile_links(rows[config.REGION_KEY], lang).tolist()
    columns[t("col.direction")] = [t(f"direction.{d}") for d in rows["direction"]]
    columns[t("col.level")] = [t(f"level.{v}") for v in rows["level"]]
    columns[t("col.head")] = rows["delegation_head"].tolist()
    if regions is None:
        columns[t("region.col.host")] = rows["host"].tolist()
    columns[t("col.purpose")] = rows["purpose"].tolist()
    columns[t("source")] = sources_column(rows["source_url"]).tolist()
    return export.with_iso_dates(pd.DataFrame(columns), {t("col.date"): rows["date"]})


def visits_table(visits: pd.DataFrame, regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The visits page's table: every visit newest first, with its region."""
    return table_of_visits(loaders.localised(visits, lang).sort_values("date_start", ascending=False), lang, regions)


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
