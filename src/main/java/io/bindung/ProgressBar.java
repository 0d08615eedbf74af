package io.bindung;

import java.io.PrintStream;

/** A one-line terminal progress bar over a known number of bytes. */
final class ProgressBar {
    private static final int WIDTH = 40;
    private final PrintStream out;
    private final long total;

    ProgressBar(PrintStream out, long total) {
        this.out = out;
        this.total = Math.max(total, 1);
    }

    void show(long done, long rows) {
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        out.printf("\r[%s%s] %3d%% %,d rows", "#".repeat(filled), ".".repeat(WIDTH - filled), 100 * Math.min(done, total) / total, rows);
        out.flush();
    }

    void finish() {
        out.println();
    }
}
