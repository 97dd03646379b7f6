"""Working groups: outcomes against the MFA's totals, then three tabs: activity map, curators, meetings.

Only the open tab is built and sent (st.tabs with on_change="rerun"): the page opens on the map without waiting
for the tables' and the chart's frontend code (bench/REPORT.md, "Every other page").
"""

import streamlit as st

from atlas import config
from atlas.app import cache, panels, state, widgets
from atlas.figures import timelines
from atlas.rules import filters as filter_rules
from atlas.rules import reconcile as reconcile_rules
from atlas.text import lookup as i18n
from atlas.views import visits as visits_view
from atlas.views import working_groups as wg_view

lang = state.lang()
regions, filters = panels.filtered_page("wg.title", "wg.caption", lang)

with panels.guarded(lang):
    if panels.datasets_ready(["regions", "working_groups", "wg_meetings"], lang):
        bodies, meetings = cache.frame("working_groups"), cache.frame("wg_meetings")
        year = config.REPORT_YEAR
        st.header(i18n.t("reconcile.header", lang, year=year))
        reconciled = reconcile_rules.reconcile_meetings(meetings, cache.mfa_values(year), year)
        st.table(visits_view.reconciliation_table(reconciled, lang), hide_index=True)
        st.caption(i18n.t("reconcile.caption.wg", lang))

        tabs = widgets.lazy_tabs({"map": "wg.tab.map", "curators": "wg.curators", "meetings": "wg.meetings"},
                            state.WG_VIEW, state.WG_TAB, lang)  # fmt: skip
        map_tab, curators_tab, meetings_tab = tabs["map"], tabs["curators"], tabs["meetings"]
        if map_tab.open:
            with map_tab:
                panels.filters_not_applied(lang)  # activity of every group over every year
                if panels.geo_ready(lang):  # otherwise an error panel in the tab
                    view = cache.wg_map(lang)
                    panels.open_clicked_region(panels.region_map(view, key=state.WG_MAP, clickable=True))
                    st.caption(view.coverage)
        if curators_tab.open:
            with curators_tab:
                panels.filters_not_applied(lang, applied=("districts", "regions"))
                shown_bodies = filter_rules.filter_rows(bodies, regions, districts=filters.districts,
                                                     codes=filters.regions)  # fmt: skip
                widgets.data_table(wg_view.curators_table(shown_bodies, meetings, regions, lang), key=state.WG_CURATORS,
                                   filename="working-groups", lang=lang, column_config=widgets.link_column(lang),
                                   filters=filters.only("districts", "regions"))  # fmt: skip
        if meetings_tab.open:
            with meetings_tab:
                shown = filter_rules.filter_rows(meetings, regions, years=filters.years, districts=filters.districts,
                                              codes=filters.regions, year_column="date_start")  # fmt: skip
                panels.chart(
                    timelines.meetings_chart(shown, lang), key=state.WG_CHART, alt=i18n.t("wg.chart.title", lang)
                )
                widgets.data_table(wg_view.meetings_table(shown, regions, lang), key=state.WG_MEETINGS,
                                   filename="wg-meetings", lang=lang, column_config=widgets.link_column(lang),
                                   filters=filters)  # fmt: skip
