package io.bindung.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The SciPy reference values written by {@code tools/stats_reference.py} into
 * {@code stats/reference.json}, and the comparison every figure must pass: relative 1e-6, or
 * absolute 1e-15 where the reference is exactly 0.
 */
public final class Reference {
    public static final double RELATIVE_TOLERANCE = 1e-6;
    private static final double ZERO_TOLERANCE = 1e-15;
    private static final JsonNode ROOT = load();

    private Reference() {
    }

    /** The cases of one section, e.g. {@code twoProportions}. */
    public static List<JsonNode> cases(String section) {
        List<JsonNode> cases = new ArrayList<>();
        ROOT.get(section).forEach(cases::add);
        return cases;
    }

    /** Asserts a figure; a JSON null expects {@code null}. */
    public static void assertClose(JsonNode expected, Double actual, String what) {
        if (expected == null || expected.isNull()) {
            assertNull(actual, what + " should be undefined");
            return;
        }
        if (actual == null) {
            fail(what + " is undefined, expected " + expected.doubleValue());
        }
        assertClose(expected.doubleValue(), actual, what);
    }

    public static void assertClose(double expected, double actual, String what) {
        double tolerance = expected == 0 ? ZERO_TOLERANCE : RELATIVE_TOLERANCE * Math.abs(expected);
        assertEquals(expected, actual, tolerance, what);
    }

    public static Proportion proportion(JsonNode arm) {
        return new Proportion(arm.get("n").longValue(), arm.get("conversions").longValue());
    }

    public static Mean mean(JsonNode arm) {
        return new Mean(arm.get("n").longValue(), arm.get("sum").doubleValue(), arm.get("sumSquares").doubleValue());
    }

    /** A fixture's JSON array of whole numbers. */
    public static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).intValue();
        }
        return values;
    }

    /** A fixture's JSON array of whole numbers, as longs. */
    public static long[] longs(JsonNode array) {
        long[] values = new long[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).longValue();
        }
        return values;
    }

    /** A fixture's JSON array of numbers. */
    public static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    private static JsonNode load() {
        try (InputStream in = Reference.class.getResourceAsStream("/stats/reference.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
