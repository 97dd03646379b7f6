"""Sources: where every dataset comes from, how figures are chosen, and the health of each data file."""

import streamlit as st

from atlas import cache, i18n, state, ui, views

lang = state.lang()
st.title(i18n.t("sources.header", lang))
st.markdown(i18n.t("sources.method", lang))
st.markdown(i18n.t("sources.rule", lang))
st.markdown(i18n.t("sources.geo", lang))

st.header(i18n.t("sources.health", lang))
with ui.guarded(lang):
    st.table(views.dataset_health(cache.datasets(), lang), hide_index=True)  # a plain table: headers for every cell
    loaded = cache.datasets()
    if not loaded.errors() and not loaded.warnings():
        st.success(i18n.t("sources.ok", lang))
    ui.datasets_ready(list(loaded.problems), lang)
