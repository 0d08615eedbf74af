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
import io.bindung.client.model.ExperimentResultsArmsInner;
import io.bindung.client.model.ExperimentResultsMetricsInner;
import io.bindung.client.model.ExperimentResultsPower;
import io.bindung.client.model.StatsSampleRatioMismatch;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * ExperimentResults
 */
@JsonPropertyOrder({
  ExperimentResults.JSON_PROPERTY_EXPERIMENT,
  ExperimentResults.JSON_PROPERTY_PHASE,
  ExperimentResults.JSON_PROPERTY_STATUS,
  ExperimentResults.JSON_PROPERTY_FROM,
  ExperimentResults.JSON_PROPERTY_AS_OF,
  ExperimentResults.JSON_PROPERTY_ARMS,
  ExperimentResults.JSON_PROPERTY_SAMPLE_RATIO_MISMATCH,
  ExperimentResults.JSON_PROPERTY_METRICS,
  ExperimentResults.JSON_PROPERTY_POWER,
  ExperimentResults.JSON_PROPERTY_VERDICT,
  ExperimentResults.JSON_PROPERTY_WARNINGS
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class ExperimentResults {
  public static final String JSON_PROPERTY_EXPERIMENT = "experiment";
  @javax.annotation.Nonnull
  private String experiment;

  public static final String JSON_PROPERTY_PHASE = "phase";
  @javax.annotation.Nonnull
  private Integer phase;

  /**
   * Gets or Sets status
   */
  public enum StatusEnum {
    DRAFT(String.valueOf("draft")),
    
    RUNNING(String.valueOf("running")),
    
    STOPPED(String.valueOf("stopped"));

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

  public static final String JSON_PROPERTY_FROM = "from";
  @javax.annotation.Nonnull
  private OffsetDateTime from;

  public static final String JSON_PROPERTY_AS_OF = "asOf";
  @javax.annotation.Nonnull
  private OffsetDateTime asOf;

  public static final String JSON_PROPERTY_ARMS = "arms";
  @javax.annotation.Nonnull
  private List<ExperimentResultsArmsInner> arms;

  public static final String JSON_PROPERTY_SAMPLE_RATIO_MISMATCH = "sampleRatioMismatch";
  @javax.annotation.Nullable
  private StatsSampleRatioMismatch sampleRatioMismatch;

  public static final String JSON_PROPERTY_METRICS = "metrics";
  @javax.annotation.Nonnull
  private List<ExperimentResultsMetricsInner> metrics;

  public static final String JSON_PROPERTY_POWER = "power";
  @javax.annotation.Nullable
  private ExperimentResultsPower power;

  public static final String JSON_PROPERTY_VERDICT = "verdict";
  @javax.annotation.Nonnull
  private String verdict;

  public static final String JSON_PROPERTY_WARNINGS = "warnings";
  @javax.annotation.Nonnull
  private List<String> warnings;

  public ExperimentResults() { 
  }

  public ExperimentResults experiment(@javax.annotation.Nonnull String experiment) {
    this.experiment = experiment;
    return this;
  }

  /**
   * Get experiment
   * @return experiment
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_EXPERIMENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getExperiment() {
    return experiment;
  }


  @JsonProperty(value = JSON_PROPERTY_EXPERIMENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setExperiment(@javax.annotation.Nonnull String experiment) {
    this.experiment = experiment;
  }


  public ExperimentResults phase(@javax.annotation.Nonnull Integer phase) {
    this.phase = phase;
    return this;
  }

  /**
   * Get phase
   * @return phase
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PHASE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getPhase() {
    return phase;
  }


  @JsonProperty(value = JSON_PROPERTY_PHASE, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPhase(@javax.annotation.Nonnull Integer phase) {
    this.phase = phase;
  }


  public ExperimentResults status(@javax.annotation.Nonnull StatusEnum status) {
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


  public ExperimentResults from(@javax.annotation.Nonnull OffsetDateTime from) {
    this.from = from;
    return this;
  }

  /**
   * When the current phase started.
   * @return from
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_FROM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getFrom() {
    return from;
  }


  @JsonProperty(value = JSON_PROPERTY_FROM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setFrom(@javax.annotation.Nonnull OffsetDateTime from) {
    this.from = from;
  }


  public ExperimentResults asOf(@javax.annotation.Nonnull OffsetDateTime asOf) {
    this.asOf = asOf;
    return this;
  }

  /**
   * Get asOf
   * @return asOf
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_AS_OF, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getAsOf() {
    return asOf;
  }


  @JsonProperty(value = JSON_PROPERTY_AS_OF, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAsOf(@javax.annotation.Nonnull OffsetDateTime asOf) {
    this.asOf = asOf;
  }


  public ExperimentResults arms(@javax.annotation.Nonnull List<ExperimentResultsArmsInner> arms) {
    this.arms = arms;
    return this;
  }

  public ExperimentResults addArmsItem(ExperimentResultsArmsInner armsItem) {
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
  public List<ExperimentResultsArmsInner> getArms() {
    return arms;
  }


  @JsonProperty(value = JSON_PROPERTY_ARMS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setArms(@javax.annotation.Nonnull List<ExperimentResultsArmsInner> arms) {
    this.arms = arms;
  }


  public ExperimentResults sampleRatioMismatch(@javax.annotation.Nullable StatsSampleRatioMismatch sampleRatioMismatch) {
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


  public ExperimentResults metrics(@javax.annotation.Nonnull List<ExperimentResultsMetricsInner> metrics) {
    this.metrics = metrics;
    return this;
  }

  public ExperimentResults addMetricsItem(ExperimentResultsMetricsInner metricsItem) {
    if (this.metrics == null) {
      this.metrics = new ArrayList<>();
    }
    this.metrics.add(metricsItem);
    return this;
  }

  /**
   * Get metrics
   * @return metrics
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_METRICS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public List<ExperimentResultsMetricsInner> getMetrics() {
    return metrics;
  }


  @JsonProperty(value = JSON_PROPERTY_METRICS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setMetrics(@javax.annotation.Nonnull List<ExperimentResultsMetricsInner> metrics) {
    this.metrics = metrics;
  }


  public ExperimentResults power(@javax.annotation.Nullable ExperimentResultsPower power) {
    this.power = power;
    return this;
  }

  /**
   * Get power
   * @return power
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_POWER, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ExperimentResultsPower getPower() {
    return power;
  }


  @JsonProperty(value = JSON_PROPERTY_POWER, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPower(@javax.annotation.Nullable ExperimentResultsPower power) {
    this.power = power;
  }


  public ExperimentResults verdict(@javax.annotation.Nonnull String verdict) {
    this.verdict = verdict;
    return this;
  }

  /**
   * Get verdict
   * @return verdict
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_VERDICT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getVerdict() {
    return verdict;
  }


  @JsonProperty(value = JSON_PROPERTY_VERDICT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVerdict(@javax.annotation.Nonnull String verdict) {
    this.verdict = verdict;
  }


  public ExperimentResults warnings(@javax.annotation.Nonnull List<String> warnings) {
    this.warnings = warnings;
    return this;
  }

  public ExperimentResults addWarningsItem(String warningsItem) {
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
   * Return true if this ExperimentResults object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ExperimentResults experimentResults = (ExperimentResults) o;
    return Objects.equals(this.experiment, experimentResults.experiment) &&
        Objects.equals(this.phase, experimentResults.phase) &&
        Objects.equals(this.status, experimentResults.status) &&
        Objects.equals(this.from, experimentResults.from) &&
        Objects.equals(this.asOf, experimentResults.asOf) &&
        Objects.equals(this.arms, experimentResults.arms) &&
        Objects.equals(this.sampleRatioMismatch, experimentResults.sampleRatioMismatch) &&
        Objects.equals(this.metrics, experimentResults.metrics) &&
        Objects.equals(this.power, experimentResults.power) &&
        Objects.equals(this.verdict, experimentResults.verdict) &&
        Objects.equals(this.warnings, experimentResults.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(experiment, phase, status, from, asOf, arms, sampleRatioMismatch, metrics, power, verdict, warnings);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ExperimentResults {\n");
    sb.append("    experiment: ").append(toIndentedString(experiment)).append("\n");
    sb.append("    phase: ").append(toIndentedString(phase)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    from: ").append(toIndentedString(from)).append("\n");
    sb.append("    asOf: ").append(toIndentedString(asOf)).append("\n");
    sb.append("    arms: ").append(toIndentedString(arms)).append("\n");
    sb.append("    sampleRatioMismatch: ").append(toIndentedString(sampleRatioMismatch)).append("\n");
    sb.append("    metrics: ").append(toIndentedString(metrics)).append("\n");
    sb.append("    power: ").append(toIndentedString(power)).append("\n");
    sb.append("    verdict: ").append(toIndentedString(verdict)).append("\n");
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

    // add `experiment` to the URL query string
    if (getExperiment() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sexperiment%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getExperiment()))));
    }

    // add `phase` to the URL query string
    if (getPhase() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sphase%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getPhase()))));
    }

    // add `status` to the URL query string
    if (getStatus() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sstatus%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getStatus()))));
    }

    // add `from` to the URL query string
    if (getFrom() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sfrom%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getFrom()))));
    }

    // add `asOf` to the URL query string
    if (getAsOf() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sasOf%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAsOf()))));
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

    // add `sampleRatioMismatch` to the URL query string
    if (getSampleRatioMismatch() != null) {
      joiner.add(getSampleRatioMismatch().toUrlQueryString(prefix + "sampleRatioMismatch" + suffix));
    }

    // add `metrics` to the URL query string
    if (getMetrics() != null) {
      for (int i = 0; i < getMetrics().size(); i++) {
        if (getMetrics().get(i) != null) {
          joiner.add(getMetrics().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%smetrics%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `power` to the URL query string
    if (getPower() != null) {
      joiner.add(getPower().toUrlQueryString(prefix + "power" + suffix));
    }

    // add `verdict` to the URL query string
    if (getVerdict() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sverdict%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getVerdict()))));
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

