"""Overview: the map of regions first, the Ministry's totals of the year under it, then the leading importers."""

import streamlit as st

from atlas import config
from atlas.app import cache, panels, state, widgets
from atlas.rules import filters as filter_rules
from atlas.text import lookup as i18n

lang = state.lang()
st.title(i18n.t("app.title", lang))
st.caption(i18n.t("app.subtitle", lang))

st.header(i18n.t("map.header", lang))
panels.filters_not_applied(lang)  # the map, the totals and the importers cover every region and year
with panels.guarded(lang):
    controls = widgets.map_controls(lang)
    needed = ["regions", "trade" if controls.mode == "trade" else "agreements"]
    if panels.datasets_ready(needed, lang) and panels.geo_ready(lang):
        if controls.mode == "trade":
            view = cache.trade_map(controls.measure, controls.year, lang)
        else:
            view = cache.agreements_map(lang)
        timeline = controls.mode == "trade"  # the year slider with play and pause
        panels.open_clicked_region(panels.region_map(view, key=state.OVERVIEW_MAP, clickable=True, timeline=timeline))
        st.caption(" ".join([view.coverage, *view.notes, i18n.t("map.click_hint", lang)]))
        regions = cache.frame("regions")
        unmapped = filter_rules.unmapped_regions(regions, filter_rules.referenced_regions(cache.datasets().frames))
        if unmapped:
            st.caption(i18n.t("map.unmapped", lang, names=panels.names_list(unmapped, regions, lang)))

with panels.guarded(lang):
    panels.quiet_alert(lang)

with panels.guarded(lang):
    panels.mfa_block(lang)

with panels.guarded(lang):
    if panels.datasets_ready(["regions", "rankings", "trade"], lang):
        top_year = config.REPORT_YEAR
        table, bars = cache.top_importers(top_year, lang)
        st.header(i18n.t("top.header", lang, year=top_year))
        st.caption(i18n.t("top.caption", lang))
        panels.open_clicked_region(panels.ranked_bars(bars, key=state.OVERVIEW_TOP, clickable=True))
