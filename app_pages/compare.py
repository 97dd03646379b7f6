"""Regions side by side (?compare=RU-SMO,RU-BRY): trade by year on one chart, agreements, visits, working groups and
the latest figures of 2–4 regions."""

import streamlit as st

from atlas.app import cache, panels, state
from atlas.text import lookup as i18n
from atlas.views import compare as vc

lang = state.lang()
st.title(i18n.t("compare.title", lang))
st.caption(i18n.t("compare.caption", lang))

if not panels.datasets_ready(["regions"], lang):
    st.stop()
regions = cache.frame("regions")
codes = panels.compare_chooser(regions, lang)
panels.filters_not_applied(lang)  # a comparison shows each region's whole record
if len(codes) < vc.MIN_REGIONS:
    st.info(i18n.t("compare.prompt", lang), icon=":material/compare_arrows:")
    st.stop()

for index, part in enumerate(vc.SECTIONS):
    with panels.guarded(lang):
        if panels.datasets_ready(list(part.needs), lang):
            panels.compare_section(index, codes, lang)
