"""Page breaks that a reader expects: no heading alone at a page's foot, no table row cut in two.

QTextDocument breaks a page wherever a line ends, inside a table cell too, so a pressure box or
a client's row of figures could start at the foot of one page and end at the head of the next.
After each piece of the PDF's document is laid out, `keep_together(doc, start, page_height)`
moves a box (a table without a header row, like a pressure box) that would straddle a page and
fits on one to the next page whole; a table with a header row is split before its first
straddling row, and the rest goes to the next page under a copy of its header rows. A heading whose text begins on the next page goes there with it.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat, QTextFrame, QTextTable

ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def page_of(doc: QTextDocument, y: float, page_height: float) -> int:
    return int((y + 0.5) // page_height)


def _block_page(doc: QTextDocument, block: QTextBlock, page_height: float) -> int:
    return page_of(doc, doc.documentLayout().blockBoundingRect(block).top(), page_height)


def keep_headings_with_next(doc: QTextDocument, start: QTextBlock, page_height: float) -> None:
    """No heading left alone at a page's foot: a run of headings whose following text starts on the
    next page is moved there too (from `start` on; the document is laid out up to its end)."""
    block = start
    while block.isValid():
        if block.blockFormat().headingLevel() == 0:
            block = block.next()
            continue
        run = block
        after = block
        while after.isValid() and after.blockFormat().headingLevel() > 0:
            after = after.next()
        if after.isValid() and _block_page(doc, run, page_height) != _block_page(doc, after, page_height):
            fmt = run.blockFormat()
            fmt.setPageBreakPolicy(ALWAYS_BEFORE)
            QTextCursor(run).setBlockFormat(fmt)
        block = after


def _tables(frame: QTextFrame, start: int) -> list[QTextTable]:
    """The top-level tables of `frame` that end after position `start`, in document order."""
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable) and child.lastPosition() >= start:
            found.append(child)
    return found


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    """Top and bottom of a row's text, in document coordinates."""
    layout = doc.documentLayout()
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row:
            continue  # a cell spanning from a row above
        first = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        tops.append(layout.blockBoundingRect(first).top())
        bottoms.append(layout.blockBoundingRect(last).bottom())
    if not tops:
        return 0.0, 0.0
    return min(tops), max(bottoms)


def _straddles(doc: QTextDocument, top: float, bottom: float, page_height: float) -> bool:
    return page_of(doc, top, page_height) != page_of(doc, bottom - 1.0, page_height)


def _copy_cell(source: QTextTable, row: int, column: int, target: QTextTable, to_row: int) -> None:
    from PySide6.QtGui import QTextDocumentFragment

    cell = source.cellAt(row, column)
    cursor = QTextCursor(cell.firstCursorPosition())
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    fragment = QTextDocumentFragment(cursor)
    new = target.cellAt(to_row, column)
    new.setFormat(cell.format())
    place = new.firstCursorPosition()
    place.setBlockFormat(cell.firstCursorPosition().blockFormat())
    place.insertFragment(fragment)


def _split(doc: QTextDocument, table: QTextTable, row: int) -> QTextTable:
    """Move rows `row`… into a new table right after `table`, under a copy of its header rows,
    starting on a new page; returns the new table."""
    header = table.format().headerRowCount()
    moved = table.rows() - row
    fmt = table.format()
    fmt.setPageBreakPolicy(ALWAYS_BEFORE)
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)
    new = cursor.insertTable(header + moved, table.columns(), fmt)
    for column in range(table.columns()):
        for r in range(header):
            _copy_cell(table, r, column, new, r)
        for offset in range(moved):
            _copy_cell(table, row + offset, column, new, header + offset)
    table.removeRows(row, moved)
    return new


def _break_before(doc: QTextDocument, table: QTextTable) -> None:
    """Start a new page before `table`, or before the headings right above it, which go with it."""
    block = doc.findBlock(table.firstPosition() - 1)
    lead = None
    while block.isValid() and block.position() > 0:
        if block.blockFormat().headingLevel() > 0:
            lead = block
        elif block.text().strip("\u200b ") or QTextCursor(block).currentTable() is not None:
            break
        block = block.previous()
    if lead is not None:
        heading = lead.blockFormat()
        heading.setPageBreakPolicy(ALWAYS_BEFORE)
        QTextCursor(lead).setBlockFormat(heading)
        return
    fmt = table.format()
    fmt.setPageBreakPolicy(ALWAYS_BEFORE)
    table.setFormat(fmt)


def _moved(doc: QTextDocument, table: QTextTable) -> bool:
    """True when `table` (or the headings above it) already starts a page."""
    if table.format().pageBreakPolicy() & ALWAYS_BEFORE:
        return True
    block = doc.findBlock(table.firstPosition() - 1)
    while block.isValid() and block.position() > 0:
        if block.blockFormat().headingLevel() > 0:
            if block.blockFormat().pageBreakPolicy() & ALWAYS_BEFORE:
                return True
        elif block.text().strip("\u200b ") or QTextCursor(block).currentTable() is not None:
            return False
        block = block.previous()
    return False


def keep_tables_whole(doc: QTextDocument, start: int, page_height: float) -> None:
    """No table row across a page break, for the tables that end after position `start`."""
    layout = doc.documentLayout()
    pending = _tables(doc.rootFrame(), start)
    while pending:
        table = pending.pop(0)
        box = layout.frameBoundingRect(table)
        if not _straddles(doc, box.top(), box.bottom(), page_height):
            continue
        at_page_top = _moved(doc, table)
        header = table.format().headerRowCount()
        if header == 0 and box.height() < page_height * 0.8 and not at_page_top:
            _break_before(doc, table)  # a box that fits on a page moves there whole, with its heading
            continue
        for row in range(header, table.rows()):
            top, bottom = _row_span(doc, table, row)
            if _straddles(doc, top, bottom, page_height):
                if row == header:  # the first body row straddles: the whole table moves down
                    if not at_page_top:
                        _break_before(doc, table)
                        pending.insert(0, table)
                    break
                pending.insert(0, _split(doc, table, row))
                break


def keep_together(doc: QTextDocument, first: QTextBlock, page_height: float) -> None:
    """Both rules, for what was added from block `first` on."""
    keep_tables_whole(doc, first.position(), page_height)
    keep_headings_with_next(doc, first, page_height)
