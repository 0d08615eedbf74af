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
 * CampaignTimingArm
 */
@JsonPropertyOrder({
  CampaignTimingArm.JSON_PROPERTY_RECIPIENTS,
  CampaignTimingArm.JSON_PROPERTY_ENGAGED,
  CampaignTimingArm.JSON_PROPERTY_ENGAGEMENT_RATE,
  CampaignTimingArm.JSON_PROPERTY_CONVERTED,
  CampaignTimingArm.JSON_PROPERTY_CONVERSION_RATE
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class CampaignTimingArm {
  public static final String JSON_PROPERTY_RECIPIENTS = "recipients";
  @javax.annotation.Nonnull
  private Integer recipients;

  public static final String JSON_PROPERTY_ENGAGED = "engaged";
  @javax.annotation.Nonnull
  private Integer engaged;

  public static final String JSON_PROPERTY_ENGAGEMENT_RATE = "engagementRate";
  @javax.annotation.Nullable
  private BigDecimal engagementRate;

  public static final String JSON_PROPERTY_CONVERTED = "converted";
  @javax.annotation.Nonnull
  private Integer converted;

  public static final String JSON_PROPERTY_CONVERSION_RATE = "conversionRate";
  @javax.annotation.Nullable
  private BigDecimal conversionRate;

  public CampaignTimingArm() { 
  }

  public CampaignTimingArm recipients(@javax.annotation.Nonnull Integer recipients) {
    this.recipients = recipients;
    return this;
  }

  /**
   * Recipients whose message was queued.
   * @return recipients
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_RECIPIENTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getRecipients() {
    return recipients;
  }


  @JsonProperty(value = JSON_PROPERTY_RECIPIENTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRecipients(@javax.annotation.Nonnull Integer recipients) {
    this.recipients = recipients;
  }


  public CampaignTimingArm engaged(@javax.annotation.Nonnull Integer engaged) {
    this.engaged = engaged;
    return this;
  }

  /**
   * Of them, those whose message has an engagement event of the campaign&#39;s channel (by default &#x60;Email Opened&#x60; or &#x60;Email Link Clicked&#x60;; &#x60;Push Opened&#x60;; &#x60;SMS Link Clicked&#x60;; &#x60;WhatsApp Read&#x60; or &#x60;WhatsApp Link Clicked&#x60;; as &#x60;BINDUNG_SEND_TIME_EVENTS&#x60; configures). 
   * @return engaged
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ENGAGED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getEngaged() {
    return engaged;
  }


  @JsonProperty(value = JSON_PROPERTY_ENGAGED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEngaged(@javax.annotation.Nonnull Integer engaged) {
    this.engaged = engaged;
  }


  public CampaignTimingArm engagementRate(@javax.annotation.Nullable BigDecimal engagementRate) {
    this.engagementRate = engagementRate;
    return this;
  }

  /**
   * Get engagementRate
   * @return engagementRate
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ENGAGEMENT_RATE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getEngagementRate() {
    return engagementRate;
  }


  @JsonProperty(value = JSON_PROPERTY_ENGAGEMENT_RATE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setEngagementRate(@javax.annotation.Nullable BigDecimal engagementRate) {
    this.engagementRate = engagementRate;
  }


  public CampaignTimingArm converted(@javax.annotation.Nonnull Integer converted) {
    this.converted = converted;
    return this;
  }

  /**
   * Recipients who did the conversion event within the window after their message was decided.
   * @return converted
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONVERTED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getConverted() {
    return converted;
  }


  @JsonProperty(value = JSON_PROPERTY_CONVERTED, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setConverted(@javax.annotation.Nonnull Integer converted) {
    this.converted = converted;
  }


  public CampaignTimingArm conversionRate(@javax.annotation.Nullable BigDecimal conversionRate) {
    this.conversionRate = conversionRate;
    return this;
  }

  /**
   * Get conversionRate
   * @return conversionRate
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONVERSION_RATE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getConversionRate() {
    return conversionRate;
  }


  @JsonProperty(value = JSON_PROPERTY_CONVERSION_RATE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setConversionRate(@javax.annotation.Nullable BigDecimal conversionRate) {
    this.conversionRate = conversionRate;
  }


  /**
   * Return true if this CampaignTimingArm object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CampaignTimingArm campaignTimingArm = (CampaignTimingArm) o;
    return Objects.equals(this.recipients, campaignTimingArm.recipients) &&
        Objects.equals(this.engaged, campaignTimingArm.engaged) &&
        Objects.equals(this.engagementRate, campaignTimingArm.engagementRate) &&
        Objects.equals(this.converted, campaignTimingArm.converted) &&
        Objects.equals(this.conversionRate, campaignTimingArm.conversionRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(recipients, engaged, engagementRate, converted, conversionRate);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CampaignTimingArm {\n");
    sb.append("    recipients: ").append(toIndentedString(recipients)).append("\n");
    sb.append("    engaged: ").append(toIndentedString(engaged)).append("\n");
    sb.append("    engagementRate: ").append(toIndentedString(engagementRate)).append("\n");
    sb.append("    converted: ").append(toIndentedString(converted)).append("\n");
    sb.append("    conversionRate: ").append(toIndentedString(conversionRate)).append("\n");
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

    // add `recipients` to the URL query string
    if (getRecipients() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%srecipients%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getRecipients()))));
    }

    // add `engaged` to the URL query string
    if (getEngaged() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sengaged%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getEngaged()))));
    }

    // add `engagementRate` to the URL query string
    if (getEngagementRate() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sengagementRate%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getEngagementRate()))));
    }

    // add `converted` to the URL query string
    if (getConverted() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sconverted%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getConverted()))));
    }

    // add `conversionRate` to the URL query string
    if (getConversionRate() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sconversionRate%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getConversionRate()))));
    }

    return joiner.toString();
  }
}

