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
    type Problem,
    ProblemFromJSON,
    ProblemToJSON,
} from '../models/Problem';
import {
    type RejectedEventPage,
    RejectedEventPageFromJSON,
    RejectedEventPageToJSON,
} from '../models/RejectedEventPage';
import {
    type SegmentAnswer,
    SegmentAnswerFromJSON,
    SegmentAnswerToJSON,
} from '../models/SegmentAnswer';
import {
    type SegmentBatch,
    SegmentBatchFromJSON,
    SegmentBatchToJSON,
} from '../models/SegmentBatch';
import {
    type SegmentMessage,
    SegmentMessageFromJSON,
    SegmentMessageToJSON,
} from '../models/SegmentMessage';

export interface ListRejectedEventsRequest {
    /**
     * How many items to answer, 1 to 1000.
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, unchanged. Leave it out for the first page.
     */
    cursor?: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentAliasRequest {
    /**
     * 
     */
    segmentMessage: SegmentMessage;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentBatchRequest {
    /**
     * 
     */
    segmentBatch: SegmentBatch;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentGroupRequest {
    /**
     * 
     */
    segmentMessage: SegmentMessage;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentIdentifyRequest {
    /**
     * 
     */
    segmentMessage: SegmentMessage;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentImportRequest {
    /**
     * 
     */
    segmentBatch: SegmentBatch;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentPageRequest {
    /**
     * 
     */
    segmentMessage: SegmentMessage;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentScreenRequest {
    /**
     * 
     */
    segmentMessage: SegmentMessage;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface SegmentTrackRequest {
    /**
     * 
     */
    segmentMessage: SegmentMessage;
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
export class SegmentApi extends runtime.BaseAPI {

    /**
     * Creates request options for listRejectedEvents without sending the request
     */
    async listRejectedEventsRequestOpts(requestParameters: ListRejectedEventsRequest): Promise<runtime.RequestOpts> {
        const queryParameters: any = {};

        if (requestParameters['limit'] != null) {
            queryParameters['limit'] = requestParameters['limit'];
        }

        if (requestParameters['cursor'] != null) {
            queryParameters['cursor'] = requestParameters['cursor'];
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

        let urlPath = `/v1/rejected-events`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.** Newest first, kept for a week: why each message was dropped, and the message as sent (cut after 4,096 characters). 
     * Messages dropped from Segment-compatible batches
     */
    async listRejectedEventsRaw(requestParameters: ListRejectedEventsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<RejectedEventPage>> {
        const requestOptions = await this.listRejectedEventsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => RejectedEventPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** Newest first, kept for a week: why each message was dropped, and the message as sent (cut after 4,096 characters). 
     * Messages dropped from Segment-compatible batches
     */
    async listRejectedEvents(requestParameters: ListRejectedEventsRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<RejectedEventPage> {
        const response = await this.listRejectedEventsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentAlias without sending the request
     */
    async segmentAliasRequestOpts(requestParameters: SegmentAliasRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentMessage'] == null) {
            throw new runtime.RequiredError(
                'segmentMessage',
                'Required parameter "segmentMessage" was null or undefined when calling segmentAlias().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/alias`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentMessageToJSON(requestParameters['segmentMessage']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `alias` call: `previousId` (an anonymous id) is `userId`: stored as an identify that moves the anonymous history to the customer. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible alias call
     */
    async segmentAliasRaw(requestParameters: SegmentAliasRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentAliasRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `alias` call: `previousId` (an anonymous id) is `userId`: stored as an identify that moves the anonymous history to the customer. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible alias call
     */
    async segmentAlias(requestParameters: SegmentAliasRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentAliasRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentBatch without sending the request
     */
    async segmentBatchRequestOpts(requestParameters: SegmentBatchRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentBatch'] == null) {
            throw new runtime.RequiredError(
                'segmentBatch',
                'Required parameter "segmentBatch" was null or undefined when calling segmentBatch().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/batch`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentBatchToJSON(requestParameters['segmentBatch']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API batch: `batch` holds messages of any type, each naming its `type`. The batch\'s `context` is merged into each message\'s (the message\'s own keys win) and its `sentAt` applies to messages without one. Unlike `POST /v1/events/batch`, which is all or nothing, an invalid message is dropped, counted in `rejected` and kept for a week in `GET /v1/rejected-events`, and the others are stored, as Segment does: one bad message never makes an SDK retry a whole batch forever. A message larger than 32 KB is dropped; a batch larger than 500 KB (after gunzip) answers `413`. 
     * Segment-compatible batch
     */
    async segmentBatchRaw(requestParameters: SegmentBatchRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentBatchRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API batch: `batch` holds messages of any type, each naming its `type`. The batch\'s `context` is merged into each message\'s (the message\'s own keys win) and its `sentAt` applies to messages without one. Unlike `POST /v1/events/batch`, which is all or nothing, an invalid message is dropped, counted in `rejected` and kept for a week in `GET /v1/rejected-events`, and the others are stored, as Segment does: one bad message never makes an SDK retry a whole batch forever. A message larger than 32 KB is dropped; a batch larger than 500 KB (after gunzip) answers `413`. 
     * Segment-compatible batch
     */
    async segmentBatch(requestParameters: SegmentBatchRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentBatchRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentGroup without sending the request
     */
    async segmentGroupRequestOpts(requestParameters: SegmentGroupRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentMessage'] == null) {
            throw new runtime.RequiredError(
                'segmentMessage',
                'Required parameter "segmentMessage" was null or undefined when calling segmentGroup().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/group`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentMessageToJSON(requestParameters['segmentMessage']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `group` call: the customer joined a group; needs `groupId`, stored as a `group` event whose properties are `groupId` and `traits`. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible group call
     */
    async segmentGroupRaw(requestParameters: SegmentGroupRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentGroupRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `group` call: the customer joined a group; needs `groupId`, stored as a `group` event whose properties are `groupId` and `traits`. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible group call
     */
    async segmentGroup(requestParameters: SegmentGroupRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentGroupRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentIdentify without sending the request
     */
    async segmentIdentifyRequestOpts(requestParameters: SegmentIdentifyRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentMessage'] == null) {
            throw new runtime.RequiredError(
                'segmentMessage',
                'Required parameter "segmentMessage" was null or undefined when calling segmentIdentify().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/identify`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentMessageToJSON(requestParameters['segmentMessage']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `identify` call: who the customer is: with `userId`, its `traits` update the customer (email, phone, firstName or first_name, lastName or last_name, timezone and locale when valid; every other trait is merged into the attributes); with `anonymousId` too, the visitor\'s history becomes the customer\'s. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible identify call
     */
    async segmentIdentifyRaw(requestParameters: SegmentIdentifyRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentIdentifyRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `identify` call: who the customer is: with `userId`, its `traits` update the customer (email, phone, firstName or first_name, lastName or last_name, timezone and locale when valid; every other trait is merged into the attributes); with `anonymousId` too, the visitor\'s history becomes the customer\'s. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible identify call
     */
    async segmentIdentify(requestParameters: SegmentIdentifyRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentIdentifyRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentImport without sending the request
     */
    async segmentImportRequestOpts(requestParameters: SegmentImportRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentBatch'] == null) {
            throw new runtime.RequiredError(
                'segmentBatch',
                'Required parameter "segmentBatch" was null or undefined when calling segmentImport().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/import`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentBatchToJSON(requestParameters['segmentBatch']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API batch: `batch` holds messages of any type, each naming its `type`. The batch\'s `context` is merged into each message\'s (the message\'s own keys win) and its `sentAt` applies to messages without one. Unlike `POST /v1/events/batch`, which is all or nothing, an invalid message is dropped, counted in `rejected` and kept for a week in `GET /v1/rejected-events`, and the others are stored, as Segment does: one bad message never makes an SDK retry a whole batch forever. A message larger than 32 KB is dropped; a batch larger than 500 KB (after gunzip) answers `413`. The same as `POST /v1/batch`, at the path Segment\'s Java SDK posts to. 
     * Segment-compatible batch (Java SDK path)
     */
    async segmentImportRaw(requestParameters: SegmentImportRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentImportRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API batch: `batch` holds messages of any type, each naming its `type`. The batch\'s `context` is merged into each message\'s (the message\'s own keys win) and its `sentAt` applies to messages without one. Unlike `POST /v1/events/batch`, which is all or nothing, an invalid message is dropped, counted in `rejected` and kept for a week in `GET /v1/rejected-events`, and the others are stored, as Segment does: one bad message never makes an SDK retry a whole batch forever. A message larger than 32 KB is dropped; a batch larger than 500 KB (after gunzip) answers `413`. The same as `POST /v1/batch`, at the path Segment\'s Java SDK posts to. 
     * Segment-compatible batch (Java SDK path)
     */
    async segmentImport(requestParameters: SegmentImportRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentImportRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentPage without sending the request
     */
    async segmentPageRequestOpts(requestParameters: SegmentPageRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentMessage'] == null) {
            throw new runtime.RequiredError(
                'segmentMessage',
                'Required parameter "segmentMessage" was null or undefined when calling segmentPage().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/page`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentMessageToJSON(requestParameters['segmentMessage']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `page` call: a page view, stored as a `page` event named by `name` (`category` joins the properties). See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible page call
     */
    async segmentPageRaw(requestParameters: SegmentPageRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentPageRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `page` call: a page view, stored as a `page` event named by `name` (`category` joins the properties). See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible page call
     */
    async segmentPage(requestParameters: SegmentPageRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentPageRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentScreen without sending the request
     */
    async segmentScreenRequestOpts(requestParameters: SegmentScreenRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentMessage'] == null) {
            throw new runtime.RequiredError(
                'segmentMessage',
                'Required parameter "segmentMessage" was null or undefined when calling segmentScreen().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/screen`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentMessageToJSON(requestParameters['segmentMessage']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `screen` call: a screen view in an app, stored as a `screen` event named by `name`. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible screen call
     */
    async segmentScreenRaw(requestParameters: SegmentScreenRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentScreenRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `screen` call: a screen view in an app, stored as a `screen` event named by `name`. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible screen call
     */
    async segmentScreen(requestParameters: SegmentScreenRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentScreenRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for segmentTrack without sending the request
     */
    async segmentTrackRequestOpts(requestParameters: SegmentTrackRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentMessage'] == null) {
            throw new runtime.RequiredError(
                'segmentMessage',
                'Required parameter "segmentMessage" was null or undefined when calling segmentTrack().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && (this.configuration.username !== undefined || this.configuration.password !== undefined)) {
            headerParameters["Authorization"] = "Basic " + btoa(this.configuration.username + ":" + this.configuration.password);
        }
        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/track`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentMessageToJSON(requestParameters['segmentMessage']),
        };
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `track` call: something the customer did; needs `event`, stored as a `track` event with its `properties`. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible track call
     */
    async segmentTrackRaw(requestParameters: SegmentTrackRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentAnswer>> {
        const requestOptions = await this.segmentTrackRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentAnswerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Segment\'s HTTP Tracking API `track` call: something the customer did; needs `event`, stored as a `track` event with its `properties`. See the `segment` tag for keys, times and limits. An invalid message answers `400` and nothing is stored. Body limit: 32 KB (gzip allowed with `Content-Encoding: gzip`). 
     * Segment-compatible track call
     */
    async segmentTrack(requestParameters: SegmentTrackRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentAnswer> {
        const response = await this.segmentTrackRaw(requestParameters, initOverrides);
        return await response.value();
    }

}
