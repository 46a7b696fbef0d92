package coop.faireavec.demo;

import coop.faireavec.process.WorkflowEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in the demo run: the real time, except while the demo seeder replays the months of the
 * second experimentation. The meeting services only take invitations and answers before a meeting starts and the
 * attendance, words and minutes after (see {@code meeting.MeetingTime}); to hold a meeting that took place months
 * ago the seeder sets this clock to a few days before it, plans and invites, then to the evening of the meeting,
 * takes the attendance and writes the minutes, and finally sets it back to the real time ({@link #backToNow()}).
 * Outside seeding its offset is zero: it is the system clock. Every moment the services store (when a contribution
 * was typed, a committee decision, a vote...) is read on this clock, and the process engine's own clock is moved with
 * it ({@link WorkflowEngine#useTimeShiftedBy}), so the steps' history reads the replayed months too.
 * Seeding runs once, at the first start, for a few seconds after the server is up: a request in those seconds would
 * see the moved time too.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private final AtomicReference<Duration> offset;

    DemoClock(Clock real) {
        this(real, new AtomicReference<>(Duration.ZERO));
    }

    private DemoClock(Clock real, AtomicReference<Duration> offset) {
        this.real = real;
        this.offset = offset;
    }

    /** Sets the time to this wall-clock time of the clock's zone (the platform's), until the next call. */
    void travelTo(LocalDateTime wallClock) {
        // whole milliseconds, as the engine's clock: both then read the same moment
        Duration shift =
                Duration.ofMillis(wallClock.atZone(real.getZone()).toInstant().toEpochMilli() - real.millis());
        offset.set(shift);
        WorkflowEngine.useTimeShiftedBy(shift);
    }

    /** Back to the real time. */
    void backToNow() {
        offset.set(Duration.ZERO);
        WorkflowEngine.useRealTime();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // the same offset, shared: a clock taken in another zone moves with this one
        return new DemoClock(real.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        Duration shift = offset.get();
        // while moved, read in whole milliseconds like the engine, so that nothing is stamped after what follows it
        return shift.isZero()
                ? real.instant()
                : Instant.ofEpochMilli(real.millis()).plus(shift);
    }
}
