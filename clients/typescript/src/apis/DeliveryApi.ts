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
    type ChannelConfiguration,
    ChannelConfigurationFromJSON,
    ChannelConfigurationToJSON,
} from '../models/ChannelConfiguration';
import {
    type ChannelPage,
    ChannelPageFromJSON,
    ChannelPageToJSON,
} from '../models/ChannelPage';
import {
    type ChannelSettingsInput,
    ChannelSettingsInputFromJSON,
    ChannelSettingsInputToJSON,
} from '../models/ChannelSettingsInput';
import {
    type Message,
    MessageFromJSON,
    MessageToJSON,
} from '../models/Message';
import {
    type MessagePage,
    MessagePageFromJSON,
    MessagePageToJSON,
} from '../models/MessagePage';
import {
    type MessageStatus,
    MessageStatusFromJSON,
    MessageStatusToJSON,
} from '../models/MessageStatus';
import {
    type PostDeliveryReceipts200Response,
    PostDeliveryReceipts200ResponseFromJSON,
    PostDeliveryReceipts200ResponseToJSON,
} from '../models/PostDeliveryReceipts200Response';
import {
    type PostDeliveryReceiptsRequest,
    PostDeliveryReceiptsRequestFromJSON,
    PostDeliveryReceiptsRequestToJSON,
} from '../models/PostDeliveryReceiptsRequest';
import {
    type PostReply200Response,
    PostReply200ResponseFromJSON,
    PostReply200ResponseToJSON,
} from '../models/PostReply200Response';
import {
    type PostReplyRequest,
    PostReplyRequestFromJSON,
    PostReplyRequestToJSON,
} from '../models/PostReplyRequest';
import {
    type Problem,
    ProblemFromJSON,
    ProblemToJSON,
} from '../models/Problem';

export interface ConfigureChannelRequest {
    /**
     * The message channel.
     */
    channel: string;
    /**
     * 
     */
    channelSettingsInput: ChannelSettingsInput;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface GetMessageRequest {
    /**
     * The message's `id`.
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

export interface ListChannelsRequest {
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ListMessagesRequest {
    /**
     * Only messages with this status.
     */
    status?: MessageStatus;
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

export interface PostDeliveryReceiptsOperationRequest {
    /**
     * 
     */
    postDeliveryReceiptsRequest: PostDeliveryReceiptsRequest;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface PostReplyOperationRequest {
    /**
     * 
     */
    postReplyRequest: PostReplyRequest;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface RetryMessageRequest {
    /**
     * The message's `id`.
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

/**
 * 
 */
export class DeliveryApi extends runtime.BaseAPI {

    /**
     * Creates request options for configureChannel without sending the request
     */
    async configureChannelRequestOpts(requestParameters: ConfigureChannelRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['channel'] == null) {
            throw new runtime.RequiredError(
                'channel',
                'Required parameter "channel" was null or undefined when calling configureChannel().'
            );
        }

        if (requestParameters['channelSettingsInput'] == null) {
            throw new runtime.RequiredError(
                'channelSettingsInput',
                'Required parameter "channelSettingsInput" was null or undefined when calling configureChannel().'
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

        let urlPath = `/v1/channels/{channel}`;
        urlPath = urlPath.replace('{channel}', encodeURIComponent(String(requestParameters['channel'])));

        return {
            path: urlPath,
            method: 'PUT',
            headers: headerParameters,
            query: queryParameters,
            body: ChannelSettingsInputToJSON(requestParameters['channelSettingsInput']),
        };
    }

    /**
     * **Scope: `admin`.**  Replaces the channel\'s settings. They are stored in the database, so every node sends the same way; other nodes pick a change up within a few seconds. Every transport takes `ratePerSecond` (most messages per second per node; no limit when left out) and `maxConcurrent` (most messages in flight per node, default 32).  - `log` writes each message to the server log and counts it as delivered (the default). - `webhook` POSTs each message as JSON to `url`, signed with `secret` (see the README:   `X-Bindung-Signature` is `sha256=` and the hex HMAC-SHA256 of `<X-Bindung-Timestamp>.<body>`),   with an `Idempotency-Key` header that is the same on every try of a message. Email, SMS,   push and WhatsApp providers are reached this way. A 2xx answer is success; 408, 429, 5xx   and timeouts are retried; other answers dead-letter the message. - `smtp` sends email through an SMTP server (email channel only), as   `multipart/alternative` when both an HTML and a text body are given.  An unknown channel answers `404`. Body limit: 16 KiB. 
     * Configure how a message channel is sent
     */
    async configureChannelRaw(requestParameters: ConfigureChannelRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<ChannelConfiguration>> {
        const requestOptions = await this.configureChannelRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ChannelConfigurationFromJSON(jsonValue));
    }

    /**
     * **Scope: `admin`.**  Replaces the channel\'s settings. They are stored in the database, so every node sends the same way; other nodes pick a change up within a few seconds. Every transport takes `ratePerSecond` (most messages per second per node; no limit when left out) and `maxConcurrent` (most messages in flight per node, default 32).  - `log` writes each message to the server log and counts it as delivered (the default). - `webhook` POSTs each message as JSON to `url`, signed with `secret` (see the README:   `X-Bindung-Signature` is `sha256=` and the hex HMAC-SHA256 of `<X-Bindung-Timestamp>.<body>`),   with an `Idempotency-Key` header that is the same on every try of a message. Email, SMS,   push and WhatsApp providers are reached this way. A 2xx answer is success; 408, 429, 5xx   and timeouts are retried; other answers dead-letter the message. - `smtp` sends email through an SMTP server (email channel only), as   `multipart/alternative` when both an HTML and a text body are given.  An unknown channel answers `404`. Body limit: 16 KiB. 
     * Configure how a message channel is sent
     */
    async configureChannel(requestParameters: ConfigureChannelRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<ChannelConfiguration> {
        const response = await this.configureChannelRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getMessage without sending the request
     */
    async getMessageRequestOpts(requestParameters: GetMessageRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling getMessage().'
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

        let urlPath = `/v1/messages/{id}`;
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
     * Read one outbox message
     */
    async getMessageRaw(requestParameters: GetMessageRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Message>> {
        const requestOptions = await this.getMessageRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => MessageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** 
     * Read one outbox message
     */
    async getMessage(requestParameters: GetMessageRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Message> {
        const response = await this.getMessageRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listChannels without sending the request
     */
    async listChannelsRequestOpts(requestParameters: ListChannelsRequest): Promise<runtime.RequestOpts> {
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

        let urlPath = `/v1/channels`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `admin`.**  All five message channels (`email`, `sms`, `push`, `whatsapp`, `webhook`), in that order, with their transport and settings. Secrets and passwords are never shown, only whether they are set. A channel never configured is sent with the `log` transport (`updatedAt` is `null`). `breaker` is the state of the channel\'s circuit breaker on the node that answers. 
     * List how each message channel is sent
     */
    async listChannelsRaw(requestParameters: ListChannelsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<ChannelPage>> {
        const requestOptions = await this.listChannelsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ChannelPageFromJSON(jsonValue));
    }

    /**
     * **Scope: `admin`.**  All five message channels (`email`, `sms`, `push`, `whatsapp`, `webhook`), in that order, with their transport and settings. Secrets and passwords are never shown, only whether they are set. A channel never configured is sent with the `log` transport (`updatedAt` is `null`). `breaker` is the state of the channel\'s circuit breaker on the node that answers. 
     * List how each message channel is sent
     */
    async listChannels(requestParameters: ListChannelsRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<ChannelPage> {
        const response = await this.listChannelsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listMessages without sending the request
     */
    async listMessagesRequestOpts(requestParameters: ListMessagesRequest): Promise<runtime.RequestOpts> {
        const queryParameters: any = {};

        if (requestParameters['status'] != null) {
            queryParameters['status'] = requestParameters['status'];
        }

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

        let urlPath = `/v1/messages`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  Messages campaigns decided to send, from the oldest to the newest, all of them or those with one `status`. `?status=dead` lists the dead letters: messages whose last attempt failed, or that a channel refused for good. 
     * List outbox messages, e.g. the dead letters
     */
    async listMessagesRaw(requestParameters: ListMessagesRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<MessagePage>> {
        const requestOptions = await this.listMessagesRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => MessagePageFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  Messages campaigns decided to send, from the oldest to the newest, all of them or those with one `status`. `?status=dead` lists the dead letters: messages whose last attempt failed, or that a channel refused for good. 
     * List outbox messages, e.g. the dead letters
     */
    async listMessages(requestParameters: ListMessagesRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<MessagePage> {
        const response = await this.listMessagesRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for postDeliveryReceipts without sending the request
     */
    async postDeliveryReceiptsRequestOpts(requestParameters: PostDeliveryReceiptsOperationRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['postDeliveryReceiptsRequest'] == null) {
            throw new runtime.RequiredError(
                'postDeliveryReceiptsRequest',
                'Required parameter "postDeliveryReceiptsRequest" was null or undefined when calling postDeliveryReceipts().'
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

        let urlPath = `/v1/delivery/receipts`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: PostDeliveryReceiptsRequestToJSON(requestParameters['postDeliveryReceiptsRequest']),
        };
    }

    /**
     * **Scope: `write`.**  Point your email, SMS, push or WhatsApp provider\'s status callback here (through a small adapter if its format differs). Each receipt names a message by its `messageKey` (the `Idempotency-Key` of the webhook that carried it) and becomes an event on the recipient\'s timeline: `<Channel> Delivered`, `<Channel> Bounced` or `<Channel> Failed` (e.g. `Email Bounced`), with `campaignId`, `variant`, `messageKey`, `channel` and `reason`. A repeated receipt is stored once. Up to 1,000 receipts per call. 
     * Delivery receipts from a provider
     */
    async postDeliveryReceiptsRaw(requestParameters: PostDeliveryReceiptsOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<PostDeliveryReceipts200Response>> {
        const requestOptions = await this.postDeliveryReceiptsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => PostDeliveryReceipts200ResponseFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Point your email, SMS, push or WhatsApp provider\'s status callback here (through a small adapter if its format differs). Each receipt names a message by its `messageKey` (the `Idempotency-Key` of the webhook that carried it) and becomes an event on the recipient\'s timeline: `<Channel> Delivered`, `<Channel> Bounced` or `<Channel> Failed` (e.g. `Email Bounced`), with `campaignId`, `variant`, `messageKey`, `channel` and `reason`. A repeated receipt is stored once. Up to 1,000 receipts per call. 
     * Delivery receipts from a provider
     */
    async postDeliveryReceipts(requestParameters: PostDeliveryReceiptsOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<PostDeliveryReceipts200Response> {
        const response = await this.postDeliveryReceiptsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for postReply without sending the request
     */
    async postReplyRequestOpts(requestParameters: PostReplyOperationRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['postReplyRequest'] == null) {
            throw new runtime.RequiredError(
                'postReplyRequest',
                'Required parameter "postReplyRequest" was null or undefined when calling postReply().'
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

        let urlPath = `/v1/delivery/replies`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: PostReplyRequestToJSON(requestParameters['postReplyRequest']),
        };
    }

    /**
     * **Scope: `write`.**  Forward inbound messages here. A reply that is an opt-out keyword (`STOP`, `STOPALL`, `UNSUBSCRIBE`, `CANCEL`, `END`, `QUIT`, any case) withdraws the channel\'s consent of every customer with that phone number and records `Unsubscribed` for each; other replies change nothing. 
     * An SMS or WhatsApp reply from a recipient
     */
    async postReplyRaw(requestParameters: PostReplyOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<PostReply200Response>> {
        const requestOptions = await this.postReplyRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => PostReply200ResponseFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Forward inbound messages here. A reply that is an opt-out keyword (`STOP`, `STOPALL`, `UNSUBSCRIBE`, `CANCEL`, `END`, `QUIT`, any case) withdraws the channel\'s consent of every customer with that phone number and records `Unsubscribed` for each; other replies change nothing. 
     * An SMS or WhatsApp reply from a recipient
     */
    async postReply(requestParameters: PostReplyOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<PostReply200Response> {
        const response = await this.postReplyRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for retryMessage without sending the request
     */
    async retryMessageRequestOpts(requestParameters: RetryMessageRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['id'] == null) {
            throw new runtime.RequiredError(
                'id',
                'Required parameter "id" was null or undefined when calling retryMessage().'
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

        let urlPath = `/v1/messages/{id}/retry`;
        urlPath = urlPath.replace('{id}', encodeURIComponent(String(requestParameters['id'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.** No body.  Takes a dead message back: it is pending again, due now, with its attempts reset, and the dispatcher sends it like a new one (with the same `Idempotency-Key`). Only dead messages can be retried: any other status answers `409`. 
     * Send a dead letter again
     */
    async retryMessageRaw(requestParameters: RetryMessageRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Message>> {
        const requestOptions = await this.retryMessageRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => MessageFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** No body.  Takes a dead message back: it is pending again, due now, with its attempts reset, and the dispatcher sends it like a new one (with the same `Idempotency-Key`). Only dead messages can be retried: any other status answers `409`. 
     * Send a dead letter again
     */
    async retryMessage(requestParameters: RetryMessageRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Message> {
        const response = await this.retryMessageRaw(requestParameters, initOverrides);
        return await response.value();
    }

}
