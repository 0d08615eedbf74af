package io.bindung.customers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bindung.http.ApiException;
import io.bindung.http.JsonInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Streams customers from CSV (header row; unknown columns become attributes) or NDJSON (one
 * customer object with an {@code id} per line) into the store in batched transactions, so a file
 * of any size is imported in constant memory. Rows merge into existing customers; bad rows are
 * reported by line and skipped, good rows are kept.
 */
public final class CustomerImport {
    /** The formats a file may be in. */
    public enum Format {
        CSV, NDJSON;

        public static Optional<Format> ofMediaType(String contentType) {
            String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
            return switch (mediaType) {
                case "text/csv" -> Optional.of(CSV);
                case "application/x-ndjson", "application/jsonl", "application/ndjson" -> Optional.of(NDJSON);
                default -> Optional.empty();
            };
        }
    }

    private static final int BATCH_ROWS = 500;
    private final CustomerStore store;
    private final ObjectMapper mapper;

    public CustomerImport(CustomerStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    /** Imports every row; {@code afterBatch} is told the number of rows read so far (progress). */
    public ImportResult run(InputStream in, Format format, LongConsumer afterBatch) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        Tally tally = new Tally(afterBatch);
        try {
            skipByteOrderMark(reader);
            if (format == Format.CSV) {
                readCsv(reader, tally);
            } else {
                readNdjson(reader, tally);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tally.flush();
        return tally.result();
    }

    /** Spreadsheet exports often start with a UTF-8 byte-order mark, which is not part of the first column's name. */
    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private void readCsv(Reader reader, Tally tally) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (CSVParser parser = openCsv(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("id")) {
                throw new ApiException.Invalid("header", "must have an 'id' column");
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    tally.reject(parser.getCurrentLineNumber(), "the CSV is malformed from here on: " + e.getCause().getMessage());
                    return;
                }
                long line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    tally.reject(line, "has " + record.size() + " cells but the header has " + header.size());
                    continue;
                }
                tally.accept(line, () -> csvRow(header, record));
            }
        }
    }

    private static CSVParser openCsv(Reader reader, CSVFormat format) throws IOException {
        try {
            return CSVParser.parse(reader, format);
        } catch (IllegalArgumentException e) {
            throw new ApiException.Invalid("header", e.getMessage());
        }
    }

    private static Map.Entry<String, CustomerUpdate> csvRow(List<String> header, CSVRecord record) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<ProfileField, String> profile = new EnumMap<>(ProfileField.class);
        String id = null;
        List<ApiException.FieldError> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = record.get(i);
            Optional<ProfileField> field = ProfileField.byJsonName(column);
            if (column.equals("id")) {
                id = value;
            } else if (field.isPresent() && !value.isEmpty()) {
                field.get().problemWith(value).ifPresentOrElse(
                        problem -> problems.add(new ApiException.FieldError(column, problem)), () -> profile.put(field.get(), value));
            } else if (field.isEmpty()) {
                attributes.put(column, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid("The row is invalid.", problems);
        }
        CustomerUpdate update = new CustomerUpdate(false, profile, CustomerInput.stringAttributes(attributes), Map.of());
        return new AbstractMap.SimpleEntry<>(CustomerInput.validId(id), update);
    }

    private void readNdjson(BufferedReader reader, Tally tally) throws IOException {
        long line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String row = text;
            tally.accept(line, () -> ndjsonRow(row));
        }
    }

    private Map.Entry<String, CustomerUpdate> ndjsonRow(String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException.Invalid("line", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new ApiException.Invalid("line", "must be a JSON object");
        }
        JsonInput input = new JsonInput((ObjectNode) node);
        String id = input.text("id", CustomerInput.MAX_ID_LENGTH).orElse(null);
        CustomerUpdate update = CustomerInput.parse(input, false, true);
        input.throwIfInvalid();
        return new AbstractMap.SimpleEntry<>(CustomerInput.validId(id), update);
    }

    /** Collects parsed rows into batches, writes them, and counts what happened. */
    private final class Tally {
        private final LongConsumer afterBatch;
        private final List<Map.Entry<String, CustomerUpdate>> batch = new ArrayList<>(BATCH_ROWS);
        private final List<ImportResult.RejectedRow> rejections = new ArrayList<>();
        private long rows;
        private long created;
        private long updated;

        Tally(LongConsumer afterBatch) {
            this.afterBatch = afterBatch;
        }

        void accept(long line, Supplier<Map.Entry<String, CustomerUpdate>> parse) {
            rows++;
            try {
                batch.add(parse.get());
            } catch (ApiException.Invalid e) {
                reject(line, e.errors().stream().map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining("; ")));
                return;
            }
            if (batch.size() == BATCH_ROWS) {
                flush();
            }
        }

        void reject(long line, String reason) {
            rejections.add(new ImportResult.RejectedRow(line, reason));
        }

        void flush() {
            if (!batch.isEmpty()) {
                for (CustomerStore.Upserted upserted : store.upsertAll(batch)) {
                    if (upserted.created()) {
                        created++;
                    } else {
                        updated++;
                    }
                }
                batch.clear();
            }
            afterBatch.accept(rows);
        }

        ImportResult result() {
            return new ImportResult(created, updated, rejections.size(), rejections);
        }
    }
}
