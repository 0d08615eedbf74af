/*
 * Bindung REST API
 * Bindung is a headless customer-retention server. This REST API is how partner systems push **customers** and **events** into it and read them back. Frontends read metrics and experiment results through GraphQL (`/graphql`), which this document does not cover.  JSON is camelCase. Times are ISO 8601 / RFC 3339 date-times **with an offset** (`2026-01-31T12:00:00Z`, `2026-01-31T13:00:00+01:00`). Answers always give times in UTC with a `Z` and at most millisecond precision. Customer time zones are IANA names (`Europe/Berlin`).  ## Authentication and scopes  Every `/v1` route needs an API key sent as `Authorization: Bearer <key>`. Keys look like `bdg_<id>_<secret>`, are stored hashed and are shown only once, when they are created (with the `keys create` command of the jar, or with `POST /v1/keys` by an admin key). A server may also be started with a bootstrap admin key (`BINDUNG_ADMIN_KEY`).  A key carries one or more scopes. Each operation names the scope it needs:  | scope | allows | |---|---| | `read` | reading customers and their events, previewing message templates, reading outbox messages | | `write` | creating, changing and erasing customers, importing customers, sending events, retrying dead letters | | `admin` | everything above, plus managing API keys and configuring channels |  `read` and `write` are independent: an ingestion key with only `write` cannot read customer data, and a dashboard key with only `read` cannot change it. `admin` includes both.  A missing or malformed `Authorization` header, or an unknown or revoked key, answers `401` with a `WWW-Authenticate` header; a valid key without the needed scope answers `403`. A revoked key stops working within about five seconds on every node.  `/health/live`, `/health/ready`, `/metrics`, `/openapi.yaml` and `/docs` need no key.  ## Errors  Every error is an RFC 9457 problem document with `Content-Type: application/problem+json`:  ```json {   \"type\": \"https://bindung.dev/problems/validation\",   \"title\": \"Invalid request\",   \"status\": 400,   \"detail\": \"The request has 2 invalid field(s).\",   \"instance\": \"/v1/events/batch\",   \"errors\": [     {\"field\": \"events[1].event\", \"message\": \"is required for a track event\"},     {\"field\": \"events[3].timestamp\", \"message\": \"must be an ISO 8601 date-time with offset, e.g. 2026-01-31T12:00:00Z\"}   ] } ```  `type` identifies the kind of problem and is stable; `title` is its short name; `detail` explains this occurrence; `instance` is the request path. `errors` appears only on validation problems and lists **every** invalid field at once, as a JSON path into the request (`email`, `consent.sms.subscribed`, `events[3].customerId`) or the name of the query parameter. Answers never contain stack traces, SQL or other internals.  | status | `type` (after `https://bindung.dev/problems/`) | when | |---|---|---| | 400 | `validation` | a field, path parameter or query parameter is invalid (with `errors`) | | 400 | `malformed-json` | the body is empty or not JSON | | 401 | `unauthorized` | no key, or an unknown or revoked key | | 403 | `forbidden` | the key lacks the scope | | 404 | `not-found` | no such customer or key, or no such route | | 405 | `method-not-allowed` | the path exists but not with this method (for example `DELETE /health/live`) | | 413 | `payload-too-large` | the body is over the route's limit | | 415 | `unsupported-media-type` | the body is not sent with a `Content-Type` the route accepts | | 429 | `too-many-requests` | the event ingestion queue is full; retry after `Retry-After` seconds | | 500 | `internal` | an unexpected failure; quote the `X-Request-Id` when reporting it | | 503 | `unavailable` | the server is shutting down, events could not be stored, or the database is not ready |  `404` for an unknown path and `405` for a method a path does not support can come from any URL and are not repeated on each operation (see the `NotFound` and `MethodNotAllowed` responses). A request that is refused changes nothing.  ## Request bodies and limits  JSON bodies must be sent with `Content-Type: application/json` (any `application/_*+json` type is accepted too) and must be a single JSON object. Unknown fields are refused with `400`, so typos do not pass silently. Bodies are limited per route, and a larger body is refused with `413` before it is read: 16 KiB for `POST /v1/keys`, 256 KiB for `PUT`/`PATCH /v1/customers/{id}`, 64 KiB for `POST /v1/events`, 2 MiB for `POST /v1/events/batch` and 1 MiB for `POST /v1/templates/preview`. Customer imports stream and have no limit.  ## Paging  Lists answer `{\"data\": [...], \"nextCursor\": \"...\"}`. `limit` takes 1 to 1000 items (default 50). To get the next page, send the same request with `cursor` set to the `nextCursor` of the last answer; `nextCursor` is `null` on the last page. Cursors are opaque tokens: do not build or change them (a cursor the server did not issue answers `400`). There is no offset paging, so pages stay correct while data changes: a page continues exactly after the last item you saw.  ## Idempotency  `PUT /v1/customers/{id}` is an idempotent upsert by your own customer id. Every event carries a `messageId` (one is generated when you leave it out); sending an event with a `messageId` that is already stored is accepted (`200`) and reported as a duplicate, but the event is stored only once. So a client that did not get an answer can always safely send the same events again.  ## Ingestion guarantee  Events are written by one writer in batched transactions. `POST /v1/events` and `POST /v1/events/batch` answer `200` **only after** the events are committed to the database: an acknowledged event is never lost, even if the server crashes right after. When more events wait for the writer than the server's queue holds, the request is refused whole with `429` and a `Retry-After` header (seconds); nothing of it is stored, so send it again after that time. While the server shuts down, new events are refused with `503`; events already queued are committed.  ## Request ids  Every answer, errors included, carries an `X-Request-Id` header. Send your own (`[A-Za-z0-9._:-]`, up to 128 characters) to correlate logs across systems; otherwise the server makes one up. It appears in the server's logs. 
 *
 * The version of the OpenAPI document: 1.0.0
 * 
 *
 * NOTE: This class is auto generated by OpenAPI Generator (https://openapi-generator.tech).
 * https://openapi-generator.tech
 * Do not edit the class manually.
 */


package io.bindung.client.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * CampaignEntry
 */
@JsonPropertyOrder({
  CampaignEntry.JSON_PROPERTY_CUSTOMER_ID,
  CampaignEntry.JSON_PROPERTY_OCCURRENCE,
  CampaignEntry.JSON_PROPERTY_STATUS,
  CampaignEntry.JSON_PROPERTY_REASON,
  CampaignEntry.JSON_PROPERTY_VARIANT,
  CampaignEntry.JSON_PROPERTY_MESSAGE_KEY,
  CampaignEntry.JSON_PROPERTY_TIMING_ARM,
  CampaignEntry.JSON_PROPERTY_TRIGGERED_AT,
  CampaignEntry.JSON_PROPERTY_DUE_AT,
  CampaignEntry.JSON_PROPERTY_DECIDED_AT
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class CampaignEntry {
  public static final String JSON_PROPERTY_CUSTOMER_ID = "customerId";
  @javax.annotation.Nonnull
  private String customerId;

  public static final String JSON_PROPERTY_OCCURRENCE = "occurrence";
  @javax.annotation.Nonnull
  private String occurrence;

  /**
   * Gets or Sets status
   */
  public enum StatusEnum {
    WAITING(String.valueOf("waiting")),
    
    QUEUED(String.valueOf("queued")),
    
    HELD_OUT(String.valueOf("held_out")),
    
    EXITED(String.valueOf("exited")),
    
    SUPPRESSED(String.valueOf("suppressed")),
    
    FAILED(String.valueOf("failed"));

    private String value;

    StatusEnum(String value) {
      this.value = value;
    }

    @JsonValue
    public String getValue() {
      return value;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }

    @JsonCreator
    public static StatusEnum fromValue(String value) {
      for (StatusEnum b : StatusEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private StatusEnum status;

  public static final String JSON_PROPERTY_REASON = "reason";
  @javax.annotation.Nullable
  private String reason;

  public static final String JSON_PROPERTY_VARIANT = "variant";
  @javax.annotation.Nullable
  private String variant;

  public static final String JSON_PROPERTY_MESSAGE_KEY = "messageKey";
  @javax.annotation.Nullable
  private String messageKey;

  public static final String JSON_PROPERTY_TIMING_ARM = "timingArm";
  @javax.annotation.Nullable
  private String timingArm;

  public static final String JSON_PROPERTY_TRIGGERED_AT = "triggeredAt";
  @javax.annotation.Nonnull
  private OffsetDateTime triggeredAt;

  public static final String JSON_PROPERTY_DUE_AT = "dueAt";
  @javax.annotation.Nonnull
  private OffsetDateTime dueAt;

  public static final String JSON_PROPERTY_DECIDED_AT = "decidedAt";
  @javax.annotation.Nullable
  private OffsetDateTime decidedAt;

  public CampaignEntry() { 
  }

  public CampaignEntry customerId(@javax.annotation.Nonnull String customerId) {
    this.customerId = customerId;
    return this;
  }

  /**
   * Get customerId
   * @return customerId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CUSTOMER_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getCustomerId() {
    return customerId;
  }


  @JsonProperty(value = JSON_PROPERTY_CUSTOMER_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCustomerId(@javax.annotation.Nonnull String customerId) {
    this.customerId = customerId;
  }


  public CampaignEntry occurrence(@javax.annotation.Nonnull String occurrence) {
    this.occurrence = occurrence;
    return this;
  }

  /**
   * The triggering event&#39;s messageId, &#x60;created&#x60;, &#x60;once&#x60;, or the lapsed last event&#39;s messageId.
   * @return occurrence
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_OCCURRENCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getOccurrence() {
    return occurrence;
  }


  @JsonProperty(value = JSON_PROPERTY_OCCURRENCE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setOccurrence(@javax.annotation.Nonnull String occurrence) {
    this.occurrence = occurrence;
  }


  public CampaignEntry status(@javax.annotation.Nonnull StatusEnum status) {
    this.status = status;
    return this;
  }

  /**
   * Get status
   * @return status
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatusEnum getStatus() {
    return status;
  }


  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull StatusEnum status) {
    this.status = status;
  }


  public CampaignEntry reason(@javax.annotation.Nullable String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * Get reason
   * @return reason
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_REASON, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getReason() {
    return reason;
  }


  @JsonProperty(value = JSON_PROPERTY_REASON, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setReason(@javax.annotation.Nullable String reason) {
    this.reason = reason;
  }


  public CampaignEntry variant(@javax.annotation.Nullable String variant) {
    this.variant = variant;
    return this;
  }

  /**
   * Get variant
   * @return variant
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_VARIANT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getVariant() {
    return variant;
  }


  @JsonProperty(value = JSON_PROPERTY_VARIANT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVariant(@javax.annotation.Nullable String variant) {
    this.variant = variant;
  }


  public CampaignEntry messageKey(@javax.annotation.Nullable String messageKey) {
    this.messageKey = messageKey;
    return this;
  }

  /**
   * The outbox key of the message (also its webhook &#x60;Idempotency-Key&#x60;).
   * @return messageKey
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_MESSAGE_KEY, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getMessageKey() {
    return messageKey;
  }


  @JsonProperty(value = JSON_PROPERTY_MESSAGE_KEY, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMessageKey(@javax.annotation.Nullable String messageKey) {
    this.messageKey = messageKey;
  }


  public CampaignEntry timingArm(@javax.annotation.Nullable String timingArm) {
    this.timingArm = timingArm;
    return this;
  }

  /**
   * With &#x60;optimised&#x60; timing, how the send time was chosen once it was decided: &#x60;optimised&#x60; (best hour), &#x60;fixed&#x60; (timing holdout: &#x60;fallbackTime&#x60;) or &#x60;explored&#x60; (random hour); null for other timings and before the send time is decided. 
   * @return timingArm
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TIMING_ARM, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getTimingArm() {
    return timingArm;
  }


  @JsonProperty(value = JSON_PROPERTY_TIMING_ARM, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTimingArm(@javax.annotation.Nullable String timingArm) {
    this.timingArm = timingArm;
  }


  public CampaignEntry triggeredAt(@javax.annotation.Nonnull OffsetDateTime triggeredAt) {
    this.triggeredAt = triggeredAt;
    return this;
  }

  /**
   * Get triggeredAt
   * @return triggeredAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TRIGGERED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getTriggeredAt() {
    return triggeredAt;
  }


  @JsonProperty(value = JSON_PROPERTY_TRIGGERED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTriggeredAt(@javax.annotation.Nonnull OffsetDateTime triggeredAt) {
    this.triggeredAt = triggeredAt;
  }


  public CampaignEntry dueAt(@javax.annotation.Nonnull OffsetDateTime dueAt) {
    this.dueAt = dueAt;
    return this;
  }

  /**
   * Get dueAt
   * @return dueAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_DUE_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getDueAt() {
    return dueAt;
  }


  @JsonProperty(value = JSON_PROPERTY_DUE_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDueAt(@javax.annotation.Nonnull OffsetDateTime dueAt) {
    this.dueAt = dueAt;
  }


  public CampaignEntry decidedAt(@javax.annotation.Nullable OffsetDateTime decidedAt) {
    this.decidedAt = decidedAt;
    return this;
  }

  /**
   * Get decidedAt
   * @return decidedAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DECIDED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }


  @JsonProperty(value = JSON_PROPERTY_DECIDED_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDecidedAt(@javax.annotation.Nullable OffsetDateTime decidedAt) {
    this.decidedAt = decidedAt;
  }


  /**
   * Return true if this CampaignEntry object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CampaignEntry campaignEntry = (CampaignEntry) o;
    return Objects.equals(this.customerId, campaignEntry.customerId) &&
        Objects.equals(this.occurrence, campaignEntry.occurrence) &&
        Objects.equals(this.status, campaignEntry.status) &&
        Objects.equals(this.reason, campaignEntry.reason) &&
        Objects.equals(this.variant, campaignEntry.variant) &&
        Objects.equals(this.messageKey, campaignEntry.messageKey) &&
        Objects.equals(this.timingArm, campaignEntry.timingArm) &&
        Objects.equals(this.triggeredAt, campaignEntry.triggeredAt) &&
        Objects.equals(this.dueAt, campaignEntry.dueAt) &&
        Objects.equals(this.decidedAt, campaignEntry.decidedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, occurrence, status, reason, variant, messageKey, timingArm, triggeredAt, dueAt, decidedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CampaignEntry {\n");
    sb.append("    customerId: ").append(toIndentedString(customerId)).append("\n");
    sb.append("    occurrence: ").append(toIndentedString(occurrence)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    reason: ").append(toIndentedString(reason)).append("\n");
    sb.append("    variant: ").append(toIndentedString(variant)).append("\n");
    sb.append("    messageKey: ").append(toIndentedString(messageKey)).append("\n");
    sb.append("    timingArm: ").append(toIndentedString(timingArm)).append("\n");
    sb.append("    triggeredAt: ").append(toIndentedString(triggeredAt)).append("\n");
    sb.append("    dueAt: ").append(toIndentedString(dueAt)).append("\n");
    sb.append("    decidedAt: ").append(toIndentedString(decidedAt)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }

  /**
   * Convert the instance into URL query string.
   *
   * @return URL query string
   */
  public String toUrlQueryString() {
    return toUrlQueryString(null);
  }

  /**
   * Convert the instance into URL query string.
   *
   * @param prefix prefix of the query string
   * @return URL query string
   */
  public String toUrlQueryString(String prefix) {
    String suffix = "";
    String containerSuffix = "";
    String containerPrefix = "";
    if (prefix == null) {
      // style=form, explode=true, e.g. /pet?name=cat&type=manx
      prefix = "";
    } else {
      // deepObject style e.g. /pet?id[name]=cat&id[type]=manx
      prefix = prefix + "[";
      suffix = "]";
      containerSuffix = "]";
      containerPrefix = "[";
    }

    StringJoiner joiner = new StringJoiner("&");

    // add `customerId` to the URL query string
    if (getCustomerId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scustomerId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCustomerId()))));
    }

    // add `occurrence` to the URL query string
    if (getOccurrence() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%soccurrence%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getOccurrence()))));
    }

    // add `status` to the URL query string
    if (getStatus() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sstatus%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getStatus()))));
    }

    // add `reason` to the URL query string
    if (getReason() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sreason%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getReason()))));
    }

    // add `variant` to the URL query string
    if (getVariant() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%svariant%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getVariant()))));
    }

    // add `messageKey` to the URL query string
    if (getMessageKey() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%smessageKey%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getMessageKey()))));
    }

    // add `timingArm` to the URL query string
    if (getTimingArm() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stimingArm%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTimingArm()))));
    }

    // add `triggeredAt` to the URL query string
    if (getTriggeredAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%striggeredAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTriggeredAt()))));
    }

    // add `dueAt` to the URL query string
    if (getDueAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sdueAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getDueAt()))));
    }

    // add `decidedAt` to the URL query string
    if (getDecidedAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sdecidedAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getDecidedAt()))));
    }

    return joiner.toString();
  }
}

