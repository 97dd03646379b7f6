"""Region profile (?region=RU-SMO): trade figures, agreements, visits, working group, forums and sources."""

import streamlit as st

from atlas.app import cache, panels, state, widgets
from atlas.text import lookup as i18n
from atlas.views import region as vr

lang = state.lang()


def show(section: vr.Section, code: str) -> None:
    """Render one ready-made section of the profile."""
    st.header(section.title)
    if section.empty:
        st.info(section.empty, icon=":material/info:")
    for column, card in zip(st.columns(len(section.cards)) if section.cards else [], section.cards, strict=True):
        with column, st.container(border=True, height="stretch"):
            st.metric(card.label, card.value)
            st.caption(card.detail)
    for line in section.lines:
        st.markdown(line)
    if section.figure is not None:
        panels.chart(section.figure, key=f"region.{section.key}.chart", alt=section.alt)
    if section.caption:
        st.caption(section.caption)
    if section.table is not None:
        if section.table_title:
            st.markdown(f"**{section.table_title}**")
        link = st.column_config.LinkColumn(section.link_column, display_text=vr.host_pattern())
        config = {section.link_column: link} if section.link_column else None
        widgets.data_table(section.table, f"region.{section.key}.table", f"{code}_{section.key}", lang, config)


if not panels.datasets_ready(["regions"], lang):
    st.stop()
options = vr.region_options(cache.frame("regions"), lang)
code = st.selectbox(
    i18n.t("region.choose", lang),
    list(options),
    index=None,  # the choice lives in session state (and the URL); an unknown code there leaves this empty
    format_func=options.__getitem__,
    placeholder=i18n.t("region.choose.placeholder", lang),
    key=state.REGION,
)
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

with panels.guarded(lang):
    columns = st.columns([1, 1, 4])
    for column, file in zip(columns, vr.brief_files(code, frames, cache.region_shapes, lang), strict=False):
        with column:
            st.download_button(
                file.label, file.data, file.file_name, file.mime, key=f"region.{file.file_name}",
                help=i18n.t("brief.download_help", lang), on_click="ignore", icon=":material/description:",
            )  # fmt: skip

for index, (needs, _) in enumerate(vr.SECTIONS):
    with panels.guarded(lang):
        if panels.datasets_ready(list(needs), lang):
            show(cache.profile_section(index, code, lang), code)

with panels.guarded(lang):
    st.header(i18n.t("region.sources.header", lang))
    lines = cache.profile_sources(code, lang)
    st.caption(i18n.t("region.sources.count", lang, n=len(lines)))
    st.markdown("\n".join(lines))
