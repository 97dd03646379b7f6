"""Trade links: arcs from Minsk to Russia's regions, weighted by the latest turnover on record (pydeck, offline)."""

import streamlit as st

from atlas.app import cache, panels, state
from atlas.text import lookup as i18n

lang = state.lang()
st.title(i18n.t("links.title", lang))
st.caption(i18n.t("links.caption", lang))

panels.filters_not_applied(lang)  # every region's latest turnover
with panels.guarded(lang):
    if panels.datasets_ready(["regions", "trade"], lang) and panels.geo_ready(lang, shapes=True):
        deck, n_arcs, missing = cache.trade_deck(lang)
        st.pydeck_chart(deck, height=520, key=state.LINKS_DECK, alt=i18n.t("links.alt", lang, n=n_arcs))
        st.caption(i18n.t("links.coverage", lang, n=n_arcs, missing=missing))
        st.caption(i18n.t("map.rule", lang))
