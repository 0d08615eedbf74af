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
 * The primary metric&#39;s power status (null for a ratio metric), with the experiment&#39;s &#x60;alpha&#x60; and &#x60;power&#x60;: &#x60;reachableMde&#x60;, the smallest relative lift the smallest arm&#39;s exposures can detect; with a &#x60;minimumDetectableEffect&#x60;, &#x60;requiredPerArm&#x60; (Fleiss for conversions, the normal approximation for means) and &#x60;expectedDaysRemaining&#x60; at the smallest arm&#39;s exposure rate since the phase started (0 once reached). Null figures come with an &#x60;explanation&#x60;. 
 */
@JsonPropertyOrder({
  ExperimentResultsPower.JSON_PROPERTY_BASELINE,
  ExperimentResultsPower.JSON_PROPERTY_REACHABLE_MDE,
  ExperimentResultsPower.JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT,
  ExperimentResultsPower.JSON_PROPERTY_REQUIRED_PER_ARM,
  ExperimentResultsPower.JSON_PROPERTY_SMALLEST_ARM,
  ExperimentResultsPower.JSON_PROPERTY_SMALLEST_ARM_PER_DAY,
  ExperimentResultsPower.JSON_PROPERTY_EXPECTED_DAYS_REMAINING,
  ExperimentResultsPower.JSON_PROPERTY_EXPLANATION
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class ExperimentResultsPower {
  public static final String JSON_PROPERTY_BASELINE = "baseline";
  @javax.annotation.Nonnull
  private BigDecimal baseline;

  public static final String JSON_PROPERTY_REACHABLE_MDE = "reachableMde";
  @javax.annotation.Nullable
  private BigDecimal reachableMde;

  public static final String JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT = "minimumDetectableEffect";
  @javax.annotation.Nullable
  private BigDecimal minimumDetectableEffect;

  public static final String JSON_PROPERTY_REQUIRED_PER_ARM = "requiredPerArm";
  @javax.annotation.Nullable
  private Integer requiredPerArm;

  public static final String JSON_PROPERTY_SMALLEST_ARM = "smallestArm";
  @javax.annotation.Nonnull
  private Integer smallestArm;

  public static final String JSON_PROPERTY_SMALLEST_ARM_PER_DAY = "smallestArmPerDay";
  @javax.annotation.Nonnull
  private BigDecimal smallestArmPerDay;

  public static final String JSON_PROPERTY_EXPECTED_DAYS_REMAINING = "expectedDaysRemaining";
  @javax.annotation.Nullable
  private BigDecimal expectedDaysRemaining;

  public static final String JSON_PROPERTY_EXPLANATION = "explanation";
  @javax.annotation.Nullable
  private String explanation;

  public ExperimentResultsPower() { 
  }

  public ExperimentResultsPower baseline(@javax.annotation.Nonnull BigDecimal baseline) {
    this.baseline = baseline;
    return this;
  }

  /**
   * The control&#39;s rate or mean.
   * @return baseline
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_BASELINE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getBaseline() {
    return baseline;
  }


  @JsonProperty(value = JSON_PROPERTY_BASELINE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setBaseline(@javax.annotation.Nonnull BigDecimal baseline) {
    this.baseline = baseline;
  }


  public ExperimentResultsPower reachableMde(@javax.annotation.Nullable BigDecimal reachableMde) {
    this.reachableMde = reachableMde;
    return this;
  }

  /**
   * Get reachableMde
   * @return reachableMde
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_REACHABLE_MDE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getReachableMde() {
    return reachableMde;
  }


  @JsonProperty(value = JSON_PROPERTY_REACHABLE_MDE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setReachableMde(@javax.annotation.Nullable BigDecimal reachableMde) {
    this.reachableMde = reachableMde;
  }


  public ExperimentResultsPower minimumDetectableEffect(@javax.annotation.Nullable BigDecimal minimumDetectableEffect) {
    this.minimumDetectableEffect = minimumDetectableEffect;
    return this;
  }

  /**
   * Get minimumDetectableEffect
   * @return minimumDetectableEffect
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getMinimumDetectableEffect() {
    return minimumDetectableEffect;
  }


  @JsonProperty(value = JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMinimumDetectableEffect(@javax.annotation.Nullable BigDecimal minimumDetectableEffect) {
    this.minimumDetectableEffect = minimumDetectableEffect;
  }


  public ExperimentResultsPower requiredPerArm(@javax.annotation.Nullable Integer requiredPerArm) {
    this.requiredPerArm = requiredPerArm;
    return this;
  }

  /**
   * Get requiredPerArm
   * @return requiredPerArm
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_REQUIRED_PER_ARM, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getRequiredPerArm() {
    return requiredPerArm;
  }


  @JsonProperty(value = JSON_PROPERTY_REQUIRED_PER_ARM, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRequiredPerArm(@javax.annotation.Nullable Integer requiredPerArm) {
    this.requiredPerArm = requiredPerArm;
  }


  public ExperimentResultsPower smallestArm(@javax.annotation.Nonnull Integer smallestArm) {
    this.smallestArm = smallestArm;
    return this;
  }

  /**
   * Get smallestArm
   * @return smallestArm
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SMALLEST_ARM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getSmallestArm() {
    return smallestArm;
  }


  @JsonProperty(value = JSON_PROPERTY_SMALLEST_ARM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSmallestArm(@javax.annotation.Nonnull Integer smallestArm) {
    this.smallestArm = smallestArm;
  }


  public ExperimentResultsPower smallestArmPerDay(@javax.annotation.Nonnull BigDecimal smallestArmPerDay) {
    this.smallestArmPerDay = smallestArmPerDay;
    return this;
  }

  /**
   * Get smallestArmPerDay
   * @return smallestArmPerDay
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SMALLEST_ARM_PER_DAY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getSmallestArmPerDay() {
    return smallestArmPerDay;
  }


  @JsonProperty(value = JSON_PROPERTY_SMALLEST_ARM_PER_DAY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSmallestArmPerDay(@javax.annotation.Nonnull BigDecimal smallestArmPerDay) {
    this.smallestArmPerDay = smallestArmPerDay;
  }


  public ExperimentResultsPower expectedDaysRemaining(@javax.annotation.Nullable BigDecimal expectedDaysRemaining) {
    this.expectedDaysRemaining = expectedDaysRemaining;
    return this;
  }

  /**
   * Get expectedDaysRemaining
   * @return expectedDaysRemaining
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EXPECTED_DAYS_REMAINING, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getExpectedDaysRemaining() {
    return expectedDaysRemaining;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPECTED_DAYS_REMAINING, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExpectedDaysRemaining(@javax.annotation.Nullable BigDecimal expectedDaysRemaining) {
    this.expectedDaysRemaining = expectedDaysRemaining;
  }


  public ExperimentResultsPower explanation(@javax.annotation.Nullable String explanation) {
    this.explanation = explanation;
    return this;
  }

  /**
   * Get explanation
   * @return explanation
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EXPLANATION, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getExplanation() {
    return explanation;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPLANATION, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExplanation(@javax.annotation.Nullable String explanation) {
    this.explanation = explanation;
  }


  /**
   * Return true if this ExperimentResults_power object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ExperimentResultsPower experimentResultsPower = (ExperimentResultsPower) o;
    return Objects.equals(this.baseline, experimentResultsPower.baseline) &&
        Objects.equals(this.reachableMde, experimentResultsPower.reachableMde) &&
        Objects.equals(this.minimumDetectableEffect, experimentResultsPower.minimumDetectableEffect) &&
        Objects.equals(this.requiredPerArm, experimentResultsPower.requiredPerArm) &&
        Objects.equals(this.smallestArm, experimentResultsPower.smallestArm) &&
        Objects.equals(this.smallestArmPerDay, experimentResultsPower.smallestArmPerDay) &&
        Objects.equals(this.expectedDaysRemaining, experimentResultsPower.expectedDaysRemaining) &&
        Objects.equals(this.explanation, experimentResultsPower.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(baseline, reachableMde, minimumDetectableEffect, requiredPerArm, smallestArm, smallestArmPerDay, expectedDaysRemaining, explanation);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ExperimentResultsPower {\n");
    sb.append("    baseline: ").append(toIndentedString(baseline)).append("\n");
    sb.append("    reachableMde: ").append(toIndentedString(reachableMde)).append("\n");
    sb.append("    minimumDetectableEffect: ").append(toIndentedString(minimumDetectableEffect)).append("\n");
    sb.append("    requiredPerArm: ").append(toIndentedString(requiredPerArm)).append("\n");
    sb.append("    smallestArm: ").append(toIndentedString(smallestArm)).append("\n");
    sb.append("    smallestArmPerDay: ").append(toIndentedString(smallestArmPerDay)).append("\n");
    sb.append("    expectedDaysRemaining: ").append(toIndentedString(expectedDaysRemaining)).append("\n");
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

    // add `baseline` to the URL query string
    if (getBaseline() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sbaseline%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getBaseline()))));
    }

    // add `reachableMde` to the URL query string
    if (getReachableMde() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sreachableMde%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getReachableMde()))));
    }

    // add `minimumDetectableEffect` to the URL query string
    if (getMinimumDetectableEffect() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sminimumDetectableEffect%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getMinimumDetectableEffect()))));
    }

    // add `requiredPerArm` to the URL query string
    if (getRequiredPerArm() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%srequiredPerArm%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getRequiredPerArm()))));
    }

    // add `smallestArm` to the URL query string
    if (getSmallestArm() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssmallestArm%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSmallestArm()))));
    }

    // add `smallestArmPerDay` to the URL query string
    if (getSmallestArmPerDay() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssmallestArmPerDay%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSmallestArmPerDay()))));
    }

    // add `expectedDaysRemaining` to the URL query string
    if (getExpectedDaysRemaining() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sexpectedDaysRemaining%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getExpectedDaysRemaining()))));
    }

    // add `explanation` to the URL query string
    if (getExplanation() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sexplanation%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getExplanation()))));
    }

    return joiner.toString();
  }
}

