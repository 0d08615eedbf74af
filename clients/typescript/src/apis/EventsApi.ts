/* tslint:disable */
/* eslint-disable */
/**
 * Bindung REST API
 * Bindung is a headless customer-retention server. This REST API is how partner systems push **customers** and **events** into it and read them back. Frontends read metrics and experiment results through GraphQL (`/graphql`), which this document does not cover.  JSON is camelCase. Times are ISO 8601 / RFC 3339 date-times **with an offset** (`2026-01-31T12:00:00Z`, `2026-01-31T13:00:00+01:00`). Answers always give times in UTC with a `Z` and at most millisecond precision. Customer time zones are IANA names (`Europe/Berlin`).  ## Authentication and scopes  Every `/v1` route needs an API key sent as `Authorization: Bearer <key>`. Keys look like `bdg_<id>_<secret>`, are stored hashed and are shown only once, when they are created (with the `keys create` command of the jar, or with `POST /v1/keys` by an admin key). A server may also be started with a bootstrap admin key (`BINDUNG_ADMIN_KEY`).  A key carries one or more scopes. Each operation names the scope it needs:  | scope | allows | |---|---| | `read` | reading customers and their events, previewing message templates, reading outbox messages | | `write` | creating, changing and erasing customers, importing customers, sending events, retrying dead letters | | `admin` | everything above, plus managing API keys and configuring channels |  `read` and `write` are independent: an ingestion key with only `write` cannot read customer data, and a dashboard key with only `read` cannot change it. `admin` includes both.  A missing or malformed `Authorization` header, or an unknown or revoked key, answers `401` with a `WWW-Authenticate` header; a valid key without the needed scope answers `403`. A revoked key stops working within about five seconds on every node.  `/health/live`, `/health/ready`, `/metrics`, `/openapi.yaml` and `/docs` need no key.  ## Errors  Every error is an RFC 9457 problem document with `Content-Type: application/problem+json`:  ```json {   \"type\": \"https://bindung.dev/problems/validation\",   \"title\": \"Invalid request\",   \"status\": 400,   \"detail\": \"The request has 2 invalid field(s).\",   \"instance\": \"/v1/events/batch\",   \"errors\": [     {\"field\": \"events[1].event\", \"message\": \"is required for a track event\"},     {\"field\": \"events[3].timestamp\", \"message\": \"must be an ISO 8601 date-time with offset, e.g. 2026-01-31T12:00:00Z\"}   ] } ```  `type` identifies the kind of problem and is stable; `title` is its short name; `detail` explains this occurrence; `instance` is the request path. `errors` appears only on validation problems and lists **every** invalid field at once, as a JSON path into the request (`email`, `consent.sms.subscribed`, `events[3].customerId`) or the name of the query parameter. Answers never contain stack traces, SQL or other internals.  | status | `type` (after `https://bindung.dev/problems/`) | when | |---|---|---| | 400 | `validation` | a field, path parameter or query parameter is invalid (with `errors`) | | 400 | `malformed-json` | the body is empty or not JSON | | 401 | `unauthorized` | no key, or an unknown or revoked key | | 403 | `forbidden` | the key lacks the scope | | 404 | `not-found` | no such customer or key, or no such route | | 405 | `method-not-allowed` | the path exists but not with this method (for example `DELETE /health/live`) | | 413 | `payload-too-large` | the body is over the route\'s limit | | 415 | `unsupported-media-type` | the body is not sent with a `Content-Type` the route accepts | | 429 | `too-many-requests` | the event ingestion queue is full; retry after `Retry-After` seconds | | 500 | `internal` | an unexpected failure; quote the `X-Request-Id` when reporting it | | 503 | `unavailable` | the server is shutting down, events could not be stored, or the database is not ready |  `404` for an unknown path and `405` for a method a path does not support can come from any URL and are not repeated on each operation (see the `NotFound` and `MethodNotAllowed` responses). A request that is refused changes nothing.  ## Request bodies and limits  JSON bodies must be sent with `Content-Type: application/json` (any `application/_*+json` type is accepted too) and must be a single JSON object. Unknown fields are refused with `400`, so typos do not pass silently. Bodies are limited per route, and a larger body is refused with `413` before it is read: 16 KiB for `POST /v1/keys`, 256 KiB for `PUT`/`PATCH /v1/customers/{id}`, 64 KiB for `POST /v1/events`, 2 MiB for `POST /v1/events/batch` and 1 MiB for `POST /v1/templates/preview`. Customer imports stream and have no limit.  ## Paging  Lists answer `{\"data\": [...], \"nextCursor\": \"...\"}`. `limit` takes 1 to 1000 items (default 50). To get the next page, send the same request with `cursor` set to the `nextCursor` of the last answer; `nextCursor` is `null` on the last page. Cursors are opaque tokens: do not build or change them (a cursor the server did not issue answers `400`). There is no offset paging, so pages stay correct while data changes: a page continues exactly after the last item you saw.  ## Idempotency  `PUT /v1/customers/{id}` is an idempotent upsert by your own customer id. Every event carries a `messageId` (one is generated when you leave it out); sending an event with a `messageId` that is already stored is accepted (`200`) and reported as a duplicate, but the event is stored only once. So a client that did not get an answer can always safely send the same events again.  ## Ingestion guarantee  Events are written by one writer in batched transactions. `POST /v1/events` and `POST /v1/events/batch` answer `200` **only after** the events are committed to the database: an acknowledged event is never lost, even if the server crashes right after. When more events wait for the writer than the server\'s queue holds, the request is refused whole with `429` and a `Retry-After` header (seconds); nothing of it is stored, so send it again after that time. While the server shuts down, new events are refused with `503`; events already queued are committed.  ## Request ids  Every answer, errors included, carries an `X-Request-Id` header. Send your own (`[A-Za-z0-9._:-]`, up to 128 characters) to correlate logs across systems; otherwise the server makes one up. It appears in the server\'s logs. 
 *
 * The version of the OpenAPI document: 1.0.0
 * 
 *
 * NOTE: This class is auto generated by OpenAPI Generator (https://openapi-generator.tech).
 * https://openapi-generator.tech
 * Do not edit the class manually.
 */

import * as runtime from '../runtime';
import {
    type BatchReceipt,
    BatchReceiptFromJSON,
    BatchReceiptToJSON,
} from '../models/BatchReceipt';
import {
    type EventBatch,
    EventBatchFromJSON,
    EventBatchToJSON,
} from '../models/EventBatch';
import {
    type EventInput,
    EventInputFromJSON,
    EventInputToJSON,
} from '../models/EventInput';
import {
    type EventPage,
    EventPageFromJSON,
    EventPageToJSON,
} from '../models/EventPage';
import {
    type EventReceipt,
    EventReceiptFromJSON,
    EventReceiptToJSON,
} from '../models/EventReceipt';
import {
    type Problem,
    ProblemFromJSON,
    ProblemToJSON,
} from '../models/Problem';

export interface ListCustomerEventsRequest {
    /**
     * Your own id for the customer.
     */
    id: string;
    /**
     * How many items to answer, 1 to 1000.
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, unchanged. Leave it out for the first page.
     */
    cursor?: string;
    /**
     * Only events with exactly this name (for example `Order Completed`).
     */
    event?: string;
    /**
     * Only events whose `timestamp` is at or after this time.
     */
    from?: Date;
    /**
     * Only events whose `timestamp` is before this time (the range is half-open, `[from, to)`).
     */
    to?: Date;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SendEventRequest {
    /**
     * 
     */
    eventInput: EventInput | null;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SendEventsRequest {
    /**
     * 
     */
    eventBatch: EventBatch;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

/**
 * 
 */
export class EventsApi extends runtime.BaseAPI {

    /**
     * Creates request options for listCustomerEvents without sending the request
     */
    async listCustomerEventsRequestOpts(requestParameters: ListCustomerEventsRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling listCustomerEvents().'
            );
        }

        const queryParameters: any = {};

        if (requestParameters['limit'] != null) {
            queryParameters['limit'] = requestParameters['limit'];
        }

        if (requestParameters['cursor'] != null) {
            queryParameters['cursor'] = requestParameters['cursor'];
        }

        if (requestParameters['event'] != null) {
            queryParameters['event'] = requestParameters['event'];
        }

        if (requestParameters['from'] != null) {
            queryParameters['from'] = runtime.serializeDateTime(requestParameters['from'] as any);
        }

        if (requestParameters['to'] != null) {
            queryParameters['to'] = runtime.serializeDateTime(requestParameters['to'] as any);
        }

        const headerParameters: runtime.HTTPHeaders = {};

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/customers/{id}/events`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  The customer\'s events, **newest first** (by event `timestamp`, then by arrival), including the anonymous history merged in by an `identify` call. Query parameters are checked before the customer is looked up.  Every event acknowledged before this request is included. On the SQLite default, events first land in an append-only inbox and are moved into the store in large transactions; a read waits for that move (milliseconds when idle, about two seconds at most under full load). Customer reads and changes wait the same way, since events create customers. 
     * A customer\'s event timeline
     */
    async listCustomerEventsRaw(requestParameters: ListCustomerEventsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<EventPage>> {
        const requestOptions = await this.listCustomerEventsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => EventPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  The customer\'s events, **newest first** (by event `timestamp`, then by arrival), including the anonymous history merged in by an `identify` call. Query parameters are checked before the customer is looked up.  Every event acknowledged before this request is included. On the SQLite default, events first land in an append-only inbox and are moved into the store in large transactions; a read waits for that move (milliseconds when idle, about two seconds at most under full load). Customer reads and changes wait the same way, since events create customers. 
     * A customer\'s event timeline
     */
    async listCustomerEvents(requestParameters: ListCustomerEventsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<EventPage> {
        const response = await this.listCustomerEventsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for sendEvent without sending the request
     */
    async sendEventRequestOpts(requestParameters: SendEventRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['eventInput'] === undefined) {
            throw new runtime.RequiredError(
                'eventInput',
                'Required parameter "eventInput" was undefined when calling sendEvent().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/events`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: EventInputToJSON(requestParameters['eventInput']),
        };
    }

    /**
     * **Scope: `write`.**  Stores one event (Segment-style `track`, `identify` or `page` call). A customer named by `customerId` that does not exist yet is created. An `identify` with both `customerId` and `anonymousId` links the anonymous visitor to the customer and moves the visitor\'s earlier (and later) anonymous events to the customer\'s timeline.  The answer comes only after the event is committed. A `messageId` that is already stored answers `200` with `\"duplicate\": true` and stores nothing. When the ingestion queue is full the answer is `429` with `Retry-After`; during shutdown it is `503`. Body limit: 64 KiB. 
     * Send one event
     */
    async sendEventRaw(requestParameters: SendEventRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<EventReceipt>> {
        const requestOptions = await this.sendEventRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => EventReceiptFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Stores one event (Segment-style `track`, `identify` or `page` call). A customer named by `customerId` that does not exist yet is created. An `identify` with both `customerId` and `anonymousId` links the anonymous visitor to the customer and moves the visitor\'s earlier (and later) anonymous events to the customer\'s timeline.  The answer comes only after the event is committed. A `messageId` that is already stored answers `200` with `\"duplicate\": true` and stores nothing. When the ingestion queue is full the answer is `429` with `Retry-After`; during shutdown it is `503`. Body limit: 64 KiB. 
     * Send one event
     */
    async sendEvent(requestParameters: SendEventRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<EventReceipt> {
        const response = await this.sendEventRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for sendEvents without sending the request
     */
    async sendEventsRequestOpts(requestParameters: SendEventsRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['eventBatch'] == null) {
            throw new runtime.RequiredError(
                'eventBatch',
                'Required parameter "eventBatch" was null or undefined when calling sendEvents().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/events/batch`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: EventBatchToJSON(requestParameters['eventBatch']),
        };
    }

    /**
     * **Scope: `write`.**  Stores 1 to 1000 events at once, all or nothing. Each event is validated as in `POST /v1/events`; if any is invalid the whole batch is refused with `400` and the `errors` name every problem by index (`events[3].timestamp`), and nothing is stored. Events whose `messageId` is already stored, or repeated within the batch, are counted as `duplicates` and stored once.  The answer comes only after the events are committed. When the ingestion queue cannot take the whole batch the answer is `429` with `Retry-After`; during shutdown it is `503`. Body limit: 2 MiB. 
     * Send a batch of events
     */
    async sendEventsRaw(requestParameters: SendEventsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<BatchReceipt>> {
        const requestOptions = await this.sendEventsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => BatchReceiptFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Stores 1 to 1000 events at once, all or nothing. Each event is validated as in `POST /v1/events`; if any is invalid the whole batch is refused with `400` and the `errors` name every problem by index (`events[3].timestamp`), and nothing is stored. Events whose `messageId` is already stored, or repeated within the batch, are counted as `duplicates` and stored once.  The answer comes only after the events are committed. When the ingestion queue cannot take the whole batch the answer is `429` with `Retry-After`; during shutdown it is `503`. Body limit: 2 MiB. 
     * Send a batch of events
     */
    async sendEvents(requestParameters: SendEventsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<BatchReceipt> {
        const response = await this.sendEventsRaw(requestParameters, initOverrides);
        return await response.value();
    }

}
