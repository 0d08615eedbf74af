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

import { mapValues, parseDate, parseDateTime, serializeDate, serializeDateTime } from '../runtime';
/**
 * One call of Segment's HTTP Tracking API. `userId` is the customer id and `anonymousId` a
 * visitor's (one is required; `alias` needs `userId` and `previousId`); ids may be strings or
 * numbers. The event's time is `timestamp` when sent, else `originalTimestamp` corrected for
 * the client's clock skew as receivedAt − (sentAt − originalTimestamp), else the time it was
 * received. `messageId` de-duplicates, as for every event.
 * 
 * @export
 * @interface SegmentMessage
 */
export interface SegmentMessage {
    [key: string]: any | any;
    /**
     * Required inside a batch; the path names it for single calls.
     */
    type?: SegmentMessageTypeEnum;
    /**
     * The customer id (a JSON number is accepted too, as Segment's libraries allow).
     */
    userId?: string;
    /**
     * A visitor id (a JSON number is accepted too, as Segment's libraries allow).
     */
    anonymousId?: string;
    /**
     * For `alias`, the anonymous id that was this user.
     */
    previousId?: string;
    /**
     * For `group`, the group's id (a JSON number is accepted too, as Segment's libraries allow).
     */
    groupId?: string;
    /**
     * 
     */
    event?: string;
    /**
     * 
     */
    name?: string;
    /**
     * 
     */
    category?: string;
    /**
     * 
     */
    messageId?: string;
    /**
     * 
     */
    timestamp?: Date;
    /**
     * 
     */
    originalTimestamp?: Date;
    /**
     * 
     */
    sentAt?: Date;
    /**
     * 
     */
    properties?: object;
    /**
     * 
     */
    traits?: object;
    /**
     * 
     */
    context?: object;
    /**
     * 
     */
    integrations?: object;
    /**
     * 
     */
    writeKey?: string;
}


/**
 * @export
 */
export const SegmentMessageTypeEnum = {
    Track: 'track',
    Identify: 'identify',
    Page: 'page',
    Screen: 'screen',
    Group: 'group',
    Alias: 'alias',
} as const;
export type SegmentMessageTypeEnum = typeof SegmentMessageTypeEnum[keyof typeof SegmentMessageTypeEnum];


/**
 * Check if a given object implements the SegmentMessage interface.
 */
export function instanceOfSegmentMessage(value: object): value is SegmentMessage {
    return true;
}

export function SegmentMessageFromJSON(json: any): SegmentMessage {
    return SegmentMessageFromJSONTyped(json, false);
}

export function SegmentMessageFromJSONTyped(json: any, ignoreDiscriminator: boolean): SegmentMessage {
    if (json == null) {
        return json;
    }
    return {
        
            ...json,
        'type': json['type'] == null ? undefined : json['type'],
        'userId': json['userId'] == null ? undefined : json['userId'],
        'anonymousId': json['anonymousId'] == null ? undefined : json['anonymousId'],
        'previousId': json['previousId'] == null ? undefined : json['previousId'],
        'groupId': json['groupId'] == null ? undefined : json['groupId'],
        'event': json['event'] == null ? undefined : json['event'],
        'name': json['name'] == null ? undefined : json['name'],
        'category': json['category'] == null ? undefined : json['category'],
        'messageId': json['messageId'] == null ? undefined : json['messageId'],
        'timestamp': json['timestamp'] == null ? undefined : (parseDateTime(json['timestamp'])),
        'originalTimestamp': json['originalTimestamp'] == null ? undefined : (parseDateTime(json['originalTimestamp'])),
        'sentAt': json['sentAt'] == null ? undefined : (parseDateTime(json['sentAt'])),
        'properties': json['properties'] == null ? undefined : json['properties'],
        'traits': json['traits'] == null ? undefined : json['traits'],
        'context': json['context'] == null ? undefined : json['context'],
        'integrations': json['integrations'] == null ? undefined : json['integrations'],
        'writeKey': json['writeKey'] == null ? undefined : json['writeKey'],
    };
}

export function SegmentMessageToJSON(json: any): SegmentMessage {
    return SegmentMessageToJSONTyped(json, false);
}

export function SegmentMessageToJSONTyped(value?: SegmentMessage | null, ignoreDiscriminator: boolean = false): any {
    if (value == null) {
        return value;
    }

    return {
        
            ...value,
        'type': value['type'],
        'userId': value['userId'],
        'anonymousId': value['anonymousId'],
        'previousId': value['previousId'],
        'groupId': value['groupId'],
        'event': value['event'],
        'name': value['name'],
        'category': value['category'],
        'messageId': value['messageId'],
        'timestamp': value['timestamp'] == null ? value['timestamp'] : serializeDateTime(value['timestamp']),
        'originalTimestamp': value['originalTimestamp'] == null ? value['originalTimestamp'] : serializeDateTime(value['originalTimestamp']),
        'sentAt': value['sentAt'] == null ? value['sentAt'] : serializeDateTime(value['sentAt']),
        'properties': value['properties'],
        'traits': value['traits'],
        'context': value['context'],
        'integrations': value['integrations'],
        'writeKey': value['writeKey'],
    };
}

