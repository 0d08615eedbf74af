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
    type CustomerPage,
    CustomerPageFromJSON,
    CustomerPageToJSON,
} from '../models/CustomerPage';
import {
    type PreviewSegment200Response,
    PreviewSegment200ResponseFromJSON,
    PreviewSegment200ResponseToJSON,
} from '../models/PreviewSegment200Response';
import {
    type PreviewSegmentRequest,
    PreviewSegmentRequestFromJSON,
    PreviewSegmentRequestToJSON,
} from '../models/PreviewSegmentRequest';
import {
    type Problem,
    ProblemFromJSON,
    ProblemToJSON,
} from '../models/Problem';
import {
    type Segment,
    SegmentFromJSON,
    SegmentToJSON,
} from '../models/Segment';
import {
    type SegmentDefinition,
    SegmentDefinitionFromJSON,
    SegmentDefinitionToJSON,
} from '../models/SegmentDefinition';
import {
    type SegmentPage,
    SegmentPageFromJSON,
    SegmentPageToJSON,
} from '../models/SegmentPage';

export interface CreateSegmentRequest {
    /**
     * 
     */
    segmentDefinition: SegmentDefinition;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface DeleteSegmentRequest {
    /**
     * The segment's `id`.
     */
    id: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface GetSegmentRequest {
    /**
     * The segment's `id`.
     */
    id: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ListSegmentCustomersRequest {
    /**
     * The segment's `id`.
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
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ListSegmentsRequest {
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

export interface PreviewSegmentOperationRequest {
    /**
     * 
     */
    previewSegmentRequest: PreviewSegmentRequest;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ReplaceSegmentRequest {
    /**
     * The segment's `id`.
     */
    id: string;
    /**
     * 
     */
    segmentDefinition: SegmentDefinition;
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
export class SegmentsApi extends runtime.BaseAPI {

    /**
     * Creates request options for createSegment without sending the request
     */
    async createSegmentRequestOpts(requestParameters: CreateSegmentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['segmentDefinition'] == null) {
            throw new runtime.RequiredError(
                'segmentDefinition',
                'Required parameter "segmentDefinition" was null or undefined when calling createSegment().'
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

        let urlPath = `/v1/segments`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentDefinitionToJSON(requestParameters['segmentDefinition']),
        };
    }

    /**
     * **Scope: `write`.**  Saves a segment: a name, an optional description and a rule (see `SegmentRule`). The answer carries the segment\'s current `size`. A rule that does not parse is refused with `400`, and every bad node is named by its JSON path, e.g. `rule.and[1].op`. Body limit: 256 KiB. 
     * Create a segment
     */
    async createSegmentRaw(requestParameters: CreateSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Segment>> {
        const requestOptions = await this.createSegmentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Saves a segment: a name, an optional description and a rule (see `SegmentRule`). The answer carries the segment\'s current `size`. A rule that does not parse is refused with `400`, and every bad node is named by its JSON path, e.g. `rule.and[1].op`. Body limit: 256 KiB. 
     * Create a segment
     */
    async createSegment(requestParameters: CreateSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Segment> {
        const response = await this.createSegmentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for deleteSegment without sending the request
     */
    async deleteSegmentRequestOpts(requestParameters: DeleteSegmentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling deleteSegment().'
            );
        }

        const queryParameters: any = {};

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

        let urlPath = `/v1/segments/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'DELETE',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.** A segment that is the audience of a campaign that is not archived cannot be deleted (`409`). 
     * Delete a segment
     */
    async deleteSegmentRaw(requestParameters: DeleteSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<void>> {
        const requestOptions = await this.deleteSegmentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.VoidApiResponse(response);
    }

    /**
     * **Scope: `write`.** A segment that is the audience of a campaign that is not archived cannot be deleted (`409`). 
     * Delete a segment
     */
    async deleteSegment(requestParameters: DeleteSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<void> {
        await this.deleteSegmentRaw(requestParameters, initOverrides);
    }

    /**
     * Creates request options for getSegment without sending the request
     */
    async getSegmentRequestOpts(requestParameters: GetSegmentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling getSegment().'
            );
        }

        const queryParameters: any = {};

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

        let urlPath = `/v1/segments/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  The rule is evaluated now, so `size` counts events acknowledged up to this request and relative dates (\"within the last 30 days\") are measured from now. 
     * Read a segment with its current size
     */
    async getSegmentRaw(requestParameters: GetSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Segment>> {
        const requestOptions = await this.getSegmentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  The rule is evaluated now, so `size` counts events acknowledged up to this request and relative dates (\"within the last 30 days\") are measured from now. 
     * Read a segment with its current size
     */
    async getSegment(requestParameters: GetSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Segment> {
        const response = await this.getSegmentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listSegmentCustomers without sending the request
     */
    async listSegmentCustomersRequestOpts(requestParameters: ListSegmentCustomersRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling listSegmentCustomers().'
            );
        }

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

        let urlPath = `/v1/segments/{id}/customers`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  Customers ordered by `id`, evaluated page by page in the database (never all loaded at once); a customer who joins or leaves while you page shows up or drops out accordingly. 
     * List the customers a segment holds now
     */
    async listSegmentCustomersRaw(requestParameters: ListSegmentCustomersRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<CustomerPage>> {
        const requestOptions = await this.listSegmentCustomersRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CustomerPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  Customers ordered by `id`, evaluated page by page in the database (never all loaded at once); a customer who joins or leaves while you page shows up or drops out accordingly. 
     * List the customers a segment holds now
     */
    async listSegmentCustomers(requestParameters: ListSegmentCustomersRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<CustomerPage> {
        const response = await this.listSegmentCustomersRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listSegments without sending the request
     */
    async listSegmentsRequestOpts(requestParameters: ListSegmentsRequest): Promise<runtime.RequestOpts> {
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

        let urlPath = `/v1/segments`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  Lists saved segments from the oldest to the newest. Sizes are not counted in lists; read one segment for its size. 
     * List segments
     */
    async listSegmentsRaw(requestParameters: ListSegmentsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SegmentPage>> {
        const requestOptions = await this.listSegmentsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  Lists saved segments from the oldest to the newest. Sizes are not counted in lists; read one segment for its size. 
     * List segments
     */
    async listSegments(requestParameters: ListSegmentsRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SegmentPage> {
        const response = await this.listSegmentsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for previewSegment without sending the request
     */
    async previewSegmentRequestOpts(requestParameters: PreviewSegmentOperationRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['previewSegmentRequest'] == null) {
            throw new runtime.RequiredError(
                'previewSegmentRequest',
                'Required parameter "previewSegmentRequest" was null or undefined when calling previewSegment().'
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

        let urlPath = `/v1/segments/preview`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: PreviewSegmentRequestToJSON(requestParameters['previewSegmentRequest']),
        };
    }

    /**
     * **Scope: `read`.**  Evaluates a rule without saving anything: how many customers it holds now, and the first ten of them by `id`. 
     * Preview a rule
     */
    async previewSegmentRaw(requestParameters: PreviewSegmentOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<PreviewSegment200Response>> {
        const requestOptions = await this.previewSegmentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => PreviewSegment200ResponseFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  Evaluates a rule without saving anything: how many customers it holds now, and the first ten of them by `id`. 
     * Preview a rule
     */
    async previewSegment(requestParameters: PreviewSegmentOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<PreviewSegment200Response> {
        const response = await this.previewSegmentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for replaceSegment without sending the request
     */
    async replaceSegmentRequestOpts(requestParameters: ReplaceSegmentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling replaceSegment().'
            );
        }

        if (requestParameters['segmentDefinition'] == null) {
            throw new runtime.RequiredError(
                'segmentDefinition',
                'Required parameter "segmentDefinition" was null or undefined when calling replaceSegment().'
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

        let urlPath = `/v1/segments/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'PUT',
            headers: headerParameters,
            query: queryParameters,
            body: SegmentDefinitionToJSON(requestParameters['segmentDefinition']),
        };
    }

    /**
     * **Scope: `write`.**  Replaces name, description and rule; a description left out is removed. 
     * Replace a segment\'s definition
     */
    async replaceSegmentRaw(requestParameters: ReplaceSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Segment>> {
        const requestOptions = await this.replaceSegmentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SegmentFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Replaces name, description and rule; a description left out is removed. 
     * Replace a segment\'s definition
     */
    async replaceSegment(requestParameters: ReplaceSegmentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Segment> {
        const response = await this.replaceSegmentRaw(requestParameters, initOverrides);
        return await response.value();
    }

}
