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


def _sources_column(urls: pd.Series) -> pd.Series:
    return urls.map(source_rules.first_url)


def profile_links(codes: pd.Series, lang: str) -> pd.Series:
    """A link to each region's profile page (relative to the app, so it works behind any host or proxy)."""
    return codes.map(lambda code: f"./region?region={code}&lang={lang}")


def visits_table(visits: pd.DataFrame, regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Visits newest first, as display columns: date (partial dates stay partial), region, direction, level, …"""
    names = filter_rules.region_names(regions, lang)
    ordered = loaders.localised(visits, lang).sort_values("date_start", ascending=False)
    frame = pd.DataFrame(
        {
            i18n.t("col.date", lang): ordered["date"].map(lambda d: formats.partial_date(d, lang)),
            i18n.t("region", lang): ordered[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(ordered[config.REGION_KEY], lang),
            i18n.t("col.direction", lang): ordered["direction"].map(lambda d: i18n.t(f"direction.{d}", lang)),
            i18n.t("col.level", lang): ordered["level"].map(lambda v: i18n.t(f"level.{v}", lang)),
            i18n.t("col.head", lang): ordered["delegation_head"],
            i18n.t("col.purpose", lang): ordered["purpose"],
            i18n.t("source", lang): _sources_column(ordered["source_url"]),
        }
    )
    return export.with_iso_dates(frame, {i18n.t("col.date", lang): ordered["date"]})


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
