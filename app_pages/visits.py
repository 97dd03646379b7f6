"""Visits: delegations both ways on a timeline, counts per year or month, the records against the MFA's totals."""

import streamlit as st

from atlas import cache, i18n, state, transform, ui, views

lang = state.lang()
st.title(i18n.t("visits.title", lang))
st.caption(i18n.t("visits.caption", lang))
regions = cache.frame("regions")
filters = ui.global_filters(regions, lang)

with ui.guarded(lang):
    if ui.datasets_ready(["regions", "visits"], lang):
        visits = cache.frame("visits")
        year = 2024
        st.header(i18n.t("reconcile.header", lang, year=year))
        st.caption(i18n.t("reconcile.caption", lang))
        reconciled = transform.reconcile_visits(visits, cache.mfa_values(year), year)
        st.dataframe(views.reconciliation_table(reconciled, lang), hide_index=True)
        directions, levels = ui.visit_filters(lang)
        shown = transform.filter_rows(visits, regions, years=filters.years, districts=filters.districts,
                                      codes=filters.regions, year_column="date_start")  # fmt: skip
        shown = shown[shown["direction"].isin(directions or visits["direction"]) & shown["level"].isin(
            levels or visits["level"])]  # fmt: skip
        st.caption(i18n.t("visits.shown", lang, n=len(shown), total=len(visits)))
        if shown.empty:
            st.info(i18n.t("visits.none", lang))
        else:
            ui.plotly(views.visits_timeline(shown, regions, lang), key="visits.timeline",
                      alt=i18n.t("visits.timeline.title", lang))  # fmt: skip
            period = ui.period_choice(lang)
            counts = transform.visit_counts(shown, period)
            ui.plotly(views.counts_chart(counts, period, lang), key="visits.counts",
                      alt=i18n.t(f"visits.counts.{period}", lang))  # fmt: skip
            st.header(i18n.t("visits.table", lang))
            ui.data_table(views.visits_table(shown, regions, lang), key="visits.table", filename="visits", lang=lang,
                          column_config=ui.link_column(lang))  # fmt: skip
