"""Targets and results: every stated trade target with the latest figure, the distance left and a verdict."""

import streamlit as st

from atlas.app import cache, panels, state, widgets
from atlas.text import lookup as i18n

lang = state.lang()
_, filters = panels.filtered_page("targets.title", "targets.caption", lang)

with panels.guarded(lang):
    if panels.datasets_ready(["regions", "trade", "targets"], lang):
        st.caption(i18n.t("targets.filters", lang))
        sort = widgets.targets_order(lang)
        view, figure = cache.targets(sort, filters.years, filters.districts, filters.regions, lang)
        st.info(view.summary, icon=":material/flag:")
        if figure is not None:
            panels.chart(figure, key=state.TARGETS_CHART, alt=view.alt)
        else:
            st.caption(view.alt)
        st.caption(f"{view.method} {view.firmness}")  # under the chart, which then opens on the first screen
        st.header(i18n.t("targets.table", lang))
        widgets.data_table(view.table, key=state.TARGETS_TABLE, filename=f"targets-{sort}", lang=lang,
                           column_config=widgets.link_columns(view.links, lang), filters=filters)  # fmt: skip
