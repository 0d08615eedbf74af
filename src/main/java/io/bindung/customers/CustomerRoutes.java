package io.bindung.customers;

import io.bindung.http.ApiException;
import io.bindung.http.JsonBodies;
import io.bindung.http.JsonInput;
import io.bindung.http.QueryParams;
import io.bindung.http.Routes;
import io.bindung.http.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Customer profiles: upsert, merge, read, erase, list and bulk import. */
public final class CustomerRoutes implements Routes {
    private static final long BODY_LIMIT = 256 * 1024;
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_ATTRIBUTE_FILTERS = 10;

    private final CustomerStore store;
    private final CustomerImport importer;
    private final JsonBodies bodies;
    private final Runnable awaitStoredEvents;

    /**
     * @param awaitStoredEvents returns once every acknowledged event is stored; called before
     *                          reading or changing a customer, because events create customers
     */
    public CustomerRoutes(CustomerStore store, CustomerImport importer, JsonBodies bodies, Runnable awaitStoredEvents) {
        this.store = store;
        this.importer = importer;
        this.bodies = bodies;
        this.awaitStoredEvents = awaitStoredEvents;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/customers", this::list, Scope.READ);
        routes.post("/v1/customers/import", this::importFile, Scope.WRITE);
        routes.get("/v1/customers/{id}", this::get, Scope.READ);
        routes.put("/v1/customers/{id}", ctx -> upsert(ctx, true), Scope.WRITE);
        routes.patch("/v1/customers/{id}", ctx -> upsert(ctx, false), Scope.WRITE);
        routes.delete("/v1/customers/{id}", this::delete, Scope.WRITE);
    }

    private void upsert(Context ctx, boolean replace) {
        String id = CustomerInput.validId(ctx.pathParam("id"));
        JsonInput input = new JsonInput(bodies.object(ctx, BODY_LIMIT));
        CustomerUpdate update = CustomerInput.parse(input, replace, false);
        input.throwIfInvalid();
        awaitStoredEvents.run();
        if (!replace) {
            ctx.json(store.merge(id, update).orElseThrow(() ->
                    new ApiException.NotFound("No customer with id '" + id + "'; create it with PUT.")));
            return;
        }
        CustomerStore.Upserted result = store.upsert(id, update);
        ctx.status(result.created() ? 201 : 200).json(result.customer());
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id");
        awaitStoredEvents.run();
        ctx.json(store.find(id).orElseThrow(() -> notFound(id)));
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id");
        awaitStoredEvents.run();
        if (!store.delete(id)) {
            throw notFound(id);
        }
        ctx.status(204);
    }

    private void list(Context ctx) {
        CustomerFilter filter = new CustomerFilter(
                QueryParams.text(ctx, "email"),
                attributeFilters(ctx.queryParams("attribute")),
                QueryParams.instant(ctx, "createdAfter"),
                QueryParams.instant(ctx, "createdBefore"),
                QueryParams.instant(ctx, "updatedAfter"),
                QueryParams.instant(ctx, "updatedBefore"));
        awaitStoredEvents.run();
        ctx.json(store.list(filter, QueryParams.limit(ctx), QueryParams.text(ctx, "cursor")));
    }

    private static List<CustomerFilter.AttributeEquals> attributeFilters(List<String> raw) {
        if (raw.size() > MAX_ATTRIBUTE_FILTERS) {
            throw new ApiException.Invalid("attribute", "at most " + MAX_ATTRIBUTE_FILTERS + " attribute filters");
        }
        List<CustomerFilter.AttributeEquals> filters = new ArrayList<>();
        for (String filter : raw) {
            int colon = filter.indexOf(':');
            String key = colon < 0 ? "" : filter.substring(0, colon);
            if (!ATTRIBUTE_KEY.matcher(key).matches()) {
                throw new ApiException.Invalid("attribute", "must be key:value with a key of letters, digits, '_', '-' or '.'");
            }
            filters.add(new CustomerFilter.AttributeEquals(key, filter.substring(colon + 1)));
        }
        return filters;
    }

    private void importFile(Context ctx) {
        CustomerImport.Format format = CustomerImport.Format.ofMediaType(ctx.contentType())
                .orElseThrow(() -> new ApiException.UnsupportedMediaType(
                        "Send the file as 'Content-Type: text/csv' or 'application/x-ndjson'."));
        ctx.json(importer.run(ctx.bodyInputStream(), format, rows -> { }));
    }

    private static ApiException.NotFound notFound(String id) {
        return new ApiException.NotFound("No customer with id '" + id + "'.");
    }
}
