"""Start-up runs with the garbage collector off; the app turns it back on after its first paint."""

from __future__ import annotations

import gc

from reader.tui.app import ReaderApp


async def test_collector_is_back_on_after_the_first_paint(sample_library):
    gc.disable()
    try:
        app = ReaderApp(sample_library, collect_after_first_paint=True)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


async def test_apps_started_with_the_collector_on_leave_it_alone(sample_library):
    app = ReaderApp(sample_library)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert gc.isenabled() and gc.get_freeze_count() == 0
