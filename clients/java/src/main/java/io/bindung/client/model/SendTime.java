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
import io.bindung.client.model.SendTimeExplanation;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * SendTime
 */
@JsonPropertyOrder({
  SendTime.JSON_PROPERTY_CUSTOMER_ID,
  SendTime.JSON_PROPERTY_CHANNEL,
  SendTime.JSON_PROPERTY_TIMEZONE,
  SendTime.JSON_PROPERTY_SEND_AT,
  SendTime.JSON_PROPERTY_LOCAL_SEND_AT,
  SendTime.JSON_PROPERTY_ENGAGEMENT_SHARE,
  SendTime.JSON_PROPERTY_ENGAGEMENT_PROBABILITY,
  SendTime.JSON_PROPERTY_HORIZON_HOURS,
  SendTime.JSON_PROPERTY_EXPLANATION
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SendTime {
  public static final String JSON_PROPERTY_CUSTOMER_ID = "customerId";
  @javax.annotation.Nonnull
  private String customerId;

  public static final String JSON_PROPERTY_CHANNEL = "channel";
  @javax.annotation.Nonnull
  private String channel;

  public static final String JSON_PROPERTY_TIMEZONE = "timezone";
  @javax.annotation.Nonnull
  private String timezone;

  public static final String JSON_PROPERTY_SEND_AT = "sendAt";
  @javax.annotation.Nonnull
  private OffsetDateTime sendAt;

  public static final String JSON_PROPERTY_LOCAL_SEND_AT = "localSendAt";
  @javax.annotation.Nonnull
  private String localSendAt;

  public static final String JSON_PROPERTY_ENGAGEMENT_SHARE = "engagementShare";
  @javax.annotation.Nonnull
  private BigDecimal engagementShare;

  public static final String JSON_PROPERTY_ENGAGEMENT_PROBABILITY = "engagementProbability";
  @javax.annotation.Nullable
  private BigDecimal engagementProbability;

  public static final String JSON_PROPERTY_HORIZON_HOURS = "horizonHours";
  @javax.annotation.Nonnull
  private Integer horizonHours;

  public static final String JSON_PROPERTY_EXPLANATION = "explanation";
  @javax.annotation.Nonnull
  private SendTimeExplanation explanation;

  public SendTime() { 
  }

  public SendTime customerId(@javax.annotation.Nonnull String customerId) {
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


  public SendTime channel(@javax.annotation.Nonnull String channel) {
    this.channel = channel;
    return this;
  }

  /**
   * Get channel
   * @return channel
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CHANNEL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getChannel() {
    return channel;
  }


  @JsonProperty(value = JSON_PROPERTY_CHANNEL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setChannel(@javax.annotation.Nonnull String channel) {
    this.channel = channel;
  }


  public SendTime timezone(@javax.annotation.Nonnull String timezone) {
    this.timezone = timezone;
    return this;
  }

  /**
   * The zone the hours are read in (UTC when the customer has none).
   * @return timezone
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TIMEZONE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getTimezone() {
    return timezone;
  }


  @JsonProperty(value = JSON_PROPERTY_TIMEZONE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTimezone(@javax.annotation.Nonnull String timezone) {
    this.timezone = timezone;
  }


  public SendTime sendAt(@javax.annotation.Nonnull OffsetDateTime sendAt) {
    this.sendAt = sendAt;
    return this;
  }

  /**
   * The chosen hour&#39;s start, UTC.
   * @return sendAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SEND_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getSendAt() {
    return sendAt;
  }


  @JsonProperty(value = JSON_PROPERTY_SEND_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSendAt(@javax.annotation.Nonnull OffsetDateTime sendAt) {
    this.sendAt = sendAt;
  }


  public SendTime localSendAt(@javax.annotation.Nonnull String localSendAt) {
    this.localSendAt = localSendAt;
    return this;
  }

  /**
   * The same instant on the customer&#39;s clock, with its offset.
   * @return localSendAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_LOCAL_SEND_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getLocalSendAt() {
    return localSendAt;
  }


  @JsonProperty(value = JSON_PROPERTY_LOCAL_SEND_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setLocalSendAt(@javax.annotation.Nonnull String localSendAt) {
    this.localSendAt = localSendAt;
  }


  public SendTime engagementShare(@javax.annotation.Nonnull BigDecimal engagementShare) {
    this.engagementShare = engagementShare;
    return this;
  }

  /**
   * The chosen hour&#39;s posterior share of the customer&#39;s weekly engagement (1/168 ≈ 0.006 is flat).
   * @return engagementShare
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ENGAGEMENT_SHARE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getEngagementShare() {
    return engagementShare;
  }


  @JsonProperty(value = JSON_PROPERTY_ENGAGEMENT_SHARE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEngagementShare(@javax.annotation.Nonnull BigDecimal engagementShare) {
    this.engagementShare = engagementShare;
  }


  public SendTime engagementProbability(@javax.annotation.Nullable BigDecimal engagementProbability) {
    this.engagementProbability = engagementProbability;
    return this;
  }

  /**
   * The chance the customer engages within &#x60;horizonHours&#x60; of a send at &#x60;sendAt&#x60;; null until the channel has 100 campaign sends in 90 days, 20 of them engaged with, to measure the time to engage on. 
   * @return engagementProbability
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ENGAGEMENT_PROBABILITY, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getEngagementProbability() {
    return engagementProbability;
  }


  @JsonProperty(value = JSON_PROPERTY_ENGAGEMENT_PROBABILITY, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEngagementProbability(@javax.annotation.Nullable BigDecimal engagementProbability) {
    this.engagementProbability = engagementProbability;
  }


  public SendTime horizonHours(@javax.annotation.Nonnull Integer horizonHours) {
    this.horizonHours = horizonHours;
    return this;
  }

  /**
   * How long after the send an engagement counts.
   * @return horizonHours
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_HORIZON_HOURS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getHorizonHours() {
    return horizonHours;
  }


  @JsonProperty(value = JSON_PROPERTY_HORIZON_HOURS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setHorizonHours(@javax.annotation.Nonnull Integer horizonHours) {
    this.horizonHours = horizonHours;
  }


  public SendTime explanation(@javax.annotation.Nonnull SendTimeExplanation explanation) {
    this.explanation = explanation;
    return this;
  }

  /**
   * Get explanation
   * @return explanation
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EXPLANATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public SendTimeExplanation getExplanation() {
    return explanation;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPLANATION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExplanation(@javax.annotation.Nonnull SendTimeExplanation explanation) {
    this.explanation = explanation;
  }


  /**
   * Return true if this SendTime object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SendTime sendTime = (SendTime) o;
    return Objects.equals(this.customerId, sendTime.customerId) &&
        Objects.equals(this.channel, sendTime.channel) &&
        Objects.equals(this.timezone, sendTime.timezone) &&
        Objects.equals(this.sendAt, sendTime.sendAt) &&
        Objects.equals(this.localSendAt, sendTime.localSendAt) &&
        Objects.equals(this.engagementShare, sendTime.engagementShare) &&
        Objects.equals(this.engagementProbability, sendTime.engagementProbability) &&
        Objects.equals(this.horizonHours, sendTime.horizonHours) &&
        Objects.equals(this.explanation, sendTime.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, channel, timezone, sendAt, localSendAt, engagementShare, engagementProbability, horizonHours, explanation);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SendTime {\n");
    sb.append("    customerId: ").append(toIndentedString(customerId)).append("\n");
    sb.append("    channel: ").append(toIndentedString(channel)).append("\n");
    sb.append("    timezone: ").append(toIndentedString(timezone)).append("\n");
    sb.append("    sendAt: ").append(toIndentedString(sendAt)).append("\n");
    sb.append("    localSendAt: ").append(toIndentedString(localSendAt)).append("\n");
    sb.append("    engagementShare: ").append(toIndentedString(engagementShare)).append("\n");
    sb.append("    engagementProbability: ").append(toIndentedString(engagementProbability)).append("\n");
    sb.append("    horizonHours: ").append(toIndentedString(horizonHours)).append("\n");
    sb.append("    explanation: ").append(toIndentedString(explanation)).append("\n");
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

    // add `channel` to the URL query string
    if (getChannel() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%schannel%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getChannel()))));
    }

    // add `timezone` to the URL query string
    if (getTimezone() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stimezone%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTimezone()))));
    }

    // add `sendAt` to the URL query string
    if (getSendAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssendAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSendAt()))));
    }

    // add `localSendAt` to the URL query string
    if (getLocalSendAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%slocalSendAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getLocalSendAt()))));
    }

    // add `engagementShare` to the URL query string
    if (getEngagementShare() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sengagementShare%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getEngagementShare()))));
    }

    // add `engagementProbability` to the URL query string
    if (getEngagementProbability() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sengagementProbability%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getEngagementProbability()))));
    }

    // add `horizonHours` to the URL query string
    if (getHorizonHours() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%shorizonHours%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getHorizonHours()))));
    }

    // add `explanation` to the URL query string
    if (getExplanation() != null) {
      joiner.add(getExplanation().toUrlQueryString(prefix + "explanation" + suffix));
    }

    return joiner.toString();
  }
}

