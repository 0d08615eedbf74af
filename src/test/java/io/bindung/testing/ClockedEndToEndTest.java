package io.bindung.testing;

import java.time.Clock;
import java.time.Instant;

/** An end-to-end test whose server reads a {@link TestClock} that the test moves. */
public abstract class ClockedEndToEndTest extends EndToEndTest {
    protected final TestClock clock;

    protected ClockedEndToEndTest(Instant start) {
        this.clock = new TestClock(start);
    }

    @Override
    protected Clock clock() {
        return clock;
    }
}
