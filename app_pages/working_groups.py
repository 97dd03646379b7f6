"""Working groups: curators and bodies, meetings per year, outcomes against the MFA's totals, an activity map."""

import streamlit as st

from atlas import cache, i18n, state, transform, ui, views

lang = state.lang()
st.title(i18n.t("wg.title", lang))
st.caption(i18n.t("wg.caption", lang))
regions = cache.frame("regions")
filters = ui.global_filters(regions, lang)

with ui.guarded(lang):
    if ui.datasets_ready(["regions", "working_groups", "wg_meetings"], lang):
        bodies, meetings = cache.frame("working_groups"), cache.frame("wg_meetings")
        year = 2024
        st.subheader(i18n.t("reconcile.header", lang, year=year))
        reconciled = transform.reconcile_meetings(meetings, cache.mfa_values(year), year)
        st.dataframe(views.reconciliation_table(reconciled, lang), hide_index=True)
        st.caption(i18n.t("reconcile.caption.wg", lang))

        if ui.geo_ready(lang):
            view = cache.wg_map(lang)
            ui.open_clicked_region(ui.region_map(view, key="wg.map", clickable=True))
            st.caption(view.coverage)

        shown_bodies = transform.filter_rows(bodies, regions, districts=filters.districts, codes=filters.regions)
        st.subheader(i18n.t("wg.curators", lang))
        ui.data_table(views.curators_table(shown_bodies, meetings, regions, lang), key="wg.curators",
                      filename="working-groups", lang=lang, column_config=ui.link_column(lang))  # fmt: skip

        shown = transform.filter_rows(meetings, regions, years=filters.years, districts=filters.districts,
                                      codes=filters.regions, year_column="date_start")  # fmt: skip
        st.subheader(i18n.t("wg.meetings", lang))
        ui.plotly(views.meetings_chart(shown, lang), key="wg.chart", alt=i18n.t("wg.chart.title", lang))
        ui.data_table(views.meetings_table(shown, regions, lang), key="wg.meetings", filename="wg-meetings",
                      lang=lang, column_config=ui.link_column(lang))  # fmt: skip
