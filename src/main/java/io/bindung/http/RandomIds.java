package io.bindung.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for request and message ids. {@link UUID#randomUUID()} draws from one
 * synchronized SecureRandom, which request threads queued for under load; these ids identify
 * things and are not secrets, so a per-thread generator is enough.
 */
public final class RandomIds {
    private RandomIds() {
    }

    public static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
