"""Progress of ``gwlint check`` over many files, on stderr (a terminal only; see cli._check_progress)."""
from __future__ import annotations


class CheckProgress:
    """Files done, rate and time left; cleared when the run ends so the report stands alone."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self._p = Progress(
            TextColumn("检查"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
            TextColumn("剩余"), TimeRemainingColumn(), TextColumn("已用"), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True, refresh_per_second=5,
        )
        self._p.start()
        self._task = self._p.add_task("check", total=total, rate="")

    def advance(self, _result=None) -> None:
        speed = self._p.tasks[0].speed
        self._p.update(self._task, advance=1, rate=f"{speed:.1f} 个/秒" if speed else "")

    def stop(self) -> None:
        self._p.stop()
