"""Stopping a background task is bounded: a task that ignores its cancellation is logged with its stack, and the
caller goes on instead of waiting forever."""

import asyncio
import logging

from console.tasks import cancel_and_wait


def test_a_task_that_stops_when_cancelled_is_waited_for():
    async def scenario():
        stopped = []

        async def worker():
            try:
                await asyncio.sleep(3600)
            finally:
                stopped.append(True)

        task = asyncio.get_running_loop().create_task(worker())
        await asyncio.sleep(0)
        assert await cancel_and_wait(task, timeout=5)
        assert stopped == [True] and task.cancelled()
        assert await cancel_and_wait(None)

    asyncio.run(scenario())


def test_a_task_that_ignores_its_cancellation_is_left_behind_with_its_stack_logged(caplog):
    async def scenario():
        release = asyncio.Event()

        async def stubborn():
            while not release.is_set():
                try:
                    await release.wait()
                except asyncio.CancelledError:
                    continue  # a library that swallows the cancellation

        task = asyncio.get_running_loop().create_task(stubborn(), name="stubborn")
        await asyncio.sleep(0)
        started = asyncio.get_running_loop().time()
        assert not await cancel_and_wait(task, timeout=0.3)
        assert asyncio.get_running_loop().time() - started < 2
        assert not task.done()
        release.set()
        await task

    with caplog.at_level(logging.ERROR, logger="console.tasks"):
        asyncio.run(scenario())
    assert "task stubborn did not stop" in caplog.text and "in stubborn" in caplog.text


def test_a_task_that_fails_while_stopping_is_logged(caplog):
    async def scenario():
        async def breaks_on_cancel():
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                raise ValueError("cleanup failed") from None

        task = asyncio.get_running_loop().create_task(breaks_on_cancel(), name="cleanup")
        await asyncio.sleep(0)
        assert await cancel_and_wait(task, timeout=5)

    with caplog.at_level(logging.ERROR, logger="console.tasks"):
        asyncio.run(scenario())
    assert "task cleanup failed while stopping" in caplog.text and "cleanup failed" in caplog.text
