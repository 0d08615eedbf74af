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
import java.math.BigDecimal;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * &#x60;immediately&#x60; (default), &#x60;localTime&#x60; (the next &#x60;time&#x60; on the recipient&#39;s clock) or &#x60;optimised&#x60;: the recipient&#39;s best whole local hour within &#x60;withinHours&#x60; (1 to 168, default 24) of the message becoming due, outside the quiet hours, as &#x60;GET /v1/customers/{id}/send-time&#x60; finds it; decided once, when the message is due. When no hour of the window is outside the quiet hours, the next &#x60;fallbackTime&#x60; (default 10:00) on the recipient&#39;s clock. Not for webhook campaigns (400): no engagement comes back from a webhook for the model to learn from.  With &#x60;optimised&#x60; timing the recipients are split by a deterministic hash of campaign and customer (each customer always in the same arm): &#x60;timingHoldoutPercent&#x60; are sent at the next &#x60;fallbackTime&#x60; after the message is due (the timing holdout: the campaign&#39;s fixed time, against which the stats measure the lift of optimising), &#x60;explorationPercent&#x60; at a uniformly random whole local hour of the window outside the quiet hours (so the model learns hours it would not choose), the rest at their best hour. Both fields are only for &#x60;optimised&#x60; timing (400 on the others). The control group of &#x60;holdoutPercent&#x60; is apart from this and gets nothing. 
 */
@JsonPropertyOrder({
  CampaignDefinitionTiming.JSON_PROPERTY_TYPE,
  CampaignDefinitionTiming.JSON_PROPERTY_TIME,
  CampaignDefinitionTiming.JSON_PROPERTY_WITHIN_HOURS,
  CampaignDefinitionTiming.JSON_PROPERTY_FALLBACK_TIME,
  CampaignDefinitionTiming.JSON_PROPERTY_TIMING_HOLDOUT_PERCENT,
  CampaignDefinitionTiming.JSON_PROPERTY_EXPLORATION_PERCENT
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class CampaignDefinitionTiming {
  /**
   * Gets or Sets type
   */
  public enum TypeEnum {
    IMMEDIATELY(String.valueOf("immediately")),
    
    LOCAL_TIME(String.valueOf("localTime")),
    
    OPTIMISED(String.valueOf("optimised"));

    private String value;

    TypeEnum(String value) {
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
    public static TypeEnum fromValue(String value) {
      for (TypeEnum b : TypeEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_TYPE = "type";
  @javax.annotation.Nonnull
  private TypeEnum type;

  public static final String JSON_PROPERTY_TIME = "time";
  @javax.annotation.Nullable
  private String time;

  public static final String JSON_PROPERTY_WITHIN_HOURS = "withinHours";
  @javax.annotation.Nullable
  private Integer withinHours;

  public static final String JSON_PROPERTY_FALLBACK_TIME = "fallbackTime";
  @javax.annotation.Nullable
  private String fallbackTime;

  public static final String JSON_PROPERTY_TIMING_HOLDOUT_PERCENT = "timingHoldoutPercent";
  @javax.annotation.Nullable
  private BigDecimal timingHoldoutPercent;

  public static final String JSON_PROPERTY_EXPLORATION_PERCENT = "explorationPercent";
  @javax.annotation.Nullable
  private BigDecimal explorationPercent;

  public CampaignDefinitionTiming() { 
  }

  public CampaignDefinitionTiming type(@javax.annotation.Nonnull TypeEnum type) {
    this.type = type;
    return this;
  }

  /**
   * Get type
   * @return type
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public TypeEnum getType() {
    return type;
  }


  @JsonProperty(value = JSON_PROPERTY_TYPE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setType(@javax.annotation.Nonnull TypeEnum type) {
    this.type = type;
  }


  public CampaignDefinitionTiming time(@javax.annotation.Nullable String time) {
    this.time = time;
    return this;
  }

  /**
   * Get time
   * @return time
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TIME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getTime() {
    return time;
  }


  @JsonProperty(value = JSON_PROPERTY_TIME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTime(@javax.annotation.Nullable String time) {
    this.time = time;
  }


  public CampaignDefinitionTiming withinHours(@javax.annotation.Nullable Integer withinHours) {
    this.withinHours = withinHours;
    return this;
  }

  /**
   * Get withinHours
   * minimum: 1
   * maximum: 168
   * @return withinHours
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_WITHIN_HOURS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getWithinHours() {
    return withinHours;
  }


  @JsonProperty(value = JSON_PROPERTY_WITHIN_HOURS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setWithinHours(@javax.annotation.Nullable Integer withinHours) {
    this.withinHours = withinHours;
  }


  public CampaignDefinitionTiming fallbackTime(@javax.annotation.Nullable String fallbackTime) {
    this.fallbackTime = fallbackTime;
    return this;
  }

  /**
   * Get fallbackTime
   * @return fallbackTime
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_FALLBACK_TIME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getFallbackTime() {
    return fallbackTime;
  }


  @JsonProperty(value = JSON_PROPERTY_FALLBACK_TIME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setFallbackTime(@javax.annotation.Nullable String fallbackTime) {
    this.fallbackTime = fallbackTime;
  }


  public CampaignDefinitionTiming timingHoldoutPercent(@javax.annotation.Nullable BigDecimal timingHoldoutPercent) {
    this.timingHoldoutPercent = timingHoldoutPercent;
    return this;
  }

  /**
   * Share of recipients sent at the next &#x60;fallbackTime&#x60; instead of their best hour. Default 10.
   * minimum: 0
   * maximum: 50
   * @return timingHoldoutPercent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TIMING_HOLDOUT_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getTimingHoldoutPercent() {
    return timingHoldoutPercent;
  }


  @JsonProperty(value = JSON_PROPERTY_TIMING_HOLDOUT_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTimingHoldoutPercent(@javax.annotation.Nullable BigDecimal timingHoldoutPercent) {
    this.timingHoldoutPercent = timingHoldoutPercent;
  }


  public CampaignDefinitionTiming explorationPercent(@javax.annotation.Nullable BigDecimal explorationPercent) {
    this.explorationPercent = explorationPercent;
    return this;
  }

  /**
   * Share of recipients sent at a random hour of the window. Default 5.
   * minimum: 0
   * maximum: 20
   * @return explorationPercent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EXPLORATION_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getExplorationPercent() {
    return explorationPercent;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPLORATION_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setExplorationPercent(@javax.annotation.Nullable BigDecimal explorationPercent) {
    this.explorationPercent = explorationPercent;
  }


  /**
   * Return true if this CampaignDefinition_timing object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CampaignDefinitionTiming campaignDefinitionTiming = (CampaignDefinitionTiming) o;
    return Objects.equals(this.type, campaignDefinitionTiming.type) &&
        Objects.equals(this.time, campaignDefinitionTiming.time) &&
        Objects.equals(this.withinHours, campaignDefinitionTiming.withinHours) &&
        Objects.equals(this.fallbackTime, campaignDefinitionTiming.fallbackTime) &&
        Objects.equals(this.timingHoldoutPercent, campaignDefinitionTiming.timingHoldoutPercent) &&
        Objects.equals(this.explorationPercent, campaignDefinitionTiming.explorationPercent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, time, withinHours, fallbackTime, timingHoldoutPercent, explorationPercent);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CampaignDefinitionTiming {\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    time: ").append(toIndentedString(time)).append("\n");
    sb.append("    withinHours: ").append(toIndentedString(withinHours)).append("\n");
    sb.append("    fallbackTime: ").append(toIndentedString(fallbackTime)).append("\n");
    sb.append("    timingHoldoutPercent: ").append(toIndentedString(timingHoldoutPercent)).append("\n");
    sb.append("    explorationPercent: ").append(toIndentedString(explorationPercent)).append("\n");
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

    // add `type` to the URL query string
    if (getType() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stype%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getType()))));
    }

    // add `time` to the URL query string
    if (getTime() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stime%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTime()))));
    }

    // add `withinHours` to the URL query string
    if (getWithinHours() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%swithinHours%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getWithinHours()))));
    }

    // add `fallbackTime` to the URL query string
    if (getFallbackTime() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sfallbackTime%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getFallbackTime()))));
    }

    // add `timingHoldoutPercent` to the URL query string
    if (getTimingHoldoutPercent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stimingHoldoutPercent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTimingHoldoutPercent()))));
    }

    // add `explorationPercent` to the URL query string
    if (getExplorationPercent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sexplorationPercent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getExplorationPercent()))));
    }

    return joiner.toString();
  }
}

