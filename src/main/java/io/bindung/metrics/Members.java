package io.bindung.metrics;

import io.bindung.db.SqlCondition;
import org.jdbi.v3.core.statement.Query;

import java.util.Optional;

/** Restricts queries on the events table (aliased {@code e}) to a segment's members, or leaves them all without one. */
record Members(Optional<SqlCondition> segment) {
    /** A join to put after {@code FROM events e}. */
    String join() {
        return segment.map(condition -> " JOIN customers ON customers.id = e.customer_id AND (" + condition.sql() + ")").orElse("");
    }

    Query bind(Query query) {
        segment.ifPresent(condition -> condition.binds().forEach(query::bind));
        return query;
    }
}
