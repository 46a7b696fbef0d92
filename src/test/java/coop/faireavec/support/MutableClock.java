package coop.faireavec.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in web tests: the real time, moved forward on demand (e.g. to let a code expire).
 * Tests that move it must {@link #reset()} it in a finally block, since the context is shared.
 */
@TestComponent
@Primary
public class MutableClock extends Clock {

    private final Clock real = Clock.systemDefaultZone();
    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(real.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset);
    }
}
