"""Crash safety: the write paths SIGKILLed at random moments, at least 200 times.

Two data folders are worked on side by side (one thread each driving its own
child processes) to keep the CI time near a minute.  After every kill: `check`
passes, no foreign key dangles, every save the child confirmed is there
(drafts, posts with their confirmed version, photos, approvals that still pass
the export check, backups that pass ``quick_check``, the settings file), and
orphan files appear only as warnings.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.reliability.figures import record
from tests.reliability.harness import CrashStats, crash_loop

KILLS = int(os.environ.get("SOSMED_CRASH_KILLS", "200"))
LANES = 2


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL and a fork server (POSIX)")
def test_every_confirmed_save_survives_being_killed(tmp_path: Path) -> None:
    per_lane = -(-KILLS // LANES)
    with ThreadPoolExecutor(LANES) as pool:
        futures = [
            pool.submit(crash_loop, tmp_path / f"lane-{lane}", per_lane, lane + 1)
            for lane in range(LANES)
        ]
        results = [future.result() for future in futures]
    stats = CrashStats()
    for result in results:
        stats.merge(result)
    record("crash: kills", stats.kills)
    record("crash: kills survived (check ok, nothing confirmed lost)", stats.survived)
    record("crash: confirmed saves checked after the last kill", stats.confirmed)
    record("crash: confirmed saves lost", stats.lost)
    record("crash: warnings left (orphan files, temporary files)", stats.warnings)
    record("crash: kills by operation", dict(sorted(stats.kills_during.items())))
    record("crash: seconds", f"{stats.seconds:.1f}")
    assert stats.failures == [], "\n".join(stats.failures[:20])
    assert stats.kills >= KILLS
    assert stats.survived == stats.kills
    assert stats.lost == 0
    assert stats.child_errors == 0
    assert stats.confirmed >= stats.kills // 4, "the children hardly wrote anything"
    hit = {op for op in stats.kills_during if op not in ("start-up", "before start-up")}
    assert len(hit) >= 4, f"kills landed in too few write paths: {stats.kills_during}"
