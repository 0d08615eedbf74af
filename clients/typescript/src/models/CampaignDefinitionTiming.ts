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

import { mapValues } from '../runtime';
/**
 * `immediately` (default), `localTime` (the next `time` on the recipient's clock) or
 * `optimised`: the recipient's best whole local hour within `withinHours` (1 to 168,
 * default 24) of the message becoming due, outside the quiet hours, as
 * `GET /v1/customers/{id}/send-time` finds it; decided once, when the message is due. When no
 * hour of the window is outside the quiet hours, the next `fallbackTime` (default 10:00) on
 * the recipient's clock. Not for webhook campaigns (400): no engagement comes back from a
 * webhook for the model to learn from.
 * 
 * With `optimised` timing the recipients are split by a deterministic hash of campaign and
 * customer (each customer always in the same arm): `timingHoldoutPercent` are sent at the
 * next `fallbackTime` after the message is due (the timing holdout: the campaign's fixed
 * time, against which the stats measure the lift of optimising), `explorationPercent` at a
 * uniformly random whole local hour of the window outside the quiet hours (so the model
 * learns hours it would not choose), the rest at their best hour. Both fields are only for
 * `optimised` timing (400 on the others). The control group of `holdoutPercent` is apart
 * from this and gets nothing.
 * 
 * @export
 * @interface CampaignDefinitionTiming
 */
export interface CampaignDefinitionTiming {
    /**
     * 
     */
    type: CampaignDefinitionTimingTypeEnum;
    /**
     * 
     */
    time?: string;
    /**
     * 
     */
    withinHours?: number;
    /**
     * 
     */
    fallbackTime?: string;
    /**
     * Share of recipients sent at the next `fallbackTime` instead of their best hour. Default 10.
     */
    timingHoldoutPercent?: number;
    /**
     * Share of recipients sent at a random hour of the window. Default 5.
     */
    explorationPercent?: number;
}


/**
 * @export
 */
export const CampaignDefinitionTimingTypeEnum = {
    Immediately: 'immediately',
    LocalTime: 'localTime',
    Optimised: 'optimised',
} as const;
export type CampaignDefinitionTimingTypeEnum = typeof CampaignDefinitionTimingTypeEnum[keyof typeof CampaignDefinitionTimingTypeEnum];


/**
 * Check if a given object implements the CampaignDefinitionTiming interface.
 */
export function instanceOfCampaignDefinitionTiming(value: object): value is CampaignDefinitionTiming {
    if (!('type' in value) || value['type'] === undefined) return false;
    return true;
}

export function CampaignDefinitionTimingFromJSON(json: any): CampaignDefinitionTiming {
    return CampaignDefinitionTimingFromJSONTyped(json, false);
}

export function CampaignDefinitionTimingFromJSONTyped(json: any, ignoreDiscriminator: boolean): CampaignDefinitionTiming {
    if (json == null) {
        return json;
    }
    return {
        
        'type': json['type'],
        'time': json['time'] == null ? undefined : json['time'],
        'withinHours': json['withinHours'] == null ? undefined : json['withinHours'],
        'fallbackTime': json['fallbackTime'] == null ? undefined : json['fallbackTime'],
        'timingHoldoutPercent': json['timingHoldoutPercent'] == null ? undefined : json['timingHoldoutPercent'],
        'explorationPercent': json['explorationPercent'] == null ? undefined : json['explorationPercent'],
    };
}

export function CampaignDefinitionTimingToJSON(json: any): CampaignDefinitionTiming {
    return CampaignDefinitionTimingToJSONTyped(json, false);
}

export function CampaignDefinitionTimingToJSONTyped(value?: CampaignDefinitionTiming | null, ignoreDiscriminator: boolean = false): any {
    if (value == null) {
        return value;
    }

    return {
        
        'type': value['type'],
        'time': value['time'],
        'withinHours': value['withinHours'],
        'fallbackTime': value['fallbackTime'],
        'timingHoldoutPercent': value['timingHoldoutPercent'],
        'explorationPercent': value['explorationPercent'],
    };
}

