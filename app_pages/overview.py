"""Overview: the map of regions first, the Ministry's totals of the year under it, then the leading importers."""

import streamlit as st

from atlas import cache, i18n, state, transform, ui

lang = state.lang()
st.title(i18n.t("app.title", lang))
st.caption(i18n.t("app.subtitle", lang))

st.header(i18n.t("map.header", lang))
with ui.guarded(lang):
    controls = ui.map_controls(lang)
    needed = ["regions", "trade" if controls.mode == "trade" else "agreements"]
    if ui.datasets_ready(needed, lang) and ui.geo_ready(lang):
        if controls.mode == "trade":
            view = cache.trade_map(controls.measure, controls.year, lang)
        else:
            view = cache.agreements_map(lang)
        ui.open_clicked_region(ui.region_map(view, key="overview.map", clickable=True))
        st.caption(" ".join([view.coverage, *view.notes, i18n.t("map.click_hint", lang)]))
        regions = cache.frame("regions")
        unmapped = transform.unmapped_regions(regions, transform.referenced_regions(cache.datasets().frames))
        if unmapped:
            st.caption(i18n.t("map.unmapped", lang, names=ui.names_list(unmapped, regions, lang)))

with ui.guarded(lang):
    ui.mfa_block(lang)

with ui.guarded(lang):
    if ui.datasets_ready(["regions", "rankings", "trade"], lang):
        top_year = 2024
        table, bars = cache.top_importers(top_year, lang)
        st.header(i18n.t("top.header", lang, year=top_year))
        st.caption(i18n.t("top.caption", lang))
        ui.open_clicked_region(ui.ranked_bars(bars, key="overview.top", clickable=True))
