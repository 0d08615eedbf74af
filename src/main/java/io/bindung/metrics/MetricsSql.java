package io.bindung.metrics;

import io.bindung.db.Dialect;

/** The SQL of metric reads that differs between the databases: JSON properties and product lists. */
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

    /** Products in the order {@code e}: Σ quantity (default 1) of its {@code products}, or 1 without a list. */
    String productsSold() {
        if (dialect == Dialect.POSTGRESQL) {
            return "(CASE WHEN jsonb_typeof(e.properties -> 'products') = 'array' AND jsonb_array_length(e.properties -> 'products') > 0"
                    + " THEN (SELECT SUM(CASE WHEN jsonb_typeof(p -> 'quantity') = 'number' THEN CAST(p ->> 'quantity' AS double precision)"
                    + " ELSE 1 END) FROM jsonb_array_elements(e.properties -> 'products') p) ELSE 1 END)";
        }
        return "(CASE WHEN json_type(e.properties, '$.products') = 'array' AND json_array_length(e.properties, '$.products') > 0"
                + " THEN (SELECT SUM(CASE WHEN json_type(p.value, '$.quantity') IN ('integer', 'real') THEN json_extract(p.value, '$.quantity')"
                + " ELSE 1 END) FROM json_each(e.properties, '$.products') p) ELSE 1 END)";
    }
}
