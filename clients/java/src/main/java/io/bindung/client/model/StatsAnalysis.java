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
import io.bindung.client.model.StatsAnalysisArmsInner;
import io.bindung.client.model.StatsAnalysisOmnibus;
import io.bindung.client.model.StatsAnalysisPrior;
import io.bindung.client.model.StatsSampleRatioMismatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * StatsAnalysis
 */
@JsonPropertyOrder({
  StatsAnalysis.JSON_PROPERTY_METRIC,
  StatsAnalysis.JSON_PROPERTY_CONTROL,
  StatsAnalysis.JSON_PROPERTY_ALPHA,
  StatsAnalysis.JSON_PROPERTY_CORRECTION,
  StatsAnalysis.JSON_PROPERTY_SEQUENTIAL,
  StatsAnalysis.JSON_PROPERTY_TUNING,
  StatsAnalysis.JSON_PROPERTY_PRIOR,
  StatsAnalysis.JSON_PROPERTY_ARMS,
  StatsAnalysis.JSON_PROPERTY_OMNIBUS,
  StatsAnalysis.JSON_PROPERTY_SAMPLE_RATIO_MISMATCH,
  StatsAnalysis.JSON_PROPERTY_WARNINGS
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class StatsAnalysis {
  /**
   * Gets or Sets metric
   */
  public enum MetricEnum {
    PROPORTION(String.valueOf("proportion")),
    
    MEAN(String.valueOf("mean")),
    
    RATIO(String.valueOf("ratio"));

    private String value;

    MetricEnum(String value) {
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
    public static MetricEnum fromValue(String value) {
      for (MetricEnum b : MetricEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_METRIC = "metric";
  @javax.annotation.Nonnull
  private MetricEnum metric;

  public static final String JSON_PROPERTY_CONTROL = "control";
  @javax.annotation.Nonnull
  private String control;

  public static final String JSON_PROPERTY_ALPHA = "alpha";
  @javax.annotation.Nonnull
  private BigDecimal alpha;

  /**
   * Gets or Sets correction
   */
  public enum CorrectionEnum {
    NONE(String.valueOf("none")),
    
    HOLM(String.valueOf("holm")),
    
    BENJAMINI_HOCHBERG(String.valueOf("benjamini-hochberg"));

    private String value;

    CorrectionEnum(String value) {
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
    public static CorrectionEnum fromValue(String value) {
      for (CorrectionEnum b : CorrectionEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_CORRECTION = "correction";
  @javax.annotation.Nonnull
  private CorrectionEnum correction;

  public static final String JSON_PROPERTY_SEQUENTIAL = "sequential";
  @javax.annotation.Nonnull
  private Boolean sequential;

  public static final String JSON_PROPERTY_TUNING = "tuning";
  @javax.annotation.Nonnull
  private BigDecimal tuning;

  public static final String JSON_PROPERTY_PRIOR = "prior";
  @javax.annotation.Nullable
  private StatsAnalysisPrior prior;

  public static final String JSON_PROPERTY_ARMS = "arms";
  @javax.annotation.Nonnull
  private List<StatsAnalysisArmsInner> arms;

  public static final String JSON_PROPERTY_OMNIBUS = "omnibus";
  @javax.annotation.Nonnull
  private StatsAnalysisOmnibus omnibus;

  public static final String JSON_PROPERTY_SAMPLE_RATIO_MISMATCH = "sampleRatioMismatch";
  @javax.annotation.Nullable
  private StatsSampleRatioMismatch sampleRatioMismatch;

  public static final String JSON_PROPERTY_WARNINGS = "warnings";
  @javax.annotation.Nonnull
  private List<String> warnings;

  public StatsAnalysis() { 
  }

  public StatsAnalysis metric(@javax.annotation.Nonnull MetricEnum metric) {
    this.metric = metric;
    return this;
  }

  /**
   * Get metric
   * @return metric
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_METRIC, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public MetricEnum getMetric() {
    return metric;
  }


  @JsonProperty(value = JSON_PROPERTY_METRIC, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMetric(@javax.annotation.Nonnull MetricEnum metric) {
    this.metric = metric;
  }


  public StatsAnalysis control(@javax.annotation.Nonnull String control) {
    this.control = control;
    return this;
  }

  /**
   * The key of the control arm.
   * @return control
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTROL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getControl() {
    return control;
  }


  @JsonProperty(value = JSON_PROPERTY_CONTROL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setControl(@javax.annotation.Nonnull String control) {
    this.control = control;
  }


  public StatsAnalysis alpha(@javax.annotation.Nonnull BigDecimal alpha) {
    this.alpha = alpha;
    return this;
  }

  /**
   * Get alpha
   * @return alpha
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ALPHA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getAlpha() {
    return alpha;
  }


  @JsonProperty(value = JSON_PROPERTY_ALPHA, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAlpha(@javax.annotation.Nonnull BigDecimal alpha) {
    this.alpha = alpha;
  }


  public StatsAnalysis correction(@javax.annotation.Nonnull CorrectionEnum correction) {
    this.correction = correction;
    return this;
  }

  /**
   * Get correction
   * @return correction
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CORRECTION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public CorrectionEnum getCorrection() {
    return correction;
  }


  @JsonProperty(value = JSON_PROPERTY_CORRECTION, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCorrection(@javax.annotation.Nonnull CorrectionEnum correction) {
    this.correction = correction;
  }


  public StatsAnalysis sequential(@javax.annotation.Nonnull Boolean sequential) {
    this.sequential = sequential;
    return this;
  }

  /**
   * True when the lifts&#39; intervals and the p-values are the always-valid ones of the sequential test (asymptotic confidence sequences, Waudby-Smith et al. 2023, as GrowthBook&#39;s gbstats), safe to check every day; false for the fixed-horizon test. The sequential p-value is that of the absolute difference (below alpha exactly when &#x60;absoluteLift&#x60;&#39;s interval excludes 0); &#x60;statistic&#x60;, &#x60;degreesOfFreedom&#x60; and the omnibus test stay fixed-horizon.
   * @return sequential
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SEQUENTIAL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Boolean getSequential() {
    return sequential;
  }


  @JsonProperty(value = JSON_PROPERTY_SEQUENTIAL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSequential(@javax.annotation.Nonnull Boolean sequential) {
    this.sequential = sequential;
  }


  public StatsAnalysis tuning(@javax.annotation.Nonnull BigDecimal tuning) {
    this.tuning = tuning;
    return this;
  }

  /**
   * The sequential test&#39;s tuning parameter, the total sample size of a comparison where its interval is narrowest.
   * @return tuning
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TUNING, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public BigDecimal getTuning() {
    return tuning;
  }


  @JsonProperty(value = JSON_PROPERTY_TUNING, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTuning(@javax.annotation.Nonnull BigDecimal tuning) {
    this.tuning = tuning;
  }


  public StatsAnalysis prior(@javax.annotation.Nullable StatsAnalysisPrior prior) {
    this.prior = prior;
    return this;
  }

  /**
   * Get prior
   * @return prior
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PRIOR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatsAnalysisPrior getPrior() {
    return prior;
  }


  @JsonProperty(value = JSON_PROPERTY_PRIOR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPrior(@javax.annotation.Nullable StatsAnalysisPrior prior) {
    this.prior = prior;
  }


  public StatsAnalysis arms(@javax.annotation.Nonnull List<StatsAnalysisArmsInner> arms) {
    this.arms = arms;
    return this;
  }

  public StatsAnalysis addArmsItem(StatsAnalysisArmsInner armsItem) {
    if (this.arms == null) {
      this.arms = new ArrayList<>();
    }
    this.arms.add(armsItem);
    return this;
  }

  /**
   * Get arms
   * @return arms
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ARMS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<StatsAnalysisArmsInner> getArms() {
    return arms;
  }


  @JsonProperty(value = JSON_PROPERTY_ARMS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setArms(@javax.annotation.Nonnull List<StatsAnalysisArmsInner> arms) {
    this.arms = arms;
  }


  public StatsAnalysis omnibus(@javax.annotation.Nonnull StatsAnalysisOmnibus omnibus) {
    this.omnibus = omnibus;
    return this;
  }

  /**
   * Get omnibus
   * @return omnibus
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_OMNIBUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatsAnalysisOmnibus getOmnibus() {
    return omnibus;
  }


  @JsonProperty(value = JSON_PROPERTY_OMNIBUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setOmnibus(@javax.annotation.Nonnull StatsAnalysisOmnibus omnibus) {
    this.omnibus = omnibus;
  }


  public StatsAnalysis sampleRatioMismatch(@javax.annotation.Nullable StatsSampleRatioMismatch sampleRatioMismatch) {
    this.sampleRatioMismatch = sampleRatioMismatch;
    return this;
  }

  /**
   * Get sampleRatioMismatch
   * @return sampleRatioMismatch
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SAMPLE_RATIO_MISMATCH, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public StatsSampleRatioMismatch getSampleRatioMismatch() {
    return sampleRatioMismatch;
  }


  @JsonProperty(value = JSON_PROPERTY_SAMPLE_RATIO_MISMATCH, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSampleRatioMismatch(@javax.annotation.Nullable StatsSampleRatioMismatch sampleRatioMismatch) {
    this.sampleRatioMismatch = sampleRatioMismatch;
  }


  public StatsAnalysis warnings(@javax.annotation.Nonnull List<String> warnings) {
    this.warnings = warnings;
    return this;
  }

  public StatsAnalysis addWarningsItem(String warningsItem) {
    if (this.warnings == null) {
      this.warnings = new ArrayList<>();
    }
    this.warnings.add(warningsItem);
    return this;
  }

  /**
   * Get warnings
   * @return warnings
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_WARNINGS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<String> getWarnings() {
    return warnings;
  }


  @JsonProperty(value = JSON_PROPERTY_WARNINGS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setWarnings(@javax.annotation.Nonnull List<String> warnings) {
    this.warnings = warnings;
  }


  /**
   * Return true if this StatsAnalysis object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    StatsAnalysis statsAnalysis = (StatsAnalysis) o;
    return Objects.equals(this.metric, statsAnalysis.metric) &&
        Objects.equals(this.control, statsAnalysis.control) &&
        Objects.equals(this.alpha, statsAnalysis.alpha) &&
        Objects.equals(this.correction, statsAnalysis.correction) &&
        Objects.equals(this.sequential, statsAnalysis.sequential) &&
        Objects.equals(this.tuning, statsAnalysis.tuning) &&
        Objects.equals(this.prior, statsAnalysis.prior) &&
        Objects.equals(this.arms, statsAnalysis.arms) &&
        Objects.equals(this.omnibus, statsAnalysis.omnibus) &&
        Objects.equals(this.sampleRatioMismatch, statsAnalysis.sampleRatioMismatch) &&
        Objects.equals(this.warnings, statsAnalysis.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, control, alpha, correction, sequential, tuning, prior, arms, omnibus, sampleRatioMismatch, warnings);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class StatsAnalysis {\n");
    sb.append("    metric: ").append(toIndentedString(metric)).append("\n");
    sb.append("    control: ").append(toIndentedString(control)).append("\n");
    sb.append("    alpha: ").append(toIndentedString(alpha)).append("\n");
    sb.append("    correction: ").append(toIndentedString(correction)).append("\n");
    sb.append("    sequential: ").append(toIndentedString(sequential)).append("\n");
    sb.append("    tuning: ").append(toIndentedString(tuning)).append("\n");
    sb.append("    prior: ").append(toIndentedString(prior)).append("\n");
    sb.append("    arms: ").append(toIndentedString(arms)).append("\n");
    sb.append("    omnibus: ").append(toIndentedString(omnibus)).append("\n");
    sb.append("    sampleRatioMismatch: ").append(toIndentedString(sampleRatioMismatch)).append("\n");
    sb.append("    warnings: ").append(toIndentedString(warnings)).append("\n");
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

    // add `metric` to the URL query string
    if (getMetric() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%smetric%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getMetric()))));
    }

    // add `control` to the URL query string
    if (getControl() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scontrol%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getControl()))));
    }

    // add `alpha` to the URL query string
    if (getAlpha() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%salpha%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAlpha()))));
    }

    // add `correction` to the URL query string
    if (getCorrection() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scorrection%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCorrection()))));
    }

    // add `sequential` to the URL query string
    if (getSequential() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssequential%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSequential()))));
    }

    // add `tuning` to the URL query string
    if (getTuning() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stuning%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTuning()))));
    }

    // add `prior` to the URL query string
    if (getPrior() != null) {
      joiner.add(getPrior().toUrlQueryString(prefix + "prior" + suffix));
    }

    // add `arms` to the URL query string
    if (getArms() != null) {
      for (int i = 0; i < getArms().size(); i++) {
        if (getArms().get(i) != null) {
          joiner.add(getArms().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%sarms%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `omnibus` to the URL query string
    if (getOmnibus() != null) {
      joiner.add(getOmnibus().toUrlQueryString(prefix + "omnibus" + suffix));
    }

    // add `sampleRatioMismatch` to the URL query string
    if (getSampleRatioMismatch() != null) {
      joiner.add(getSampleRatioMismatch().toUrlQueryString(prefix + "sampleRatioMismatch" + suffix));
    }

    // add `warnings` to the URL query string
    if (getWarnings() != null) {
      for (int i = 0; i < getWarnings().size(); i++) {
        joiner.add(String.format(java.util.Locale.ROOT, "%swarnings%s%s=%s", prefix, suffix,
            "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix),
            ApiClient.urlEncode(ApiClient.valueToString(getWarnings().get(i)))));
      }
    }

    return joiner.toString();
  }
}

