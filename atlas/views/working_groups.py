"""The working-groups page: curators and meetings tables."""

from __future__ import annotations

import pandas as pd

from atlas import config
from atlas.datasets import loaders
from atlas.export import tables as export
from atlas.rules import filters as filter_rules
from atlas.text import formats
from atlas.text import lookup as i18n
from atlas.views.visits import profile_links, sources_column


def curators_table(working_groups: pd.DataFrame, meetings: pd.DataFrame, regions: pd.DataFrame, lang: str):
    """Bodies by region: kind, Belarusian curator, Russian co-chair, meetings on record, last meeting."""
    names = filter_rules.region_names(regions, lang)
    last = (
        meetings.sort_values("date_start").groupby("wg_id").agg(meetings=("meeting_id", "size"), last=("date", "last"))
    )
    table = loaders.localised(working_groups, lang).join(last, on="wg_id")
    table = table.assign(_name=table[config.REGION_KEY].map(names)).sort_values("_name")
    frame = pd.DataFrame(
        {
            i18n.t("region", lang): table["_name"],
            i18n.t("col.profile", lang): profile_links(table[config.REGION_KEY], lang),
            i18n.t("col.body", lang): table["body_kind"].map(lambda k: i18n.t(f"body.{k}", lang)),
            i18n.t("col.curator", lang): table["belarus_curator"].replace("", "—"),
            i18n.t("col.cochair", lang): table["russia_cochair"].replace("", "—"),
            i18n.t("col.meetings", lang): table["meetings"].fillna(0).astype(int),
            i18n.t("col.last_meeting", lang): table["last"].map(
                lambda d: formats.partial_date(d, lang) if isinstance(d, str) else "—"
            ),  # fmt: skip
            i18n.t("source", lang): sources_column(table["source_url"]),
        }
    )
    return export.with_iso_dates(frame, {i18n.t("col.last_meeting", lang): table["last"]})


def meetings_table(meetings: pd.DataFrame, regions: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Meetings newest first: date, region, place, protocol / plan signed, outcome, source."""
    names = filter_rules.region_names(regions, lang)
    ordered = loaders.localised(meetings, lang).sort_values("date_start", ascending=False, na_position="last")
    yes, no = i18n.t("yes", lang), "—"
    frame = pd.DataFrame(
        {
            i18n.t("col.date", lang): ordered["date"].map(lambda d: formats.partial_date(d, lang)),
            i18n.t("region", lang): ordered[config.REGION_KEY].map(names),
            i18n.t("col.profile", lang): profile_links(ordered[config.REGION_KEY], lang),
            i18n.t("col.place", lang): ordered["place"].replace("", "—"),
            i18n.t("col.protocol", lang): ordered["protocol_signed"].map({True: yes, False: no}),
            i18n.t("col.plan", lang): ordered["plan_signed"].map({True: yes, False: no}),
            i18n.t("col.outcome", lang): ordered["outcome"],
            i18n.t("source", lang): sources_column(ordered["source_url"]),
        }
    )
    return export.with_iso_dates(frame, {i18n.t("col.date", lang): ordered["date"]})
