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
import io.bindung.client.model.ExperimentDefinitionFactorsInner;
import io.bindung.client.model.ExperimentDefinitionNamespace;
import io.bindung.client.model.ExperimentDefinitionPrior;
import io.bindung.client.model.ExperimentDefinitionVariantsInner;
import io.bindung.client.model.ExperimentMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * Give &#x60;variants&#x60; (A/B/n, 2 to 10 arms, relative weights; the one marked &#x60;control&#x60;, else the first, is control) or &#x60;factors&#x60; (a full factorial: every combination of levels is a cell named like &#x60;color&#x3D;red|size&#x3D;l&#x60; with equal weight; the first levels make the control cell). 
 */
@JsonPropertyOrder({
  ExperimentDefinition.JSON_PROPERTY_KEY,
  ExperimentDefinition.JSON_PROPERTY_NAME,
  ExperimentDefinition.JSON_PROPERTY_HYPOTHESIS,
  ExperimentDefinition.JSON_PROPERTY_VARIANTS,
  ExperimentDefinition.JSON_PROPERTY_FACTORS,
  ExperimentDefinition.JSON_PROPERTY_TRAFFIC_PERCENT,
  ExperimentDefinition.JSON_PROPERTY_SEGMENT_ID,
  ExperimentDefinition.JSON_PROPERTY_NAMESPACE,
  ExperimentDefinition.JSON_PROPERTY_PRIMARY_METRIC,
  ExperimentDefinition.JSON_PROPERTY_SECONDARY_METRICS,
  ExperimentDefinition.JSON_PROPERTY_GUARDRAIL_METRICS,
  ExperimentDefinition.JSON_PROPERTY_ALPHA,
  ExperimentDefinition.JSON_PROPERTY_POWER,
  ExperimentDefinition.JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT,
  ExperimentDefinition.JSON_PROPERTY_SEQUENTIAL,
  ExperimentDefinition.JSON_PROPERTY_TUNING,
  ExperimentDefinition.JSON_PROPERTY_PRIOR,
  ExperimentDefinition.JSON_PROPERTY_CUPED,
  ExperimentDefinition.JSON_PROPERTY_CUPED_LOOKBACK_HOURS
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class ExperimentDefinition {
  public static final String JSON_PROPERTY_KEY = "key";
  @javax.annotation.Nonnull
  private String key;

  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;

  public static final String JSON_PROPERTY_HYPOTHESIS = "hypothesis";
  @javax.annotation.Nullable
  private String hypothesis;

  public static final String JSON_PROPERTY_VARIANTS = "variants";
  @javax.annotation.Nullable
  private List<ExperimentDefinitionVariantsInner> variants;

  public static final String JSON_PROPERTY_FACTORS = "factors";
  @javax.annotation.Nullable
  private List<ExperimentDefinitionFactorsInner> factors;

  public static final String JSON_PROPERTY_TRAFFIC_PERCENT = "trafficPercent";
  @javax.annotation.Nullable
  private BigDecimal trafficPercent;

  public static final String JSON_PROPERTY_SEGMENT_ID = "segmentId";
  @javax.annotation.Nullable
  private String segmentId;

  public static final String JSON_PROPERTY_NAMESPACE = "namespace";
  @javax.annotation.Nullable
  private ExperimentDefinitionNamespace namespace;

  public static final String JSON_PROPERTY_PRIMARY_METRIC = "primaryMetric";
  @javax.annotation.Nonnull
  private ExperimentMetric primaryMetric;

  public static final String JSON_PROPERTY_SECONDARY_METRICS = "secondaryMetrics";
  @javax.annotation.Nullable
  private List<ExperimentMetric> secondaryMetrics;

  public static final String JSON_PROPERTY_GUARDRAIL_METRICS = "guardrailMetrics";
  @javax.annotation.Nullable
  private List<ExperimentMetric> guardrailMetrics;

  public static final String JSON_PROPERTY_ALPHA = "alpha";
  @javax.annotation.Nullable
  private BigDecimal alpha;

  public static final String JSON_PROPERTY_POWER = "power";
  @javax.annotation.Nullable
  private BigDecimal power;

  public static final String JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT = "minimumDetectableEffect";
  @javax.annotation.Nullable
  private BigDecimal minimumDetectableEffect;

  public static final String JSON_PROPERTY_SEQUENTIAL = "sequential";
  @javax.annotation.Nullable
  private Boolean sequential;

  public static final String JSON_PROPERTY_TUNING = "tuning";
  @javax.annotation.Nullable
  private BigDecimal tuning;

  public static final String JSON_PROPERTY_PRIOR = "prior";
  @javax.annotation.Nullable
  private ExperimentDefinitionPrior prior;

  public static final String JSON_PROPERTY_CUPED = "cuped";
  @javax.annotation.Nullable
  private Boolean cuped;

  public static final String JSON_PROPERTY_CUPED_LOOKBACK_HOURS = "cupedLookbackHours";
  @javax.annotation.Nullable
  private Integer cupedLookbackHours;

  public ExperimentDefinition() { 
  }

  public ExperimentDefinition key(@javax.annotation.Nonnull String key) {
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


  public ExperimentDefinition name(@javax.annotation.Nonnull String name) {
    this.name = name;
    return this;
  }

  /**
   * Get name
   * @return name
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getName() {
    return name;
  }


  @JsonProperty(value = JSON_PROPERTY_NAME, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setName(@javax.annotation.Nonnull String name) {
    this.name = name;
  }


  public ExperimentDefinition hypothesis(@javax.annotation.Nullable String hypothesis) {
    this.hypothesis = hypothesis;
    return this;
  }

  /**
   * Get hypothesis
   * @return hypothesis
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_HYPOTHESIS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getHypothesis() {
    return hypothesis;
  }


  @JsonProperty(value = JSON_PROPERTY_HYPOTHESIS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setHypothesis(@javax.annotation.Nullable String hypothesis) {
    this.hypothesis = hypothesis;
  }


  public ExperimentDefinition variants(@javax.annotation.Nullable List<ExperimentDefinitionVariantsInner> variants) {
    this.variants = variants;
    return this;
  }

  public ExperimentDefinition addVariantsItem(ExperimentDefinitionVariantsInner variantsItem) {
    if (this.variants == null) {
      this.variants = new ArrayList<>();
    }
    this.variants.add(variantsItem);
    return this;
  }

  /**
   * Get variants
   * @return variants
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_VARIANTS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<ExperimentDefinitionVariantsInner> getVariants() {
    return variants;
  }


  @JsonProperty(value = JSON_PROPERTY_VARIANTS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setVariants(@javax.annotation.Nullable List<ExperimentDefinitionVariantsInner> variants) {
    this.variants = variants;
  }


  public ExperimentDefinition factors(@javax.annotation.Nullable List<ExperimentDefinitionFactorsInner> factors) {
    this.factors = factors;
    return this;
  }

  public ExperimentDefinition addFactorsItem(ExperimentDefinitionFactorsInner factorsItem) {
    if (this.factors == null) {
      this.factors = new ArrayList<>();
    }
    this.factors.add(factorsItem);
    return this;
  }

  /**
   * Get factors
   * @return factors
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_FACTORS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<ExperimentDefinitionFactorsInner> getFactors() {
    return factors;
  }


  @JsonProperty(value = JSON_PROPERTY_FACTORS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setFactors(@javax.annotation.Nullable List<ExperimentDefinitionFactorsInner> factors) {
    this.factors = factors;
  }


  public ExperimentDefinition trafficPercent(@javax.annotation.Nullable BigDecimal trafficPercent) {
    this.trafficPercent = trafficPercent;
    return this;
  }

  /**
   * The share of eligible customers who enter; default 100.
   * minimum: 0
   * maximum: 100
   * @return trafficPercent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TRAFFIC_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getTrafficPercent() {
    return trafficPercent;
  }


  @JsonProperty(value = JSON_PROPERTY_TRAFFIC_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTrafficPercent(@javax.annotation.Nullable BigDecimal trafficPercent) {
    this.trafficPercent = trafficPercent;
  }


  public ExperimentDefinition segmentId(@javax.annotation.Nullable String segmentId) {
    this.segmentId = segmentId;
    return this;
  }

  /**
   * Only customers in this segment (when assigned) are eligible.
   * @return segmentId
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SEGMENT_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getSegmentId() {
    return segmentId;
  }


  @JsonProperty(value = JSON_PROPERTY_SEGMENT_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSegmentId(@javax.annotation.Nullable String segmentId) {
    this.segmentId = segmentId;
  }


  public ExperimentDefinition namespace(@javax.annotation.Nullable ExperimentDefinitionNamespace namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * Get namespace
   * @return namespace
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NAMESPACE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public ExperimentDefinitionNamespace getNamespace() {
    return namespace;
  }


  @JsonProperty(value = JSON_PROPERTY_NAMESPACE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setNamespace(@javax.annotation.Nullable ExperimentDefinitionNamespace namespace) {
    this.namespace = namespace;
  }


  public ExperimentDefinition primaryMetric(@javax.annotation.Nonnull ExperimentMetric primaryMetric) {
    this.primaryMetric = primaryMetric;
    return this;
  }

  /**
   * Get primaryMetric
   * @return primaryMetric
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_PRIMARY_METRIC, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ExperimentMetric getPrimaryMetric() {
    return primaryMetric;
  }


  @JsonProperty(value = JSON_PROPERTY_PRIMARY_METRIC, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setPrimaryMetric(@javax.annotation.Nonnull ExperimentMetric primaryMetric) {
    this.primaryMetric = primaryMetric;
  }


  public ExperimentDefinition secondaryMetrics(@javax.annotation.Nullable List<ExperimentMetric> secondaryMetrics) {
    this.secondaryMetrics = secondaryMetrics;
    return this;
  }

  public ExperimentDefinition addSecondaryMetricsItem(ExperimentMetric secondaryMetricsItem) {
    if (this.secondaryMetrics == null) {
      this.secondaryMetrics = new ArrayList<>();
    }
    this.secondaryMetrics.add(secondaryMetricsItem);
    return this;
  }

  /**
   * Get secondaryMetrics
   * @return secondaryMetrics
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SECONDARY_METRICS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<ExperimentMetric> getSecondaryMetrics() {
    return secondaryMetrics;
  }


  @JsonProperty(value = JSON_PROPERTY_SECONDARY_METRICS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSecondaryMetrics(@javax.annotation.Nullable List<ExperimentMetric> secondaryMetrics) {
    this.secondaryMetrics = secondaryMetrics;
  }


  public ExperimentDefinition guardrailMetrics(@javax.annotation.Nullable List<ExperimentMetric> guardrailMetrics) {
    this.guardrailMetrics = guardrailMetrics;
    return this;
  }

  public ExperimentDefinition addGuardrailMetricsItem(ExperimentMetric guardrailMetricsItem) {
    if (this.guardrailMetrics == null) {
      this.guardrailMetrics = new ArrayList<>();
    }
    this.guardrailMetrics.add(guardrailMetricsItem);
    return this;
  }

  /**
   * Get guardrailMetrics
   * @return guardrailMetrics
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_GUARDRAIL_METRICS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<ExperimentMetric> getGuardrailMetrics() {
    return guardrailMetrics;
  }


  @JsonProperty(value = JSON_PROPERTY_GUARDRAIL_METRICS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setGuardrailMetrics(@javax.annotation.Nullable List<ExperimentMetric> guardrailMetrics) {
    this.guardrailMetrics = guardrailMetrics;
  }


  public ExperimentDefinition alpha(@javax.annotation.Nullable BigDecimal alpha) {
    this.alpha = alpha;
    return this;
  }

  /**
   * Default 0.05.
   * @return alpha
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ALPHA, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getAlpha() {
    return alpha;
  }


  @JsonProperty(value = JSON_PROPERTY_ALPHA, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAlpha(@javax.annotation.Nullable BigDecimal alpha) {
    this.alpha = alpha;
  }


  public ExperimentDefinition power(@javax.annotation.Nullable BigDecimal power) {
    this.power = power;
    return this;
  }

  /**
   * Default 0.8.
   * @return power
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_POWER, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getPower() {
    return power;
  }


  @JsonProperty(value = JSON_PROPERTY_POWER, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPower(@javax.annotation.Nullable BigDecimal power) {
    this.power = power;
  }


  public ExperimentDefinition minimumDetectableEffect(@javax.annotation.Nullable BigDecimal minimumDetectableEffect) {
    this.minimumDetectableEffect = minimumDetectableEffect;
    return this;
  }

  /**
   * Get minimumDetectableEffect
   * minimum: 0
   * @return minimumDetectableEffect
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getMinimumDetectableEffect() {
    return minimumDetectableEffect;
  }


  @JsonProperty(value = JSON_PROPERTY_MINIMUM_DETECTABLE_EFFECT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMinimumDetectableEffect(@javax.annotation.Nullable BigDecimal minimumDetectableEffect) {
    this.minimumDetectableEffect = minimumDetectableEffect;
  }


  public ExperimentDefinition sequential(@javax.annotation.Nullable Boolean sequential) {
    this.sequential = sequential;
    return this;
  }

  /**
   * Default false. True makes the results&#39; intervals and p-values always valid (sequential test), so looking at them every day keeps the false-positive rate at alpha.
   * @return sequential
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SEQUENTIAL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getSequential() {
    return sequential;
  }


  @JsonProperty(value = JSON_PROPERTY_SEQUENTIAL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSequential(@javax.annotation.Nullable Boolean sequential) {
    this.sequential = sequential;
  }


  public ExperimentDefinition tuning(@javax.annotation.Nullable BigDecimal tuning) {
    this.tuning = tuning;
    return this;
  }

  /**
   * Default 5000. The sequential test&#39;s tuning parameter, the expected total sample size of a comparison.
   * minimum: 0
   * maximum: 1000000000000
   * @return tuning
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TUNING, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getTuning() {
    return tuning;
  }


  @JsonProperty(value = JSON_PROPERTY_TUNING, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTuning(@javax.annotation.Nullable BigDecimal tuning) {
    this.tuning = tuning;
  }


  public ExperimentDefinition prior(@javax.annotation.Nullable ExperimentDefinitionPrior prior) {
    this.prior = prior;
    return this;
  }

  /**
   * Get prior
   * @return prior
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PRIOR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public ExperimentDefinitionPrior getPrior() {
    return prior;
  }


  @JsonProperty(value = JSON_PROPERTY_PRIOR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPrior(@javax.annotation.Nullable ExperimentDefinitionPrior prior) {
    this.prior = prior;
  }


  public ExperimentDefinition cuped(@javax.annotation.Nullable Boolean cuped) {
    this.cuped = cuped;
    return this;
  }

  /**
   * Default false. True adjusts every conversion, count and sum metric by CUPED: the covariate is the same metric over the &#x60;cupedLookbackHours&#x60; before each customer&#39;s first exposure, θ comes from all arms pooled, and the adjusted values are analysed as means (Welch). Ratio metrics are not adjusted.
   * @return cuped
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CUPED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getCuped() {
    return cuped;
  }


  @JsonProperty(value = JSON_PROPERTY_CUPED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCuped(@javax.annotation.Nullable Boolean cuped) {
    this.cuped = cuped;
  }


  public ExperimentDefinition cupedLookbackHours(@javax.annotation.Nullable Integer cupedLookbackHours) {
    this.cupedLookbackHours = cupedLookbackHours;
    return this;
  }

  /**
   * Only with &#x60;cuped&#x60;. Default 336 (14 days, as GrowthBook).
   * minimum: 1
   * maximum: 8760
   * @return cupedLookbackHours
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CUPED_LOOKBACK_HOURS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getCupedLookbackHours() {
    return cupedLookbackHours;
  }


  @JsonProperty(value = JSON_PROPERTY_CUPED_LOOKBACK_HOURS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCupedLookbackHours(@javax.annotation.Nullable Integer cupedLookbackHours) {
    this.cupedLookbackHours = cupedLookbackHours;
  }


  /**
   * Return true if this ExperimentDefinition object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    ExperimentDefinition experimentDefinition = (ExperimentDefinition) o;
    return Objects.equals(this.key, experimentDefinition.key) &&
        Objects.equals(this.name, experimentDefinition.name) &&
        Objects.equals(this.hypothesis, experimentDefinition.hypothesis) &&
        Objects.equals(this.variants, experimentDefinition.variants) &&
        Objects.equals(this.factors, experimentDefinition.factors) &&
        Objects.equals(this.trafficPercent, experimentDefinition.trafficPercent) &&
        Objects.equals(this.segmentId, experimentDefinition.segmentId) &&
        Objects.equals(this.namespace, experimentDefinition.namespace) &&
        Objects.equals(this.primaryMetric, experimentDefinition.primaryMetric) &&
        Objects.equals(this.secondaryMetrics, experimentDefinition.secondaryMetrics) &&
        Objects.equals(this.guardrailMetrics, experimentDefinition.guardrailMetrics) &&
        Objects.equals(this.alpha, experimentDefinition.alpha) &&
        Objects.equals(this.power, experimentDefinition.power) &&
        Objects.equals(this.minimumDetectableEffect, experimentDefinition.minimumDetectableEffect) &&
        Objects.equals(this.sequential, experimentDefinition.sequential) &&
        Objects.equals(this.tuning, experimentDefinition.tuning) &&
        Objects.equals(this.prior, experimentDefinition.prior) &&
        Objects.equals(this.cuped, experimentDefinition.cuped) &&
        Objects.equals(this.cupedLookbackHours, experimentDefinition.cupedLookbackHours);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, name, hypothesis, variants, factors, trafficPercent, segmentId, namespace, primaryMetric, secondaryMetrics, guardrailMetrics, alpha, power, minimumDetectableEffect, sequential, tuning, prior, cuped, cupedLookbackHours);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class ExperimentDefinition {\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    hypothesis: ").append(toIndentedString(hypothesis)).append("\n");
    sb.append("    variants: ").append(toIndentedString(variants)).append("\n");
    sb.append("    factors: ").append(toIndentedString(factors)).append("\n");
    sb.append("    trafficPercent: ").append(toIndentedString(trafficPercent)).append("\n");
    sb.append("    segmentId: ").append(toIndentedString(segmentId)).append("\n");
    sb.append("    namespace: ").append(toIndentedString(namespace)).append("\n");
    sb.append("    primaryMetric: ").append(toIndentedString(primaryMetric)).append("\n");
    sb.append("    secondaryMetrics: ").append(toIndentedString(secondaryMetrics)).append("\n");
    sb.append("    guardrailMetrics: ").append(toIndentedString(guardrailMetrics)).append("\n");
    sb.append("    alpha: ").append(toIndentedString(alpha)).append("\n");
    sb.append("    power: ").append(toIndentedString(power)).append("\n");
    sb.append("    minimumDetectableEffect: ").append(toIndentedString(minimumDetectableEffect)).append("\n");
    sb.append("    sequential: ").append(toIndentedString(sequential)).append("\n");
    sb.append("    tuning: ").append(toIndentedString(tuning)).append("\n");
    sb.append("    prior: ").append(toIndentedString(prior)).append("\n");
    sb.append("    cuped: ").append(toIndentedString(cuped)).append("\n");
    sb.append("    cupedLookbackHours: ").append(toIndentedString(cupedLookbackHours)).append("\n");
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

    // add `name` to the URL query string
    if (getName() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sname%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getName()))));
    }

    // add `hypothesis` to the URL query string
    if (getHypothesis() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%shypothesis%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getHypothesis()))));
    }

    // add `variants` to the URL query string
    if (getVariants() != null) {
      for (int i = 0; i < getVariants().size(); i++) {
        if (getVariants().get(i) != null) {
          joiner.add(getVariants().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%svariants%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `factors` to the URL query string
    if (getFactors() != null) {
      for (int i = 0; i < getFactors().size(); i++) {
        if (getFactors().get(i) != null) {
          joiner.add(getFactors().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%sfactors%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `trafficPercent` to the URL query string
    if (getTrafficPercent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%strafficPercent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTrafficPercent()))));
    }

    // add `segmentId` to the URL query string
    if (getSegmentId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssegmentId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSegmentId()))));
    }

    // add `namespace` to the URL query string
    if (getNamespace() != null) {
      joiner.add(getNamespace().toUrlQueryString(prefix + "namespace" + suffix));
    }

    // add `primaryMetric` to the URL query string
    if (getPrimaryMetric() != null) {
      joiner.add(getPrimaryMetric().toUrlQueryString(prefix + "primaryMetric" + suffix));
    }

    // add `secondaryMetrics` to the URL query string
    if (getSecondaryMetrics() != null) {
      for (int i = 0; i < getSecondaryMetrics().size(); i++) {
        if (getSecondaryMetrics().get(i) != null) {
          joiner.add(getSecondaryMetrics().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%ssecondaryMetrics%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `guardrailMetrics` to the URL query string
    if (getGuardrailMetrics() != null) {
      for (int i = 0; i < getGuardrailMetrics().size(); i++) {
        if (getGuardrailMetrics().get(i) != null) {
          joiner.add(getGuardrailMetrics().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%sguardrailMetrics%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `alpha` to the URL query string
    if (getAlpha() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%salpha%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAlpha()))));
    }

    // add `power` to the URL query string
    if (getPower() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%spower%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getPower()))));
    }

    // add `minimumDetectableEffect` to the URL query string
    if (getMinimumDetectableEffect() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sminimumDetectableEffect%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getMinimumDetectableEffect()))));
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

    // add `cuped` to the URL query string
    if (getCuped() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scuped%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCuped()))));
    }

    // add `cupedLookbackHours` to the URL query string
    if (getCupedLookbackHours() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scupedLookbackHours%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCupedLookbackHours()))));
    }

    return joiner.toString();
  }
}

