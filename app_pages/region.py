"""Region profile (?region=RU-SMO): trade figures, agreements, visits, working group, forums and sources."""

import streamlit as st

from atlas.app import cache, panels, state, widgets
from atlas.text import lookup as i18n
from atlas.views import region as vr

lang = state.lang()


if not panels.datasets_ready(["regions"], lang):
    st.stop()
state.open_filtered_region()
code = widgets.region_chooser(cache.frame("regions"), lang)
if code is None:
    st.title(i18n.t("nav.region", lang))
    st.info(i18n.t("region.prompt", lang), icon=":material/location_on:")
    st.stop()

frames = cache.datasets().frames
with panels.guarded(lang):
    head = vr.header(code, frames["regions"], frames.get("agreements"), lang)
    st.title(head.title)
    st.caption(head.subtitle)
    st.markdown("  \n".join(head.facts))
    panels.filters_not_applied(lang, shown_region=code)  # a profile shows the region's whole record
    widgets.compare_with(code, frames["regions"], lang)

with panels.guarded(lang):
    columns = st.columns([1, 1, 4])
    for column, file in zip(columns, vr.brief_files(code, frames, cache.region_shapes, lang), strict=False):
        with column:
            st.download_button(
                file.label, file.data, file.file_name, file.mime, key=state.PROFILE_BRIEF.format(file.file_name),
                help=i18n.t("brief.download_help", lang), on_click="ignore", icon=":material/description:",
            )  # fmt: skip

for index, part in enumerate(vr.SECTIONS):
    with panels.guarded(lang):
        if panels.datasets_ready(list(part.needs), lang):
            panels.profile_section(index, code, lang)

with panels.guarded(lang):
    st.header(i18n.t("region.sources.header", lang))
    lines = cache.profile_sources(code)
    st.caption(i18n.t("region.sources.count", lang, n=len(lines)))
    st.markdown("\n".join(lines))
