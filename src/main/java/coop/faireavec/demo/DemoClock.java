package coop.faireavec.demo;

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
 * Outside seeding its offset is zero: it is the system clock. Moments stored with {@code Instant.now()} (e.g. when a
 * contribution was typed, a committee decision) and the engine's own clock are not moved, so those read "today".
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
        offset.set(Duration.between(
                real.instant(), wallClock.atZone(real.getZone()).toInstant()));
    }

    /** Back to the real time. */
    void backToNow() {
        offset.set(Duration.ZERO);
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
        return real.instant().plus(offset.get());
    }
}
