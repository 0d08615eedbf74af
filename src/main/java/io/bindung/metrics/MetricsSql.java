package io.bindung.metrics;

import io.bindung.db.Dialect;

/** The SQL of metric reads that differs between the databases: JSON properties. */
final class MetricsSql {
    private final Dialect dialect;

    MetricsSql(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A top-level property of the event {@code e} as a number, NULL when it is not one. */
    String number(String property) {
        if (dialect == Dialect.POSTGRESQL) {
            return "(CASE WHEN jsonb_typeof(e.properties -> '" + property + "') = 'number' THEN CAST(e.properties ->> '"
                    + property + "' AS double precision) END)";
        }
        return "(CASE WHEN json_type(e.properties, '$." + property + "') IN ('integer', 'real') THEN json_extract(e.properties, '$."
                + property + "') END)";
    }

    /** A top-level property as text ({@code 'true'}/{@code 'false'} for booleans). */
    String text(String property) {
        return dialect.jsonKeyAsText("e.properties", "'" + property + "'");
    }
}
