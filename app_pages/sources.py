"""Sources: where every dataset comes from, how figures are chosen, and the health of each data file."""

import streamlit as st

from atlas.app import cache, panels, state
from atlas.text import lookup as i18n
from atlas.views import sources as sources_view

lang = state.lang()
st.title(i18n.t("sources.header", lang))
st.markdown(i18n.t("sources.method", lang))
st.markdown(i18n.t("sources.rule", lang))
st.markdown(i18n.t("sources.geo", lang))

st.header(i18n.t("sources.health", lang))
with panels.guarded(lang):
    st.table(
        sources_view.dataset_health(cache.datasets(), lang), hide_index=True
    )  # a plain table: headers for every cell
    loaded = cache.datasets()
    if not loaded.errors() and not loaded.warnings():
        st.success(i18n.t("sources.ok", lang))
    panels.datasets_ready(list(loaded.problems), lang)
