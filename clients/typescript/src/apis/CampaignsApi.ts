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
    type Campaign,
    CampaignFromJSON,
    CampaignToJSON,
} from '../models/Campaign';
import {
    type CampaignDefinition,
    CampaignDefinitionFromJSON,
    CampaignDefinitionToJSON,
} from '../models/CampaignDefinition';
import {
    type CampaignEntryPage,
    CampaignEntryPageFromJSON,
    CampaignEntryPageToJSON,
} from '../models/CampaignEntryPage';
import {
    type CampaignPage,
    CampaignPageFromJSON,
    CampaignPageToJSON,
} from '../models/CampaignPage';
import {
    type CampaignStats,
    CampaignStatsFromJSON,
    CampaignStatsToJSON,
} from '../models/CampaignStats';
import {
    type FrequencyCaps,
    FrequencyCapsFromJSON,
    FrequencyCapsToJSON,
} from '../models/FrequencyCaps';
import {
    type Problem,
    ProblemFromJSON,
    ProblemToJSON,
} from '../models/Problem';

export interface ActivateCampaignRequest {
    /**
     * The campaign's `id`.
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

export interface ArchiveCampaignRequest {
    /**
     * The campaign's `id`.
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

export interface CreateCampaignRequest {
    /**
     * 
     */
    campaignDefinition: CampaignDefinition;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface GetCampaignRequest {
    /**
     * The campaign's `id`.
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

export interface GetCampaignStatsRequest {
    /**
     * The campaign's `id`.
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

export interface GetFrequencyCapsRequest {
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ListCampaignEntriesRequest {
    /**
     * The campaign's `id`.
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
     * Only entries with this status.
     */
    status?: ListCampaignEntriesStatusEnum;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ListCampaignsRequest {
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

export interface PauseCampaignRequest {
    /**
     * The campaign's `id`.
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

export interface ReplaceCampaignRequest {
    /**
     * The campaign's `id`.
     */
    id: string;
    /**
     * 
     */
    campaignDefinition: CampaignDefinition;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ReplaceFrequencyCapsRequest {
    /**
     * 
     */
    frequencyCaps: FrequencyCaps;
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
export class CampaignsApi extends runtime.BaseAPI {

    /**
     * Creates request options for activateCampaign without sending the request
     */
    async activateCampaignRequestOpts(requestParameters: ActivateCampaignRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling activateCampaign().'
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

        let urlPath = `/v1/campaigns/{id}/activate`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.**  From now on the campaign enrols customers: a triggered one for triggers from this moment (nothing that happened before, or while it was paused), a one-off one at its `sendAt`. 
     * Activate a draft or paused campaign
     */
    async activateCampaignRaw(requestParameters: ActivateCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Campaign>> {
        const requestOptions = await this.activateCampaignRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  From now on the campaign enrols customers: a triggered one for triggers from this moment (nothing that happened before, or while it was paused), a one-off one at its `sendAt`. 
     * Activate a draft or paused campaign
     */
    async activateCampaign(requestParameters: ActivateCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Campaign> {
        const response = await this.activateCampaignRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for archiveCampaign without sending the request
     */
    async archiveCampaignRequestOpts(requestParameters: ArchiveCampaignRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling archiveCampaign().'
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

        let urlPath = `/v1/campaigns/{id}/archive`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.** An archived campaign sends nothing more and cannot change. 
     * Archive a campaign for good
     */
    async archiveCampaignRaw(requestParameters: ArchiveCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Campaign>> {
        const requestOptions = await this.archiveCampaignRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** An archived campaign sends nothing more and cannot change. 
     * Archive a campaign for good
     */
    async archiveCampaign(requestParameters: ArchiveCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Campaign> {
        const response = await this.archiveCampaignRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for createCampaign without sending the request
     */
    async createCampaignRequestOpts(requestParameters: CreateCampaignRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['campaignDefinition'] == null) {
            throw new runtime.RequiredError(
                'campaignDefinition',
                'Required parameter "campaignDefinition" was null or undefined when calling createCampaign().'
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

        let urlPath = `/v1/campaigns`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: CampaignDefinitionToJSON(requestParameters['campaignDefinition']),
        };
    }

    /**
     * **Scope: `write`.**  Saves a campaign as `draft`; nothing is sent until it is activated. Every invalid field is named by its JSON path (templates that do not parse with line and column, trigger rules like segment rules). Body limit: 1 MiB. 
     * Create a campaign (as a draft)
     */
    async createCampaignRaw(requestParameters: CreateCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Campaign>> {
        const requestOptions = await this.createCampaignRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Saves a campaign as `draft`; nothing is sent until it is activated. Every invalid field is named by its JSON path (templates that do not parse with line and column, trigger rules like segment rules). Body limit: 1 MiB. 
     * Create a campaign (as a draft)
     */
    async createCampaign(requestParameters: CreateCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Campaign> {
        const response = await this.createCampaignRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getCampaign without sending the request
     */
    async getCampaignRequestOpts(requestParameters: GetCampaignRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling getCampaign().'
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

        let urlPath = `/v1/campaigns/{id}`;
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
     * Read a campaign
     */
    async getCampaignRaw(requestParameters: GetCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Campaign>> {
        const requestOptions = await this.getCampaignRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** 
     * Read a campaign
     */
    async getCampaign(requestParameters: GetCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Campaign> {
        const response = await this.getCampaignRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getCampaignStats without sending the request
     */
    async getCampaignStatsRequestOpts(requestParameters: GetCampaignStatsRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling getCampaignStats().'
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

        let urlPath = `/v1/campaigns/{id}/stats`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  `messages`: distinct messages per delivery event (`<Channel> Sent`, `Delivered`, `Bounced`, `Failed`) and engagement (`Email Opened`, `Email Link Clicked`, `Unsubscribed`); delivery rate per sent, the others per delivered. `treatment` (recipients who were sent a message) and `holdout` (the control group): recipients who did the conversion event within the window after their message was decided (for the holdout, after they would have got it), and the revenue of those events. `lift`: the treatment\'s conversion rate minus the holdout\'s, with a 95% Wald interval and the p-value of the two-proportion z-test (null until both groups have recipients). `variants`: the treatment per message variant. `timing` (null unless the timing is `optimised`): per timing arm, recipients (queued messages), `engaged` (messages with an engagement event of the campaign\'s channel, the events the send-time model learns from: an email opened or clicked, a push opened, a text\'s link clicked, a WhatsApp message read or its link clicked) and conversions, and `lift`: the `optimised` arm\'s engagement rate minus the `fixed` arm\'s (the timing holdout), with a 95% Wald interval and p-value (null until both arms have recipients). 
     * How the campaign did, against its holdout
     */
    async getCampaignStatsRaw(requestParameters: GetCampaignStatsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<CampaignStats>> {
        const requestOptions = await this.getCampaignStatsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignStatsFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  `messages`: distinct messages per delivery event (`<Channel> Sent`, `Delivered`, `Bounced`, `Failed`) and engagement (`Email Opened`, `Email Link Clicked`, `Unsubscribed`); delivery rate per sent, the others per delivered. `treatment` (recipients who were sent a message) and `holdout` (the control group): recipients who did the conversion event within the window after their message was decided (for the holdout, after they would have got it), and the revenue of those events. `lift`: the treatment\'s conversion rate minus the holdout\'s, with a 95% Wald interval and the p-value of the two-proportion z-test (null until both groups have recipients). `variants`: the treatment per message variant. `timing` (null unless the timing is `optimised`): per timing arm, recipients (queued messages), `engaged` (messages with an engagement event of the campaign\'s channel, the events the send-time model learns from: an email opened or clicked, a push opened, a text\'s link clicked, a WhatsApp message read or its link clicked) and conversions, and `lift`: the `optimised` arm\'s engagement rate minus the `fixed` arm\'s (the timing holdout), with a 95% Wald interval and p-value (null until both arms have recipients). 
     * How the campaign did, against its holdout
     */
    async getCampaignStats(requestParameters: GetCampaignStatsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<CampaignStats> {
        const response = await this.getCampaignStatsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getFrequencyCaps without sending the request
     */
    async getFrequencyCapsRequestOpts(requestParameters: GetFrequencyCapsRequest): Promise<runtime.RequestOpts> {
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

        let urlPath = `/v1/frequency-caps`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.** 
     * The frequency caps
     */
    async getFrequencyCapsRaw(requestParameters: GetFrequencyCapsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<FrequencyCaps>> {
        const requestOptions = await this.getFrequencyCapsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => FrequencyCapsFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** 
     * The frequency caps
     */
    async getFrequencyCaps(requestParameters: GetFrequencyCapsRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<FrequencyCaps> {
        const response = await this.getFrequencyCapsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listCampaignEntries without sending the request
     */
    async listCampaignEntriesRequestOpts(requestParameters: ListCampaignEntriesRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling listCampaignEntries().'
            );
        }

        const queryParameters: any = {};

        if (requestParameters['limit'] != null) {
            queryParameters['limit'] = requestParameters['limit'];
        }

        if (requestParameters['cursor'] != null) {
            queryParameters['cursor'] = requestParameters['cursor'];
        }

        if (requestParameters['status'] != null) {
            queryParameters['status'] = requestParameters['status'];
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

        let urlPath = `/v1/campaigns/{id}/entries`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  One entry per customer and trigger occurrence (each triggering event; `created` for a welcome; `once` for a one-off campaign), ordered by customer and occurrence. `status`: `waiting` (until `dueAt`; a message held back by its timing or quiet hours waits with `dueAt` at its send time), `queued` (a message is in the outbox under `messageKey`), `held_out` (control group), `exited` (the exit event happened, or the customer left the audience), `suppressed` (no consent, no address, frequency cap; see `reason`) or `failed` (the content did not render). 
     * Who entered the campaign and what was decided
     */
    async listCampaignEntriesRaw(requestParameters: ListCampaignEntriesRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<CampaignEntryPage>> {
        const requestOptions = await this.listCampaignEntriesRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignEntryPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  One entry per customer and trigger occurrence (each triggering event; `created` for a welcome; `once` for a one-off campaign), ordered by customer and occurrence. `status`: `waiting` (until `dueAt`; a message held back by its timing or quiet hours waits with `dueAt` at its send time), `queued` (a message is in the outbox under `messageKey`), `held_out` (control group), `exited` (the exit event happened, or the customer left the audience), `suppressed` (no consent, no address, frequency cap; see `reason`) or `failed` (the content did not render). 
     * Who entered the campaign and what was decided
     */
    async listCampaignEntries(requestParameters: ListCampaignEntriesRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<CampaignEntryPage> {
        const response = await this.listCampaignEntriesRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listCampaigns without sending the request
     */
    async listCampaignsRequestOpts(requestParameters: ListCampaignsRequest): Promise<runtime.RequestOpts> {
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

        let urlPath = `/v1/campaigns`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.** Ordered by `id`. 
     * List campaigns
     */
    async listCampaignsRaw(requestParameters: ListCampaignsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<CampaignPage>> {
        const requestOptions = await this.listCampaignsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** Ordered by `id`. 
     * List campaigns
     */
    async listCampaigns(requestParameters: ListCampaignsRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<CampaignPage> {
        const response = await this.listCampaignsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for pauseCampaign without sending the request
     */
    async pauseCampaignRequestOpts(requestParameters: PauseCampaignRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling pauseCampaign().'
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

        let urlPath = `/v1/campaigns/{id}/pause`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.** A paused campaign enrols no one and sends nothing; entries wait. 
     * Pause an active campaign
     */
    async pauseCampaignRaw(requestParameters: PauseCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Campaign>> {
        const requestOptions = await this.pauseCampaignRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** A paused campaign enrols no one and sends nothing; entries wait. 
     * Pause an active campaign
     */
    async pauseCampaign(requestParameters: PauseCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Campaign> {
        const response = await this.pauseCampaignRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for replaceCampaign without sending the request
     */
    async replaceCampaignRequestOpts(requestParameters: ReplaceCampaignRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling replaceCampaign().'
            );
        }

        if (requestParameters['campaignDefinition'] == null) {
            throw new runtime.RequiredError(
                'campaignDefinition',
                'Required parameter "campaignDefinition" was null or undefined when calling replaceCampaign().'
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

        let urlPath = `/v1/campaigns/{id}`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'PUT',
            headers: headerParameters,
            query: queryParameters,
            body: CampaignDefinitionToJSON(requestParameters['campaignDefinition']),
        };
    }

    /**
     * **Scope: `write`.**  Replaces the definition, also of an active campaign: decisions already taken stand, so nobody gets a message twice; entries still waiting are decided by the new definition. An archived campaign cannot change (`409`). 
     * Edit a campaign
     */
    async replaceCampaignRaw(requestParameters: ReplaceCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Campaign>> {
        const requestOptions = await this.replaceCampaignRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => CampaignFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Replaces the definition, also of an active campaign: decisions already taken stand, so nobody gets a message twice; entries still waiting are decided by the new definition. An archived campaign cannot change (`409`). 
     * Edit a campaign
     */
    async replaceCampaign(requestParameters: ReplaceCampaignRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Campaign> {
        const response = await this.replaceCampaignRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for replaceFrequencyCaps without sending the request
     */
    async replaceFrequencyCapsRequestOpts(requestParameters: ReplaceFrequencyCapsRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['frequencyCaps'] == null) {
            throw new runtime.RequiredError(
                'frequencyCaps',
                'Required parameter "frequencyCaps" was null or undefined when calling replaceFrequencyCaps().'
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

        let urlPath = `/v1/frequency-caps`;

        return {
            path: urlPath,
            method: 'PUT',
            headers: headerParameters,
            query: queryParameters,
            body: FrequencyCapsToJSON(requestParameters['frequencyCaps']),
        };
    }

    /**
     * **Scope: `write`.**  At most `messages` messages per customer on a `channel` in any `days` days, across all campaigns; transactional campaigns are exempt and do not count. A message over the cap is not sent (its entry is `suppressed`). At most one cap per channel; an empty list removes all. 
     * Replace the frequency caps
     */
    async replaceFrequencyCapsRaw(requestParameters: ReplaceFrequencyCapsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<FrequencyCaps>> {
        const requestOptions = await this.replaceFrequencyCapsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => FrequencyCapsFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  At most `messages` messages per customer on a `channel` in any `days` days, across all campaigns; transactional campaigns are exempt and do not count. A message over the cap is not sent (its entry is `suppressed`). At most one cap per channel; an empty list removes all. 
     * Replace the frequency caps
     */
    async replaceFrequencyCaps(requestParameters: ReplaceFrequencyCapsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<FrequencyCaps> {
        const response = await this.replaceFrequencyCapsRaw(requestParameters, initOverrides);
        return await response.value();
    }

}

/**
 * @export
 */
export const ListCampaignEntriesStatusEnum = {
    Waiting: 'waiting',
    Queued: 'queued',
    HeldOut: 'held_out',
    Exited: 'exited',
    Suppressed: 'suppressed',
    Failed: 'failed',
} as const;
export type ListCampaignEntriesStatusEnum = typeof ListCampaignEntriesStatusEnum[keyof typeof ListCampaignEntriesStatusEnum];
