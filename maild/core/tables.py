"""Details given in a table, read as the labelled lines they stand for.

Officers paste their details as a table as often as they write "Name: ...":
a header row of labels over a row of values (an HTML table, or plain text
aligned in columns), or rows of a label and its value. A client shows the
cells as columns; this module turns each value into "label: value", the
form the label rules already read, so one set of label rules serves every
way of writing a detail.

Cells are split at a tab (how maild.core.text renders HTML cells), at a
'|' between spaces, or at a run of two or more spaces (plain text aligned
by hand). A header row counts only when one of its cells is a label the
rules know, and its value row must have as many cells.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_CELL_BREAK = re.compile(r"\t+|\s+\|\s+|\s*\|\s*(?=\S)|\s{2,}")
MAX_CELLS = 12
MAX_LINES = 400
# Values of every shape a label rule may want after it: a number, an address, words.
_PROBES = ("9876543210", "x.y@example.in", "Abc Def")


def labelled_lines(text: str, labels: Mapping[str, re.Pattern[str]]) -> str:
    """'label: value' lines for the details a table in `text` gives ('' when there is none)."""
    rows = [_cells(line) for line in text.split("\n")[:MAX_LINES]]
    marks = [[_is_label(cell, labels) for cell in cells] for cells in rows]  # each cell judged once
    found: list[str] = []
    for i, (cells, heads) in enumerate(zip(rows, marks, strict=True)):
        if not any(heads):
            continue
        if heads == [True, False]:
            found.append(f"{cells[0]}: {cells[1]}")
            continue
        after = next((j for j in range(i + 1, min(i + 3, len(rows))) if rows[j]), None)
        if after is not None and len(rows[after]) == len(cells) and not any(marks[after]):
            found += [f"{head}: {value}" for head, value, is_head in zip(cells, rows[after], heads, strict=True)
                      if is_head]
    return "\n".join(found)


def _cells(line: str) -> list[str]:
    """The cells of a line, or [] for a line that is no table row."""
    line = line.strip().strip("|").strip()
    if not line:
        return []
    cells = [cell.strip() for cell in _CELL_BREAK.split(line)]
    cells = [cell for cell in cells if cell]
    return cells if 1 < len(cells) <= MAX_CELLS else []


def _is_label(cell: str, labels: Mapping[str, re.Pattern[str]]) -> bool:
    """A cell that a label rule reads, from its start, as the label of a value written after it."""
    if len(cell) > 40:
        return False
    head = cell.rstrip(":-– ")
    for value in _PROBES:
        probe = f"{head}: {value}"
        for pattern in labels.values():
            match = pattern.search(probe)
            if match and match.start() <= 1 and match.end() > len(head) + 2:
                return True
    return False
