package io.bindung.events;

/** What a committed submission did: events newly stored, and repeats of known message ids. */
public record IngestResult(int accepted, int duplicates) {
}
