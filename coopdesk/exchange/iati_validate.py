"""Validation of an IATI activity file against the official 2.03 schema shipped with CoopDesk."""

from __future__ import annotations

import re
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from types import TracebackType

from lxml import etree

from coopdesk.config import DATA_DIR

SCHEMA_DIR = DATA_DIR / "iati-schema"
SCHEMA_FILE = SCHEMA_DIR / "iati-activities-schema.xsd"
_ACTIVITY = re.compile(r"/iati-activities/iati-activity(?:\[(\d+)\])?")


def safe_parser() -> etree.XMLParser:
    """An XML parser that never resolves entities, loads DTDs or touches the network."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )


@lru_cache(maxsize=1)
def activity_schema() -> etree.XMLSchema:
    """The IATI 2.03 activity schema, shared (its include and import are local files)."""
    return load_schema()


def load_schema() -> etree.XMLSchema:
    """A new instance of the IATI 2.03 activity schema (for the thread that will use it)."""
    return etree.XMLSchema(etree.parse(str(SCHEMA_FILE), safe_parser()))


def schema_problems(
    root: etree._Element,
    activity_names: Sequence[str] = (),
    limit: int = 5,
    schema: etree.XMLSchema | None = None,
) -> list[str]:
    """The schema's complaints about ``root`` (empty when valid), at most ``limit``.

    Args:
        root: an ``iati-activities`` element.
        activity_names: a name for each activity in document order (its project code), to
            say where a problem lies.
        schema: the schema to use (the shared one by default).
    """
    schema = schema or activity_schema()
    if schema.validate(root):
        return []
    out = []
    for entry in list(schema.error_log)[:limit]:
        where = entry.path or ""
        found = _ACTIVITY.match(where)
        if found and activity_names:
            index = int(found.group(1) or 1) - 1
            if 0 <= index < len(activity_names):
                where = activity_names[index] + where[found.end() :]
        out.append(f"{where}: {entry.message}" if where else entry.message)
    return out


def validate_file(path: Path) -> list[str]:
    """The schema's complaints about an IATI file on disk (empty when valid).

    A file that is not well-formed XML, or that declares a DOCTYPE (entities are never
    expanded), is refused with one complaint.
    """
    try:
        tree = etree.parse(str(path), safe_parser())
    except (etree.XMLSyntaxError, OSError) as exc:
        return [str(exc)]
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        return ["the file declares a DOCTYPE: refused (entities are never expanded)"]
    try:
        return schema_problems(tree.getroot())
    except etree.Error as exc:
        return [str(exc)]


class ChunkValidator:
    """Validates a document piece by piece in a background thread while the rest is built.

    Each piece (some ``iati-activity`` elements) is parsed and validated as a document of its
    own, ``head + piece + tail``: the schema has no constraint across activities (no
    identity constraint), so every piece being valid is the whole document being valid.
    lxml releases the GIL while it parses and validates, so with two cores the validation
    overlaps the building. The worker thread loads its own schema and parser.
    """

    def __init__(self, head: bytes, tail: bytes, limit: int = 5) -> None:
        self._head, self._tail, self._limit = head, tail, limit
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="iati-validate")
        self._futures: list[Future[list[str]]] = []
        self._schema: etree.XMLSchema | None = None

    def submit(self, piece: bytes, activity_names: Sequence[str]) -> None:
        """Queue one piece, with the project code of each of its activities."""
        self._futures.append(self._pool.submit(self._check, piece, tuple(activity_names)))

    def _check(self, piece: bytes, names: tuple[str, ...]) -> list[str]:
        if self._schema is None:  # only ever touched by the single worker thread
            self._schema = load_schema()
        try:
            root = etree.fromstring(self._head + piece + self._tail, safe_parser())
            return schema_problems(root, names, self._limit, self._schema)
        except etree.Error as exc:
            return [str(exc)]

    def problems(self) -> list[str]:
        """Wait for every piece; the first complaints (empty when all are valid)."""
        found: list[str] = []
        for future in self._futures:
            found += future.result()
            if len(found) >= self._limit:
                break
        return found[: self._limit]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ChunkValidator:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
