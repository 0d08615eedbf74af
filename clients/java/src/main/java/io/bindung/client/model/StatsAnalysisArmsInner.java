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
import io.bindung.client.model.StatsBayesian;
import io.bindung.client.model.StatsLift;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * StatsAnalysisArmsInner
 */
@JsonPropertyOrder({
  StatsAnalysisArmsInner.JSON_PROPERTY_KEY,
  StatsAnalysisArmsInner.JSON_PROPERTY_CONTROL,
  StatsAnalysisArmsInner.JSON_PROPERTY_N,
  StatsAnalysisArmsInner.JSON_PROPERTY_RATE,
  StatsAnalysisArmsInner.JSON_PROPERTY_MEAN,
  StatsAnalysisArmsInner.JSON_PROPERTY_ABSOLUTE_LIFT,
  StatsAnalysisArmsInner.JSON_PROPERTY_RELATIVE_LIFT,
  StatsAnalysisArmsInner.JSON_PROPERTY_STATISTIC,
  StatsAnalysisArmsInner.JSON_PROPERTY_DEGREES_OF_FREEDOM,
  StatsAnalysisArmsInner.JSON_PROPERTY_P_VALUE,
  StatsAnalysisArmsInner.JSON_PROPERTY_ADJUSTED_P_VALUE,
  StatsAnalysisArmsInner.JSON_PROPERTY_BAYESIAN,
  StatsAnalysisArmsInner.JSON_PROPERTY_CHANCE_TO_BE_BEST,
  StatsAnalysisArmsInner.JSON_PROPERTY_EXPLANATIONS
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class StatsAnalysisArmsInner {
  public static final String JSON_PROPERTY_KEY = "key";
  @javax.annotation.Nonnull
  private String key;

  public static final String JSON_PROPERTY_CONTROL = "control";
  @javax.annotation.Nonnull
  private Boolean control;

  public static final String JSON_PROPERTY_N = "n";
  @javax.annotation.Nonnull
  private Integer n;

  public static final String JSON_PROPERTY_RATE = "rate";
  @javax.annotation.Nullable
  private BigDecimal rate;

  public static final String JSON_PROPERTY_MEAN = "mean";
  @javax.annotation.Nullable
  private BigDecimal mean;

  public static final String JSON_PROPERTY_ABSOLUTE_LIFT = "absoluteLift";
  @javax.annotation.Nullable
  private StatsLift absoluteLift;

  public static final String JSON_PROPERTY_RELATIVE_LIFT = "relativeLift";
  @javax.annotation.Nullable
  private StatsLift relativeLift;

  public static final String JSON_PROPERTY_STATISTIC = "statistic";
  @javax.annotation.Nullable
  private BigDecimal statistic;

  public static final String JSON_PROPERTY_DEGREES_OF_FREEDOM = "degreesOfFreedom";
  @javax.annotation.Nullable
  private BigDecimal degreesOfFreedom;

  public static final String JSON_PROPERTY_P_VALUE = "pValue";
  @javax.annotation.Nullable
  private BigDecimal pValue;

  public static final String JSON_PROPERTY_ADJUSTED_P_VALUE = "adjustedPValue";
  @javax.annotation.Nullable
  private BigDecimal adjustedPValue;

  public static final String JSON_PROPERTY_BAYESIAN = "bayesian";
  @javax.annotation.Nullable
  private StatsBayesian bayesian;

  public static final String JSON_PROPERTY_CHANCE_TO_BE_BEST = "chanceToBeBest";
  @javax.annotation.Nullable
  private BigDecimal chanceToBeBest;

  public static final String JSON_PROPERTY_EXPLANATIONS = "explanations";
  @javax.annotation.Nonnull
  private List<String> explanations;

  public StatsAnalysisArmsInner() { 
  }

  public StatsAnalysisArmsInner key(@javax.annotation.Nonnull String key) {
    this.key = key;
    return this;
  }

  /**
   * Get key
   * @return key
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_KEY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getKey() {
    return key;
  }


  @JsonProperty(value = JSON_PROPERTY_KEY, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setKey(@javax.annotation.Nonnull String key) {
    this.key = key;
  }


  public StatsAnalysisArmsInner control(@javax.annotation.Nonnull Boolean control) {
    this.control = control;
    return this;
  }

  /**
   * Get control
   * @return control
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTROL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Boolean getControl() {
    return control;
  }


  @JsonProperty(value = JSON_PROPERTY_CONTROL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setControl(@javax.annotation.Nonnull Boolean control) {
    this.control = control;
  }


  public StatsAnalysisArmsInner n(@javax.annotation.Nonnull Integer n) {
    this.n = n;
    return this;
  }

  /**
   * Get n
   * @return n
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_N, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getN() {
    return n;
  }


  @JsonProperty(value = JSON_PROPERTY_N, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setN(@javax.annotation.Nonnull Integer n) {
    this.n = n;
  }


  public StatsAnalysisArmsInner rate(@javax.annotation.Nullable BigDecimal rate) {
    this.rate = rate;
    return this;
  }

  /**
   * The conversion rate (&#x60;proportion&#x60; only).
   * @return rate
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_RATE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getRate() {
    return rate;
  }


  @JsonProperty(value = JSON_PROPERTY_RATE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setRate(@javax.annotation.Nullable BigDecimal rate) {
    this.rate = rate;
  }


  public StatsAnalysisArmsInner mean(@javax.annotation.Nullable BigDecimal mean) {
    this.mean = mean;
    return this;
  }

  /**
   * The mean value (&#x60;mean&#x60;), or the ratio Σx/Σy (&#x60;ratio&#x60;).
   * @return mean
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_MEAN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getMean() {
    return mean;
  }


  @JsonProperty(value = JSON_PROPERTY_MEAN, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMean(@javax.annotation.Nullable BigDecimal mean) {
    this.mean = mean;
  }


  public StatsAnalysisArmsInner absoluteLift(@javax.annotation.Nullable StatsLift absoluteLift) {
    this.absoluteLift = absoluteLift;
    return this;
  }

  /**
   * Get absoluteLift
   * @return absoluteLift
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ABSOLUTE_LIFT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatsLift getAbsoluteLift() {
    return absoluteLift;
  }


  @JsonProperty(value = JSON_PROPERTY_ABSOLUTE_LIFT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAbsoluteLift(@javax.annotation.Nullable StatsLift absoluteLift) {
    this.absoluteLift = absoluteLift;
  }


  public StatsAnalysisArmsInner relativeLift(@javax.annotation.Nullable StatsLift relativeLift) {
    this.relativeLift = relativeLift;
    return this;
  }

  /**
   * Get relativeLift
   * @return relativeLift
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_RELATIVE_LIFT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatsLift getRelativeLift() {
    return relativeLift;
  }


  @JsonProperty(value = JSON_PROPERTY_RELATIVE_LIFT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setRelativeLift(@javax.annotation.Nullable StatsLift relativeLift) {
    this.relativeLift = relativeLift;
  }


  public StatsAnalysisArmsInner statistic(@javax.annotation.Nullable BigDecimal statistic) {
    this.statistic = statistic;
    return this;
  }

  /**
   * z (proportions) or Welch&#39;s t (means); &#x60;null&#x60; for control.
   * @return statistic
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_STATISTIC, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getStatistic() {
    return statistic;
  }


  @JsonProperty(value = JSON_PROPERTY_STATISTIC, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatistic(@javax.annotation.Nullable BigDecimal statistic) {
    this.statistic = statistic;
  }


  public StatsAnalysisArmsInner degreesOfFreedom(@javax.annotation.Nullable BigDecimal degreesOfFreedom) {
    this.degreesOfFreedom = degreesOfFreedom;
    return this;
  }

  /**
   * Welch–Satterthwaite degrees of freedom, used by the relative interval (and by Welch&#39;s t-test).
   * @return degreesOfFreedom
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DEGREES_OF_FREEDOM, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getDegreesOfFreedom() {
    return degreesOfFreedom;
  }


  @JsonProperty(value = JSON_PROPERTY_DEGREES_OF_FREEDOM, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setDegreesOfFreedom(@javax.annotation.Nullable BigDecimal degreesOfFreedom) {
    this.degreesOfFreedom = degreesOfFreedom;
  }


  public StatsAnalysisArmsInner pValue(@javax.annotation.Nullable BigDecimal pValue) {
    this.pValue = pValue;
    return this;
  }

  /**
   * Two-sided p-value against control, before adjustment; &#x60;null&#x60; for control.
   * @return pValue
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_P_VALUE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getpValue() {
    return pValue;
  }


  @JsonProperty(value = JSON_PROPERTY_P_VALUE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setpValue(@javax.annotation.Nullable BigDecimal pValue) {
    this.pValue = pValue;
  }


  public StatsAnalysisArmsInner adjustedPValue(@javax.annotation.Nullable BigDecimal adjustedPValue) {
    this.adjustedPValue = adjustedPValue;
    return this;
  }

  /**
   * The p-value after &#x60;correction&#x60;; &#x60;null&#x60; for control.
   * @return adjustedPValue
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ADJUSTED_P_VALUE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getAdjustedPValue() {
    return adjustedPValue;
  }


  @JsonProperty(value = JSON_PROPERTY_ADJUSTED_P_VALUE, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAdjustedPValue(@javax.annotation.Nullable BigDecimal adjustedPValue) {
    this.adjustedPValue = adjustedPValue;
  }


  public StatsAnalysisArmsInner bayesian(@javax.annotation.Nullable StatsBayesian bayesian) {
    this.bayesian = bayesian;
    return this;
  }

  /**
   * Get bayesian
   * @return bayesian
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_BAYESIAN, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatsBayesian getBayesian() {
    return bayesian;
  }


  @JsonProperty(value = JSON_PROPERTY_BAYESIAN, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setBayesian(@javax.annotation.Nullable StatsBayesian bayesian) {
    this.bayesian = bayesian;
  }


  public StatsAnalysisArmsInner chanceToBeBest(@javax.annotation.Nullable BigDecimal chanceToBeBest) {
    this.chanceToBeBest = chanceToBeBest;
    return this;
  }

  /**
   * The chance that this arm has the highest mean, from independent Normal posteriors of the arms&#39; means (flat prior), by numerical integration; &#x60;null&#x60; when an arm has fewer than 2 units or no variation.
   * @return chanceToBeBest
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CHANCE_TO_BE_BEST, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getChanceToBeBest() {
    return chanceToBeBest;
  }


  @JsonProperty(value = JSON_PROPERTY_CHANCE_TO_BE_BEST, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setChanceToBeBest(@javax.annotation.Nullable BigDecimal chanceToBeBest) {
    this.chanceToBeBest = chanceToBeBest;
  }


  public StatsAnalysisArmsInner explanations(@javax.annotation.Nonnull List<String> explanations) {
    this.explanations = explanations;
    return this;
  }

  public StatsAnalysisArmsInner addExplanationsItem(String explanationsItem) {
    if (this.explanations == null) {
      this.explanations = new ArrayList<>();
    }
    this.explanations.add(explanationsItem);
    return this;
  }

  /**
   * Get explanations
   * @return explanations
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EXPLANATIONS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getExplanations() {
    return explanations;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPLANATIONS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExplanations(@javax.annotation.Nonnull List<String> explanations) {
    this.explanations = explanations;
  }


  /**
   * Return true if this StatsAnalysis_arms_inner object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    StatsAnalysisArmsInner statsAnalysisArmsInner = (StatsAnalysisArmsInner) o;
    return Objects.equals(this.key, statsAnalysisArmsInner.key) &&
        Objects.equals(this.control, statsAnalysisArmsInner.control) &&
        Objects.equals(this.n, statsAnalysisArmsInner.n) &&
        Objects.equals(this.rate, statsAnalysisArmsInner.rate) &&
        Objects.equals(this.mean, statsAnalysisArmsInner.mean) &&
        Objects.equals(this.absoluteLift, statsAnalysisArmsInner.absoluteLift) &&
        Objects.equals(this.relativeLift, statsAnalysisArmsInner.relativeLift) &&
        Objects.equals(this.statistic, statsAnalysisArmsInner.statistic) &&
        Objects.equals(this.degreesOfFreedom, statsAnalysisArmsInner.degreesOfFreedom) &&
        Objects.equals(this.pValue, statsAnalysisArmsInner.pValue) &&
        Objects.equals(this.adjustedPValue, statsAnalysisArmsInner.adjustedPValue) &&
        Objects.equals(this.bayesian, statsAnalysisArmsInner.bayesian) &&
        Objects.equals(this.chanceToBeBest, statsAnalysisArmsInner.chanceToBeBest) &&
        Objects.equals(this.explanations, statsAnalysisArmsInner.explanations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, control, n, rate, mean, absoluteLift, relativeLift, statistic, degreesOfFreedom, pValue, adjustedPValue, bayesian, chanceToBeBest, explanations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class StatsAnalysisArmsInner {\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    control: ").append(toIndentedString(control)).append("\n");
    sb.append("    n: ").append(toIndentedString(n)).append("\n");
    sb.append("    rate: ").append(toIndentedString(rate)).append("\n");
    sb.append("    mean: ").append(toIndentedString(mean)).append("\n");
    sb.append("    absoluteLift: ").append(toIndentedString(absoluteLift)).append("\n");
    sb.append("    relativeLift: ").append(toIndentedString(relativeLift)).append("\n");
    sb.append("    statistic: ").append(toIndentedString(statistic)).append("\n");
    sb.append("    degreesOfFreedom: ").append(toIndentedString(degreesOfFreedom)).append("\n");
    sb.append("    pValue: ").append(toIndentedString(pValue)).append("\n");
    sb.append("    adjustedPValue: ").append(toIndentedString(adjustedPValue)).append("\n");
    sb.append("    bayesian: ").append(toIndentedString(bayesian)).append("\n");
    sb.append("    chanceToBeBest: ").append(toIndentedString(chanceToBeBest)).append("\n");
    sb.append("    explanations: ").append(toIndentedString(explanations)).append("\n");
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

    // add `key` to the URL query string
    if (getKey() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%skey%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getKey()))));
    }

    // add `control` to the URL query string
    if (getControl() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scontrol%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getControl()))));
    }

    // add `n` to the URL query string
    if (getN() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sn%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getN()))));
    }

    // add `rate` to the URL query string
    if (getRate() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%srate%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getRate()))));
    }

    // add `mean` to the URL query string
    if (getMean() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%smean%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getMean()))));
    }

    // add `absoluteLift` to the URL query string
    if (getAbsoluteLift() != null) {
      joiner.add(getAbsoluteLift().toUrlQueryString(prefix + "absoluteLift" + suffix));
    }

    // add `relativeLift` to the URL query string
    if (getRelativeLift() != null) {
      joiner.add(getRelativeLift().toUrlQueryString(prefix + "relativeLift" + suffix));
    }

    // add `statistic` to the URL query string
    if (getStatistic() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sstatistic%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getStatistic()))));
    }

    // add `degreesOfFreedom` to the URL query string
    if (getDegreesOfFreedom() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sdegreesOfFreedom%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getDegreesOfFreedom()))));
    }

    // add `pValue` to the URL query string
    if (getpValue() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%spValue%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getpValue()))));
    }

    // add `adjustedPValue` to the URL query string
    if (getAdjustedPValue() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sadjustedPValue%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAdjustedPValue()))));
    }

    // add `bayesian` to the URL query string
    if (getBayesian() != null) {
      joiner.add(getBayesian().toUrlQueryString(prefix + "bayesian" + suffix));
    }

    // add `chanceToBeBest` to the URL query string
    if (getChanceToBeBest() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%schanceToBeBest%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getChanceToBeBest()))));
    }

    // add `explanations` to the URL query string
    if (getExplanations() != null) {
      for (int i = 0; i < getExplanations().size(); i++) {
        joiner.add(String.format(java.util.Locale.ROOT, "%sexplanations%s%s=%s", prefix, suffix,
            "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix),
            ApiClient.urlEncode(ApiClient.valueToString(getExplanations().get(i)))));
      }
    }

    return joiner.toString();
  }
}

