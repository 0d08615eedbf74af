package io.bindung.db;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.Collection;

/** The SQL that differs between the two supported databases; everything else is shared. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Dialect(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:sqlite: or jdbc:postgresql:): " + jdbcUrl);
    }

    String migrationFolder() {
        return migrationFolder;
    }

    /**
     * {@code column IN} the texts of a JSON array bound to {@code parameter} (see {@link #jsonArray}):
     * one bind for a thousand ids, where a list of binds costs parsing and binding each.
     */
    public String inJsonArray(String column, String parameter) {
        if (this == POSTGRESQL) {
            return column + " IN (SELECT jsonb_array_elements_text(CAST(" + parameter + " AS jsonb)))";
        }
        return column + " IN (SELECT value FROM json_each(" + parameter + "))";
    }

    /** Texts as a JSON array, for {@link #inJsonArray}. */
    public static String jsonArray(Collection<String> texts) {
        StringBuilder array = new StringBuilder("[");
        JsonStringEncoder encoder = JsonStringEncoder.getInstance();
        for (String text : texts) {
            array.append(array.length() == 1 ? "\"" : ",\"").append(encoder.quoteAsString(text)).append('"');
        }
        return array.append(']').toString();
    }

    /** A bind parameter for a JSON document column (TEXT on SQLite, jsonb on PostgreSQL). */
    public String jsonParameter(String parameter) {
        return this == POSTGRESQL ? "CAST(" + parameter + " AS jsonb)" : parameter;
    }

    /**
     * The text of one top-level key of a JSON column, as a caller would type it in a query string:
     * strings unquoted, numbers and booleans as their JSON literal, absent as NULL.
     */
    public String jsonKeyAsText(String column, String keyParameter) {
        if (this == POSTGRESQL) {
            return "(" + column + " ->> " + keyParameter + ")";
        }
        return "(CASE json_type(" + column + ", '$.\"' || " + keyParameter + " || '\"')"
                + " WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'"
                + " ELSE CAST(json_extract(" + column + ", '$.\"' || " + keyParameter + " || '\"') AS TEXT) END)";
    }

    /** The text under one top-level key of a JSON column when it is a JSON string, else NULL; {@code key} is a literal name. */
    public String jsonString(String column, String key) {
        if (this == POSTGRESQL) {
            return "(CASE WHEN jsonb_typeof(" + column + " -> '" + key + "') = 'string' THEN " + column + " ->> '" + key + "' END)";
        }
        return "(CASE WHEN json_type(" + column + ", '$." + key + "') = 'text' THEN json_extract(" + column + ", '$." + key + "') END)";
    }

    /** A number under one top-level key of a JSON column; NULL when absent or not a JSON number. */
    public String jsonKeyAsNumber(String column, String keyParameter) {
        if (this == POSTGRESQL) {
            return "(CASE WHEN jsonb_typeof(" + column + " -> " + keyParameter + ") = 'number'"
                    + " THEN CAST(" + column + " ->> " + keyParameter + " AS double precision) END)";
        }
        String path = "'$.\"' || " + keyParameter + " || '\"'";
        return "(CASE WHEN json_type(" + column + ", " + path + ") IN ('integer', 'real') THEN json_extract(" + column + ", " + path + ") END)";
    }
}
