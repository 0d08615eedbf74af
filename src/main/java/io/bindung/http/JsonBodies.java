package io.bindung.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Reads request bodies as JSON within a size limit, answering 413, 415 or 400 problems. */
public final class JsonBodies {
    private static final long DRAIN_BYTES = 8L * 1024 * 1024;

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads a body that must be a JSON object. */
    public ObjectNode object(Context ctx, long limitBytes) {
        requireJson(ctx);
        return asObject(tree(read(ctx, limitBytes)));
    }

    /** The node as an object, or the 400 that says it must be one. */
    public static ObjectNode asObject(JsonNode node) {
        if (!node.isObject()) {
            throw new ApiException.Invalid("The request body must be a JSON object.",
                    List.of(new ApiException.FieldError("$", "must be an object")));
        }
        return (ObjectNode) node;
    }

    /** A body already read, as JSON; empty or malformed is a 400. */
    public JsonNode tree(byte[] body) {
        if (body.length == 0) {
            throw new ApiException.MalformedJson("The request body is empty; send a JSON object.");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            // A nesting deeper than Jackson's limit has no location.
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ApiException.MalformedJson("The body is not valid JSON: " + e.getOriginalMessage() + where + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireJson(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !isJson(contentType)) {
            throw new ApiException.UnsupportedMediaType("Send the body as 'Content-Type: application/json'.");
        }
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** Reads the whole body, refusing with 413 as soon as it is longer than the limit. */
    public static byte[] read(Context ctx, long limitBytes) {
        rejectDeclaredOversize(ctx, limitBytes);
        try (InputStream in = ctx.bodyInputStream()) {
            // A declared length sizes the buffer: reading up to the limit would allocate 8 KiB chunks.
            long declared = ctx.contentLength();
            byte[] body = in.readNBytes((int) (declared >= 0 ? declared : limitBytes) + 1);
            if (body.length > limitBytes) {
                throw tooLarge(in, limitBytes);
            }
            return body;
        } catch (IOException e) {
            throw new ApiException.MalformedJson("The request body could not be read: " + e.getMessage());
        }
    }

    public static void rejectDeclaredOversize(Context ctx, long limitBytes) {
        long declared = ctx.contentLength();
        if (declared > limitBytes) {
            try (InputStream in = ctx.bodyInputStream()) {
                throw tooLarge(in, limitBytes);
            } catch (IOException e) {
                throw new ApiException.PayloadTooLarge(limitBytes);
            }
        }
    }

    /**
     * The 413 for a body over the limit, after reading and dropping up to {@link #DRAIN_BYTES} of
     * what is left: answering while the client still sends makes the server reset the connection,
     * and the client may then never see the answer.
     */
    private static ApiException.PayloadTooLarge tooLarge(InputStream unread, long limitBytes) throws IOException {
        byte[] sink = new byte[8192];
        long left = DRAIN_BYTES;
        for (int n = 0; left > 0 && n >= 0; n = unread.read(sink, 0, (int) Math.min(sink.length, left))) {
            left -= n;
        }
        return new ApiException.PayloadTooLarge(limitBytes);
    }
}
