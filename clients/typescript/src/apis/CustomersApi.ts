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
    type Customer,
    CustomerFromJSON,
    CustomerToJSON,
} from '../models/Customer';
import {
    type CustomerPage,
    CustomerPageFromJSON,
    CustomerPageToJSON,
} from '../models/CustomerPage';
import {
    type CustomerPatch,
    CustomerPatchFromJSON,
    CustomerPatchToJSON,
} from '../models/CustomerPatch';
import {
    type CustomerReplace,
    CustomerReplaceFromJSON,
    CustomerReplaceToJSON,
} from '../models/CustomerReplace';
import {
    type GetSendTimes200Response,
    GetSendTimes200ResponseFromJSON,
    GetSendTimes200ResponseToJSON,
} from '../models/GetSendTimes200Response';
import {
    type GetSendTimesRequest,
    GetSendTimesRequestFromJSON,
    GetSendTimesRequestToJSON,
} from '../models/GetSendTimesRequest';
import {
    type ImportResult,
    ImportResultFromJSON,
    ImportResultToJSON,
} from '../models/ImportResult';
import {
    type Problem,
    ProblemFromJSON,
    ProblemToJSON,
} from '../models/Problem';
import {
    type SendTime,
    SendTimeFromJSON,
    SendTimeToJSON,
} from '../models/SendTime';

export interface DeleteCustomerRequest {
    /**
     * Your own id for the customer.
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

export interface GetCustomerRequest {
    /**
     * Your own id for the customer.
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

export interface GetSendTimeRequest {
    /**
     * Your own id for the customer.
     */
    id: string;
    /**
     * 
     */
    channel?: GetSendTimeChannelEnum;
    /**
     * The window's start (default now).
     */
    from?: Date;
    /**
     * The window's end (default a day after `from`; at most 14 days after it; must be in the future).
     */
    to?: Date;
    /**
     * Local start of quiet hours, e.g. 21:00 (with quietEnd).
     */
    quietStart?: string;
    /**
     * Local end of quiet hours, e.g. 08:00.
     */
    quietEnd?: string;
    /**
     * How long after the send an engagement counts (default 24).
     */
    horizonHours?: number;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface GetSendTimesOperationRequest {
    /**
     * 
     */
    getSendTimesRequest: GetSendTimesRequest;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ImportCustomersRequest {
    /**
     * 
     */
    body: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ListCustomersRequest {
    /**
     * How many items to answer, 1 to 1000.
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, unchanged. Leave it out for the first page.
     */
    cursor?: string;
    /**
     * Only the customer(s) with exactly this email address (case-sensitive).
     */
    email?: string;
    /**
     * `key:value`: only customers whose attribute `key` (a top-level key of `attributes`)
     * has this value, compared as text. Strings compare without quotes (`plan:gold`), numbers
     * and booleans as their JSON literal (`visits:3`, `vip:true`). The key is 1 to 64 letters,
     * digits, `_`, `-` or `.`; everything after the first `:` is the value. Repeat the
     * parameter to require several attributes (up to 10):
     * `?attribute=plan:gold&attribute=country:DE`.
     * 
     */
    attribute?: Array<string>;
    /**
     * Only customers created at or after this time.
     */
    createdAfter?: Date;
    /**
     * Only customers created before this time.
     */
    createdBefore?: Date;
    /**
     * Only customers last changed at or after this time.
     */
    updatedAfter?: Date;
    /**
     * Only customers last changed before this time.
     */
    updatedBefore?: Date;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface PatchCustomerRequest {
    /**
     * Your own id for the customer, 1 to 255 characters and not blank.
     */
    id: string;
    /**
     * Your own id for the customer.
     */
    id2: string;
    /**
     * 
     */
    customerPatch: CustomerPatch;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface PutCustomerRequest {
    /**
     * Your own id for the customer, 1 to 255 characters and not blank.
     */
    id: string;
    /**
     * Your own id for the customer.
     */
    id2: string;
    /**
     * 
     */
    customerReplace: CustomerReplace;
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
export class CustomersApi extends runtime.BaseAPI {

    /**
     * Creates request options for deleteCustomer without sending the request
     */
    async deleteCustomerRequestOpts(requestParameters: DeleteCustomerRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling deleteCustomer().'
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

        let urlPath = `/v1/customers/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'DELETE',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.**  Erases the customer with all of their events and identity links (right to erasure). This cannot be undone. Events sent later for the same id create the customer again. 
     * Erase a customer
     */
    async deleteCustomerRaw(requestParameters: DeleteCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<void>> {
        const requestOptions = await this.deleteCustomerRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.VoidApiResponse(response);
    }

    /**
     * **Scope: `write`.**  Erases the customer with all of their events and identity links (right to erasure). This cannot be undone. Events sent later for the same id create the customer again. 
     * Erase a customer
     */
    async deleteCustomer(requestParameters: DeleteCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<void> {
        await this.deleteCustomerRaw(requestParameters, initOverrides);
    }

    /**
     * Creates request options for getCustomer without sending the request
     */
    async getCustomerRequestOpts(requestParameters: GetCustomerRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling getCustomer().'
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

        let urlPath = `/v1/customers/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**
     * Get a customer
     */
    async getCustomerRaw(requestParameters: GetCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Customer>> {
        const requestOptions = await this.getCustomerRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CustomerFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**
     * Get a customer
     */
    async getCustomer(requestParameters: GetCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Customer> {
        const response = await this.getCustomerRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getSendTime without sending the request
     */
    async getSendTimeRequestOpts(requestParameters: GetSendTimeRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling getSendTime().'
            );
        }

        const queryParameters: any = {};

        if (requestParameters['channel'] != null) {
            queryParameters['channel'] = requestParameters['channel'];
        }

        if (requestParameters['from'] != null) {
            queryParameters['from'] = runtime.serializeDateTime(requestParameters['from'] as any);
        }

        if (requestParameters['to'] != null) {
            queryParameters['to'] = runtime.serializeDateTime(requestParameters['to'] as any);
        }

        if (requestParameters['quietStart'] != null) {
            queryParameters['quietStart'] = requestParameters['quietStart'];
        }

        if (requestParameters['quietEnd'] != null) {
            queryParameters['quietEnd'] = requestParameters['quietEnd'];
        }

        if (requestParameters['horizonHours'] != null) {
            queryParameters['horizonHours'] = requestParameters['horizonHours'];
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

        let urlPath = `/v1/customers/{id}/send-time`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.** The best whole local hour in [`from`, `to`) to send to the customer on `channel`, outside the optional quiet hours: the hour with the highest chance that they engage within `horizonHours` of the send. Hours are read on the customer\'s own clock (`timezone`, UTC without one; half-hour offsets and daylight saving included).  **Profile.** The customer\'s engagement over the 168 hours of the week, kept incrementally as events arrive (O(1) per event, 1,008 bytes per customer and channel). Engagement events and weights are configuration (`BINDUNG_SEND_TIME_EVENTS`); the defaults, each counting 1: email `Email Opened` and `Email Link Clicked`; push `Push Opened`; sms `SMS Link Clicked`; whatsapp `WhatsApp Read` and `WhatsApp Link Clicked`; `Order Completed` on every channel. Each counts halved for every half-life of its age (`BINDUNG_SEND_TIME_HALF_LIFE_DAYS`, default 180). A campaign message (events with the same `campaignId` and `messageKey`) counts once, by its first engagement, whatever order its events arrive in: a click minutes after the open, or a second open, repeats the hour the first showed.  **Exposure.** Each send or delivery (`Email Sent` or `Email Delivered`, and so on for push, sms and whatsapp) is kept by its local hour of the week and adds to the customer\'s exposure in the 48 hours after it, b(d) in hour d (the time to engage below), folded into the hours of a weekday and a weekend day. Engagement is read against the relative exposure r_t: a weighted mean of the exposure\'s shape (a tenth of it spread evenly) and 1, the first weighing the share of the channel\'s engagement that comes within two days of a send (from the time to engage below). The rhythm groups and the customer\'s membership use the likelihood of their engagement given r, and their own rhythm counts engagement per exposure. Opens that crowd the hours after a shop\'s fixed send time are thereby not taken for the customer\'s rhythm. Customers without recorded sends have r = 1.  **Shrinkage toward the group** (empirical Bayes). The customer\'s rhythm (their engagement folded into the 48 hours of a weekday and a weekend day, smoothed over neighbouring hours with σ = 1 hour) is shrunk toward their prior, (own_t + κ · prior_t) / (n + κ), and spread over the week as everybody\'s days of each type share each hour. The prior is the rhythm of the groups the customer is likely in: six rhythm groups (early birds, commuters, evening browsers, …) learned from the customers\' engagement against their exposure as a mixture of multinomials (EM; relearned hourly in the background, so only a channel\'s first request waits for it), weighted by how likely the customer\'s own engagement makes each; without engagement, everybody\'s rhythm (every engaged customer\'s shares on their own clock, averaged). κ is the Dirichlet-multinomial maximum-likelihood fit to the customers\' engagement counts of the last year around their priors (`explanation.priorStrength`; 10 until 20 customers have engaged twice). A customer without history gets everybody\'s pattern in their local time; `explanation.ownWeight` = n / (n + κ) says how much of the answer is their own rhythm, and `explanation.likelyGroup` which group their history puts them in (with κ large, the main way their history speaks).  **Time to engage.** From the channel\'s campaign messages of the last 90 days (sent at their first `Sent` or `Delivered` event) and their first engagement, by whole hour since the send, the rate b(d) at average activity: a piecewise-exponential Poisson model in which a send at local hour of the week s engages in hour d at the rate b(d) · A(s + d), A being the activity of the hours of the week (mean 1), fitted by maximum a posteriori (so sends all made at one hour do not pass the busy hours after it off as fast engagement). The chance to engage within the horizon after a send at hour s is 1 − exp(−Σ_{d<horizon} b(d) · 168 · q(s+d)), q being the customer\'s shares of the hours of the week, and hours are ranked by it. Until the channel has 100 sends of which 20 were engaged with, a default shape (10% in the first hour, fading by a quarter an hour) ranks the hours and `engagementProbability` is null (`explanation.calibrated` false). Ties go to the earliest hour. A window already begun starts now. 
     * The best time to reach a customer on a channel
     */
    async getSendTimeRaw(requestParameters: GetSendTimeRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<SendTime>> {
        const requestOptions = await this.getSendTimeRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => SendTimeFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** The best whole local hour in [`from`, `to`) to send to the customer on `channel`, outside the optional quiet hours: the hour with the highest chance that they engage within `horizonHours` of the send. Hours are read on the customer\'s own clock (`timezone`, UTC without one; half-hour offsets and daylight saving included).  **Profile.** The customer\'s engagement over the 168 hours of the week, kept incrementally as events arrive (O(1) per event, 1,008 bytes per customer and channel). Engagement events and weights are configuration (`BINDUNG_SEND_TIME_EVENTS`); the defaults, each counting 1: email `Email Opened` and `Email Link Clicked`; push `Push Opened`; sms `SMS Link Clicked`; whatsapp `WhatsApp Read` and `WhatsApp Link Clicked`; `Order Completed` on every channel. Each counts halved for every half-life of its age (`BINDUNG_SEND_TIME_HALF_LIFE_DAYS`, default 180). A campaign message (events with the same `campaignId` and `messageKey`) counts once, by its first engagement, whatever order its events arrive in: a click minutes after the open, or a second open, repeats the hour the first showed.  **Exposure.** Each send or delivery (`Email Sent` or `Email Delivered`, and so on for push, sms and whatsapp) is kept by its local hour of the week and adds to the customer\'s exposure in the 48 hours after it, b(d) in hour d (the time to engage below), folded into the hours of a weekday and a weekend day. Engagement is read against the relative exposure r_t: a weighted mean of the exposure\'s shape (a tenth of it spread evenly) and 1, the first weighing the share of the channel\'s engagement that comes within two days of a send (from the time to engage below). The rhythm groups and the customer\'s membership use the likelihood of their engagement given r, and their own rhythm counts engagement per exposure. Opens that crowd the hours after a shop\'s fixed send time are thereby not taken for the customer\'s rhythm. Customers without recorded sends have r = 1.  **Shrinkage toward the group** (empirical Bayes). The customer\'s rhythm (their engagement folded into the 48 hours of a weekday and a weekend day, smoothed over neighbouring hours with σ = 1 hour) is shrunk toward their prior, (own_t + κ · prior_t) / (n + κ), and spread over the week as everybody\'s days of each type share each hour. The prior is the rhythm of the groups the customer is likely in: six rhythm groups (early birds, commuters, evening browsers, …) learned from the customers\' engagement against their exposure as a mixture of multinomials (EM; relearned hourly in the background, so only a channel\'s first request waits for it), weighted by how likely the customer\'s own engagement makes each; without engagement, everybody\'s rhythm (every engaged customer\'s shares on their own clock, averaged). κ is the Dirichlet-multinomial maximum-likelihood fit to the customers\' engagement counts of the last year around their priors (`explanation.priorStrength`; 10 until 20 customers have engaged twice). A customer without history gets everybody\'s pattern in their local time; `explanation.ownWeight` = n / (n + κ) says how much of the answer is their own rhythm, and `explanation.likelyGroup` which group their history puts them in (with κ large, the main way their history speaks).  **Time to engage.** From the channel\'s campaign messages of the last 90 days (sent at their first `Sent` or `Delivered` event) and their first engagement, by whole hour since the send, the rate b(d) at average activity: a piecewise-exponential Poisson model in which a send at local hour of the week s engages in hour d at the rate b(d) · A(s + d), A being the activity of the hours of the week (mean 1), fitted by maximum a posteriori (so sends all made at one hour do not pass the busy hours after it off as fast engagement). The chance to engage within the horizon after a send at hour s is 1 − exp(−Σ_{d<horizon} b(d) · 168 · q(s+d)), q being the customer\'s shares of the hours of the week, and hours are ranked by it. Until the channel has 100 sends of which 20 were engaged with, a default shape (10% in the first hour, fading by a quarter an hour) ranks the hours and `engagementProbability` is null (`explanation.calibrated` false). Ties go to the earliest hour. A window already begun starts now. 
     * The best time to reach a customer on a channel
     */
    async getSendTime(requestParameters: GetSendTimeRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<SendTime> {
        const response = await this.getSendTimeRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getSendTimes without sending the request
     */
    async getSendTimesRequestOpts(requestParameters: GetSendTimesOperationRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['getSendTimesRequest'] == null) {
            throw new runtime.RequiredError(
                'getSendTimesRequest',
                'Required parameter "getSendTimesRequest" was null or undefined when calling getSendTimes().'
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

        let urlPath = `/v1/send-times`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: GetSendTimesRequestToJSON(requestParameters['getSendTimesRequest']),
        };
    }

    /**
     * **Scope: `read`.** `GET /v1/customers/{id}/send-time` for up to 1,000 customers at once, with one channel, window and quiet hours for all. Unknown customers are listed in `unknownCustomers`, and customers whose window holds no whole local hour outside the quiet hours in `withoutHour`; nothing is stored. 
     * The best times to reach many customers
     */
    async getSendTimesRaw(requestParameters: GetSendTimesOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<GetSendTimes200Response>> {
        const requestOptions = await this.getSendTimesRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => GetSendTimes200ResponseFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** `GET /v1/customers/{id}/send-time` for up to 1,000 customers at once, with one channel, window and quiet hours for all. Unknown customers are listed in `unknownCustomers`, and customers whose window holds no whole local hour outside the quiet hours in `withoutHour`; nothing is stored. 
     * The best times to reach many customers
     */
    async getSendTimes(requestParameters: GetSendTimesOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<GetSendTimes200Response> {
        const response = await this.getSendTimesRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for importCustomers without sending the request
     */
    async importCustomersRequestOpts(requestParameters: ImportCustomersRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['body'] == null) {
            throw new runtime.RequiredError(
                'body',
                'Required parameter "body" was null or undefined when calling importCustomers().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'text/csv';

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

        let urlPath = `/v1/customers/import`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: requestParameters['body'] as any,
        };
    }

    /**
     * **Scope: `write`.**  Streams a file of customers into the store; files of any size are imported in constant memory, so there is no body limit. Every row is merged into the customer with its `id` (created when new), like a `PATCH`. Good rows are stored in transactions of 500 rows as the file is read; bad rows are skipped and reported with their line number (1-based, counting the CSV header as line 1) and reason. The answer comes when the whole file is read.  **CSV** (`Content-Type: text/csv`): a header row, then one customer per row, UTF-8, comma separated, RFC 4180 quoting; cells are trimmed and empty lines skipped. The `id` column is required in every row. The columns `email`, `phone`, `firstName`, `lastName`, `timezone` and `locale` set those fields (validated as in `PUT`); an empty cell leaves the field as it is. Every other column becomes a string attribute; an empty cell leaves that attribute as it is. Consent cannot be set from CSV. A row with a different number of cells than the header is rejected. A header without an `id` column, or with an empty or repeated column name, is refused with 400 before any row is read; a UTF-8 byte-order mark (as spreadsheets write) is ignored.  **NDJSON** (`Content-Type: application/x-ndjson`; `application/ndjson` and `application/jsonl` are accepted too): one JSON object per line, with an `id` and the fields of a `PATCH` body (`email`, ..., `attributes` merged as a JSON merge patch, `consent` per channel; `null` clears a field). Blank lines are skipped. 
     * Import customers in bulk (CSV or NDJSON)
     */
    async importCustomersRaw(requestParameters: ImportCustomersRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<ImportResult>> {
        const requestOptions = await this.importCustomersRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ImportResultFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Streams a file of customers into the store; files of any size are imported in constant memory, so there is no body limit. Every row is merged into the customer with its `id` (created when new), like a `PATCH`. Good rows are stored in transactions of 500 rows as the file is read; bad rows are skipped and reported with their line number (1-based, counting the CSV header as line 1) and reason. The answer comes when the whole file is read.  **CSV** (`Content-Type: text/csv`): a header row, then one customer per row, UTF-8, comma separated, RFC 4180 quoting; cells are trimmed and empty lines skipped. The `id` column is required in every row. The columns `email`, `phone`, `firstName`, `lastName`, `timezone` and `locale` set those fields (validated as in `PUT`); an empty cell leaves the field as it is. Every other column becomes a string attribute; an empty cell leaves that attribute as it is. Consent cannot be set from CSV. A row with a different number of cells than the header is rejected. A header without an `id` column, or with an empty or repeated column name, is refused with 400 before any row is read; a UTF-8 byte-order mark (as spreadsheets write) is ignored.  **NDJSON** (`Content-Type: application/x-ndjson`; `application/ndjson` and `application/jsonl` are accepted too): one JSON object per line, with an `id` and the fields of a `PATCH` body (`email`, ..., `attributes` merged as a JSON merge patch, `consent` per channel; `null` clears a field). Blank lines are skipped. 
     * Import customers in bulk (CSV or NDJSON)
     */
    async importCustomers(requestParameters: ImportCustomersRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<ImportResult> {
        const response = await this.importCustomersRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listCustomers without sending the request
     */
    async listCustomersRequestOpts(requestParameters: ListCustomersRequest): Promise<runtime.RequestOpts> {
        const queryParameters: any = {};

        if (requestParameters['limit'] != null) {
            queryParameters['limit'] = requestParameters['limit'];
        }

        if (requestParameters['cursor'] != null) {
            queryParameters['cursor'] = requestParameters['cursor'];
        }

        if (requestParameters['email'] != null) {
            queryParameters['email'] = requestParameters['email'];
        }

        if (requestParameters['attribute'] != null) {
            queryParameters['attribute'] = requestParameters['attribute'];
        }

        if (requestParameters['createdAfter'] != null) {
            queryParameters['createdAfter'] = runtime.serializeDateTime(requestParameters['createdAfter'] as any);
        }

        if (requestParameters['createdBefore'] != null) {
            queryParameters['createdBefore'] = runtime.serializeDateTime(requestParameters['createdBefore'] as any);
        }

        if (requestParameters['updatedAfter'] != null) {
            queryParameters['updatedAfter'] = runtime.serializeDateTime(requestParameters['updatedAfter'] as any);
        }

        if (requestParameters['updatedBefore'] != null) {
            queryParameters['updatedBefore'] = runtime.serializeDateTime(requestParameters['updatedBefore'] as any);
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

        let urlPath = `/v1/customers`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  Lists customers ordered by `id`, filtered by every filter given (all must match). An empty filter value counts as no filter. 
     * List customers
     */
    async listCustomersRaw(requestParameters: ListCustomersRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<CustomerPage>> {
        const requestOptions = await this.listCustomersRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CustomerPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  Lists customers ordered by `id`, filtered by every filter given (all must match). An empty filter value counts as no filter. 
     * List customers
     */
    async listCustomers(requestParameters: ListCustomersRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<CustomerPage> {
        const response = await this.listCustomersRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for patchCustomer without sending the request
     */
    async patchCustomerRequestOpts(requestParameters: PatchCustomerRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling patchCustomer().'
            );
        }

        if (requestParameters['id2'] == null) {
            throw new runtime.RequiredError(
                'id2',
                'Required parameter "id2" was null or undefined when calling patchCustomer().'
            );
        }

        if (requestParameters['customerPatch'] == null) {
            throw new runtime.RequiredError(
                'customerPatch',
                'Required parameter "customerPatch" was null or undefined when calling patchCustomer().'
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

        let urlPath = `/v1/customers/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id2'])));

        return {
            path: urlPath,
            method: 'PATCH',
            headers: headerParameters,
            query: queryParameters,
            body: CustomerPatchToJSON(requestParameters['customerPatch']),
        };
    }

    /**
     * **Scope: `write`.**  Changes only what the body names; the customer must exist (create it with `PUT`). A profile field set to `null` is cleared. `attributes` is applied as a JSON merge patch (RFC 7396): keys are set, nested objects are merged, a key set to `null` is removed, keys not named are kept. `consent` changes only the channels named. The body is validated before the customer is looked up, so an invalid body answers `400` even for an unknown id. Body limit: 256 KiB. 
     * Change some fields of a customer (merge)
     */
    async patchCustomerRaw(requestParameters: PatchCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Customer>> {
        const requestOptions = await this.patchCustomerRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CustomerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Changes only what the body names; the customer must exist (create it with `PUT`). A profile field set to `null` is cleared. `attributes` is applied as a JSON merge patch (RFC 7396): keys are set, nested objects are merged, a key set to `null` is removed, keys not named are kept. `consent` changes only the channels named. The body is validated before the customer is looked up, so an invalid body answers `400` even for an unknown id. Body limit: 256 KiB. 
     * Change some fields of a customer (merge)
     */
    async patchCustomer(requestParameters: PatchCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Customer> {
        const response = await this.patchCustomerRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for putCustomer without sending the request
     */
    async putCustomerRequestOpts(requestParameters: PutCustomerRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling putCustomer().'
            );
        }

        if (requestParameters['id2'] == null) {
            throw new runtime.RequiredError(
                'id2',
                'Required parameter "id2" was null or undefined when calling putCustomer().'
            );
        }

        if (requestParameters['customerReplace'] == null) {
            throw new runtime.RequiredError(
                'customerReplace',
                'Required parameter "customerReplace" was null or undefined when calling putCustomer().'
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

        let urlPath = `/v1/customers/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id2'])));

        return {
            path: urlPath,
            method: 'PUT',
            headers: headerParameters,
            query: queryParameters,
            body: CustomerReplaceToJSON(requestParameters['customerReplace']),
        };
    }

    /**
     * **Scope: `write`.**  Creates the customer with this id (`201`), or replaces its profile (`200`). The profile fields (`email`, `phone`, `firstName`, `lastName`, `timezone`, `locale`) and `attributes` are **replaced**: a field left out or `null` is cleared, and `attributes` becomes exactly the object sent (`{}` when left out). **Consent is never cleared by omission**: only the channels named in `consent` change, the others keep their state (see `CustomerReplace`). Sending the same body again changes nothing but `updatedAt`. Body limit: 256 KiB. 
     * Create or replace a customer (idempotent upsert)
     */
    async putCustomerRaw(requestParameters: PutCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Customer>> {
        const requestOptions = await this.putCustomerRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CustomerFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Creates the customer with this id (`201`), or replaces its profile (`200`). The profile fields (`email`, `phone`, `firstName`, `lastName`, `timezone`, `locale`) and `attributes` are **replaced**: a field left out or `null` is cleared, and `attributes` becomes exactly the object sent (`{}` when left out). **Consent is never cleared by omission**: only the channels named in `consent` change, the others keep their state (see `CustomerReplace`). Sending the same body again changes nothing but `updatedAt`. Body limit: 256 KiB. 
     * Create or replace a customer (idempotent upsert)
     */
    async putCustomer(requestParameters: PutCustomerRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Customer> {
        const response = await this.putCustomerRaw(requestParameters, initOverrides);
        return await response.value();
    }

}

/**
 * @export
 */
export const GetSendTimeChannelEnum = {
    Email: 'email',
    Push: 'push',
    Sms: 'sms',
    Whatsapp: 'whatsapp',
} as const;
export type GetSendTimeChannelEnum = typeof GetSendTimeChannelEnum[keyof typeof GetSendTimeChannelEnum];
