"""Forums: the annual Forum of Regions of Belarus and Russia on a timeline, with hosts, themes and contracts."""

import streamlit as st

from atlas import cache, i18n, state, ui, views

lang = state.lang()
st.title(i18n.t("forums.title", lang))
st.caption(i18n.t("forums.caption", lang))
filters = ui.global_filters(cache.frame("regions"), lang)

with ui.guarded(lang):
    if ui.datasets_ready(["forums"], lang):
        forums = cache.frame("forums")
        shown = forums[forums["year"].between(*filters.years)]
        ui.plotly(views.forums_timeline(shown, lang), key="forums.timeline", alt=i18n.t("forums.title", lang))
        st.header(i18n.t("forums.table", lang))
        ui.data_table(views.forums_table(shown, lang), key="forums.table", filename="forums", lang=lang,
                      column_config=ui.link_column(lang))  # fmt: skip
        st.caption(i18n.t("forums.contracts_note", lang))
