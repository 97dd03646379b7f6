"""A minimal Streamlit session over /_stcore/stream, speaking the app's protobufs like the browser does.

connect → BackMsg.rerun_script (empty widget states: the first run) → ForwardMsgs until script_finished; widget
ids are read from the deltas (ids end with the widget's user key, e.g. `...-overview.measure`). A widget change
is a rerun_script carrying every known widget's state, with the changed one's new value (wire values are the
formatted option labels, as the frontend sends them). Cacheable messages are remembered by hash and reported in
`cached_message_hashes`, as the browser's message cache does, so repeated views travel as references.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import websockets
from streamlit.proto import BackMsg_pb2, ForwardMsg_pb2, WidgetStates_pb2

HOST = "127.0.0.1"


@dataclass
class Widget:
    id: str
    kind: str  # "button_group" | "selectbox"
    options: list[str]
    value: Any = None


@dataclass
class RunResult:
    seconds: float  # send → script_finished
    first_delta: float | None  # send → first delta
    messages: int
    payload_bytes: int  # decompressed ForwardMsg bytes received during the run
    status: int
    biggest: int = 0


@dataclass
class Session:
    port: int
    query: str = ""
    ws: Any = None
    widgets: dict[str, Widget] = field(default_factory=dict)
    page_hash: str = ""
    cached: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    async def connect(self) -> None:
        self.ws = await websockets.connect(
            f"ws://{HOST}:{self.port}/_stcore/stream",
            subprotocols=["streamlit"],  # type: ignore[list-item]
            origin=f"http://{HOST}:{self.port}",  # type: ignore[arg-type]
            max_size=None,
            open_timeout=30,
        )

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()

    def _widget_states(self) -> WidgetStates_pb2.WidgetStates:
        states = WidgetStates_pb2.WidgetStates()
        for w in self.widgets.values():
            if w.value is None:
                continue
            s = states.widgets.add()
            s.id = w.id
            if w.kind == "button_group":
                s.string_array_value.data.extend([w.value])
            else:
                s.string_value = w.value
        return states

    async def rerun(self, timeout: float = 60.0) -> RunResult:
        msg = BackMsg_pb2.BackMsg()
        cs = msg.rerun_script
        cs.query_string = self.query
        cs.page_script_hash = self.page_hash
        cs.widget_states.CopyFrom(self._widget_states())
        cs.cached_message_hashes.extend(sorted(self.cached))
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        first_delta = None
        count = size = biggest = 0
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), timeout)
            count += 1
            size += len(raw)
            biggest = max(biggest, len(raw))
            fwd = ForwardMsg_pb2.ForwardMsg.FromString(raw)
            kind = fwd.WhichOneof("type")
            if fwd.metadata.cacheable and fwd.hash:
                self.cached.add(fwd.hash)
            if kind in ("delta", "ref_hash") and first_delta is None:
                first_delta = time.perf_counter() - start
            if kind == "delta":
                self._note_widget(fwd.delta)
            elif kind == "new_session":
                self.page_hash = self.page_hash or fwd.new_session.page_script_hash
            elif kind == "navigation":
                self.page_hash = fwd.navigation.page_script_hash or self.page_hash
            elif kind == "delta" and fwd.delta.new_element.WhichOneof("type") == "exception":
                self.errors.append(fwd.delta.new_element.exception.message)
            elif kind == "script_finished":
                status = fwd.script_finished
                if status == ForwardMsg_pb2.ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # superseded by our own rerun; wait for the real end
                return RunResult(time.perf_counter() - start, first_delta, count, size, status, biggest)

    def _note_widget(self, delta: Any) -> None:
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            self.errors.append(element.exception.message)
        elif kind in ("button_group", "selectbox"):
            proto = getattr(element, kind)
            options = [o.content for o in proto.options] if kind == "button_group" else list(proto.options)
            key = proto.id.rsplit("-", 1)[-1]
            old = self.widgets.get(key)
            current = old.value if old else None
            if current is None:  # the value the server rendered (default index or set_value)
                if kind == "button_group" and len(proto.default):
                    current = options[proto.default[0]]
                elif kind == "selectbox" and proto.HasField("default") and options:
                    current = options[proto.default]
            self.widgets[key] = Widget(proto.id, kind, options, current)

    async def change(self, key: str, value: str) -> RunResult:
        widget = self.widgets[key]
        if value not in widget.options:
            raise KeyError(f"{key}: {value!r} not in {widget.options}")
        widget.value = value
        return await self.rerun()
