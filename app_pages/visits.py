"""Visits: delegations both ways on a timeline, counts per year or month, the records against the MFA's totals."""

import streamlit as st

from atlas import config
from atlas.app import cache, panels, state, widgets
from atlas.figures import timelines
from atlas.rules import activity as activity_rules
from atlas.rules import filters as filter_rules
from atlas.rules import reconcile as reconcile_rules
from atlas.text import lookup as i18n
from atlas.views import visits as visits_view

lang = state.lang()
regions, filters = panels.filtered_page("visits.title", "visits.caption", lang)

with panels.guarded(lang):
    if panels.datasets_ready(["regions", "visits"], lang):
        visits = cache.frame("visits")
        year = config.REPORT_YEAR
        st.header(i18n.t("reconcile.header", lang, year=year))
        st.caption(i18n.t("reconcile.caption", lang))
        reconciled = reconcile_rules.reconcile_visits(visits, cache.mfa_values(year), year)
        st.table(visits_view.reconciliation_table(reconciled, lang), hide_index=True)  # a few rows: no grid
        directions, levels = widgets.visit_filters(lang)
        shown = filter_rules.filter_rows(visits, regions, years=filters.years, districts=filters.districts,
                                      codes=filters.regions, year_column="date_start")  # fmt: skip
        shown = shown[shown["direction"].isin(directions or visits["direction"]) & shown["level"].isin(
            levels or visits["level"])]  # fmt: skip
        st.caption(i18n.t("visits.shown", lang, n=len(shown), total=len(visits)))
        if shown.empty:
            st.info(i18n.t("visits.none", lang))
        else:
            panels.chart(timelines.visits_timeline(shown, regions, lang), key=state.VISITS_TIMELINE,
                      alt=i18n.t("visits.timeline.title", lang))  # fmt: skip
            period = widgets.period_choice(lang)
            counts = activity_rules.visit_counts(shown, period)
            panels.chart(timelines.counts_chart(counts, period, lang), key=state.VISITS_COUNTS,
                      alt=i18n.t(f"visits.counts.{period}", lang))  # fmt: skip
            st.header(i18n.t("visits.table", lang))
            widgets.data_table(visits_view.visits_table(shown, regions, lang), key=state.VISITS_TABLE,
                               filename="visits", lang=lang, column_config=widgets.link_column(lang),
                               filters=filters)  # fmt: skip
