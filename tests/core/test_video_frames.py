"""FrameSlot: capacity 1, drops counted, safe across threads; FpsMeter."""

import threading

import numpy as np

from console.video import DecodedFrame, FrameSlot
from console.video.stats import FpsMeter


def _frame(seq: int) -> DecodedFrame:
    image = np.zeros((2, 4, 4), np.uint8)
    return DecodedFrame(image, 4, 2, 8, 4, 1_000 + seq, seq, float(seq))


def test_take_returns_newest_unread_once():
    slot = FrameSlot()
    assert slot.take() is None and slot.peek() is None
    slot.put(_frame(1))
    assert slot.take().seq == 1
    assert slot.take() is None
    assert slot.peek().seq == 1  # peek still shows the last frame
    assert (slot.delivered, slot.dropped) == (1, 0)


def test_unread_frames_are_replaced_and_counted():
    slot = FrameSlot()
    for seq in range(1, 6):
        slot.put(_frame(seq))
    assert slot.peek().seq == 5
    assert slot.take().seq == 5
    assert (slot.delivered, slot.dropped) == (1, 4)
    slot.put(_frame(6))  # the previous one was read: nothing dropped
    assert slot.dropped == 4


def test_wait_returns_a_frame_put_by_another_thread():
    slot = FrameSlot()
    timer = threading.Timer(0.05, slot.put, args=(_frame(7),))
    timer.start()
    try:
        assert slot.wait(5.0).seq == 7
        assert slot.wait(0.01) is None
    finally:
        timer.join()


def test_counts_add_up_under_concurrency():
    slot = FrameSlot()
    produced = 20_000
    taken: list[int] = []
    done = threading.Event()

    def consume():
        while not done.is_set() or slot.peek() is not None:
            frame = slot.take()
            if frame is not None:
                taken.append(frame.seq)
            elif done.is_set():
                return

    consumer = threading.Thread(target=consume)
    consumer.start()
    for seq in range(1, produced + 1):
        slot.put(_frame(seq))
    done.set()
    consumer.join(10)
    assert not consumer.is_alive()
    assert taken == sorted(taken)  # never an older frame after a newer one
    assert slot.delivered == len(taken)
    assert slot.delivered + slot.dropped == produced


def test_fps_meter_over_window():
    meter = FpsMeter(window_s=2.0)
    assert meter.rate(0.0) == 0.0
    for k in range(100):  # 25 fps for 4 s
        meter.tick(k * 0.04)
    assert abs(meter.rate(3.99) - 25.0) < 1.0
    assert meter.rate(10.0) == 0.0  # nothing in the last 2 s


def test_put_with_room_wait_waits_for_the_reader():
    slot = FrameSlot()
    slot.put(_frame(1))
    timer = threading.Timer(0.05, slot.take)
    timer.start()
    slot.put(_frame(2), room_wait=5.0)  # returns once frame 1 is taken, well before 5 s
    timer.join()
    assert (slot.delivered, slot.dropped) == (1, 0)
    assert slot.take().seq == 2


def test_put_with_room_wait_gives_up_and_counts_the_drop():
    slot = FrameSlot()
    slot.put(_frame(1))
    slot.put(_frame(2), room_wait=0.02)  # nobody reads: bounded wait, then replace as usual
    assert slot.dropped == 1 and slot.take().seq == 2
