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
import io.bindung.client.model.CampaignDefinitionAudience;
import io.bindung.client.model.CampaignDefinitionConversion;
import io.bindung.client.model.CampaignDefinitionQuietHours;
import io.bindung.client.model.CampaignDefinitionTiming;
import io.bindung.client.model.CampaignDefinitionVariantsInner;
import io.bindung.client.model.CampaignTrigger;
import io.bindung.client.model.Content;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * A campaign. Give &#x60;content&#x60; for one message or &#x60;variants&#x60; for an A/B/n test of messages (split by a deterministic hash of campaign and customer, by relative &#x60;weight&#x60;).  Per recipient, when the entry is due (&#x60;wait&#x60; after the trigger; &#x60;sendAt&#x60; for one-off): the exit event and the audience are checked, the send time is found (&#x60;timing&#x60;, then &#x60;quietHours&#x60;, both on the recipient&#39;s own clock, &#x60;timezone&#x60; or UTC; correct across daylight-saving changes), consent and address are checked (none needed for &#x60;webhook&#x60;), &#x60;holdoutPercent&#x60; of the reachable recipients are held out as control (deterministic hash), frequency caps are applied unless &#x60;transactional&#x60;, and the rendered message enters the outbox in the same transaction as the decision. Email goes to &#x60;email&#x60;, SMS and WhatsApp to &#x60;phone&#x60;, push to the &#x60;pushToken&#x60; attribute. 
 */
@JsonPropertyOrder({
  CampaignDefinition.JSON_PROPERTY_NAME,
  CampaignDefinition.JSON_PROPERTY_TYPE,
  CampaignDefinition.JSON_PROPERTY_TRIGGER,
  CampaignDefinition.JSON_PROPERTY_WAIT,
  CampaignDefinition.JSON_PROPERTY_EXIT_EVENT,
  CampaignDefinition.JSON_PROPERTY_AUDIENCE,
  CampaignDefinition.JSON_PROPERTY_SEND_AT,
  CampaignDefinition.JSON_PROPERTY_TIMING,
  CampaignDefinition.JSON_PROPERTY_QUIET_HOURS,
  CampaignDefinition.JSON_PROPERTY_TRANSACTIONAL,
  CampaignDefinition.JSON_PROPERTY_HOLDOUT_PERCENT,
  CampaignDefinition.JSON_PROPERTY_CONTENT,
  CampaignDefinition.JSON_PROPERTY_VARIANTS,
  CampaignDefinition.JSON_PROPERTY_CONVERSION
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class CampaignDefinition {
  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nonnull
  private String name;

  /**
   * Gets or Sets type
   */
  public enum TypeEnum {
    ONE_OFF(String.valueOf("one-off")),
    
    TRIGGERED(String.valueOf("triggered"));

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

  public static final String JSON_PROPERTY_TRIGGER = "trigger";
  @javax.annotation.Nullable
  private CampaignTrigger trigger;

  public static final String JSON_PROPERTY_WAIT = "wait";
  @javax.annotation.Nullable
  private String wait;

  public static final String JSON_PROPERTY_EXIT_EVENT = "exitEvent";
  @javax.annotation.Nullable
  private String exitEvent;

  public static final String JSON_PROPERTY_AUDIENCE = "audience";
  @javax.annotation.Nullable
  private CampaignDefinitionAudience audience;

  public static final String JSON_PROPERTY_SEND_AT = "sendAt";
  @javax.annotation.Nullable
  private OffsetDateTime sendAt;

  public static final String JSON_PROPERTY_TIMING = "timing";
  @javax.annotation.Nullable
  private CampaignDefinitionTiming timing;

  public static final String JSON_PROPERTY_QUIET_HOURS = "quietHours";
  @javax.annotation.Nullable
  private CampaignDefinitionQuietHours quietHours;

  public static final String JSON_PROPERTY_TRANSACTIONAL = "transactional";
  @javax.annotation.Nullable
  private Boolean transactional;

  public static final String JSON_PROPERTY_HOLDOUT_PERCENT = "holdoutPercent";
  @javax.annotation.Nullable
  private BigDecimal holdoutPercent;

  public static final String JSON_PROPERTY_CONTENT = "content";
  @javax.annotation.Nullable
  private Content content;

  public static final String JSON_PROPERTY_VARIANTS = "variants";
  @javax.annotation.Nullable
  private List<CampaignDefinitionVariantsInner> variants;

  public static final String JSON_PROPERTY_CONVERSION = "conversion";
  @javax.annotation.Nullable
  private CampaignDefinitionConversion conversion;

  public CampaignDefinition() { 
  }

  public CampaignDefinition name(@javax.annotation.Nonnull String name) {
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


  public CampaignDefinition type(@javax.annotation.Nonnull TypeEnum type) {
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


  public CampaignDefinition trigger(@javax.annotation.Nullable CampaignTrigger trigger) {
    this.trigger = trigger;
    return this;
  }

  /**
   * Get trigger
   * @return trigger
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TRIGGER, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public CampaignTrigger getTrigger() {
    return trigger;
  }


  @JsonProperty(value = JSON_PROPERTY_TRIGGER, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTrigger(@javax.annotation.Nullable CampaignTrigger trigger) {
    this.trigger = trigger;
  }


  public CampaignDefinition wait(@javax.annotation.Nullable String wait) {
    this.wait = wait;
    return this;
  }

  /**
   * An ISO 8601 duration after the trigger, e.g. &#x60;PT1H&#x60;, &#x60;P7D&#x60; (at most &#x60;P366D&#x60;).
   * @return wait
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_WAIT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getWait() {
    return wait;
  }


  @JsonProperty(value = JSON_PROPERTY_WAIT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setWait(@javax.annotation.Nullable String wait) {
    this.wait = wait;
  }


  public CampaignDefinition exitEvent(@javax.annotation.Nullable String exitEvent) {
    this.exitEvent = exitEvent;
    return this;
  }

  /**
   * If the customer does this event after the trigger and before the message is due, nothing is sent.
   * @return exitEvent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EXIT_EVENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getExitEvent() {
    return exitEvent;
  }


  @JsonProperty(value = JSON_PROPERTY_EXIT_EVENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setExitEvent(@javax.annotation.Nullable String exitEvent) {
    this.exitEvent = exitEvent;
  }


  public CampaignDefinition audience(@javax.annotation.Nullable CampaignDefinitionAudience audience) {
    this.audience = audience;
    return this;
  }

  /**
   * Get audience
   * @return audience
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_AUDIENCE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public CampaignDefinitionAudience getAudience() {
    return audience;
  }


  @JsonProperty(value = JSON_PROPERTY_AUDIENCE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAudience(@javax.annotation.Nullable CampaignDefinitionAudience audience) {
    this.audience = audience;
  }


  public CampaignDefinition sendAt(@javax.annotation.Nullable OffsetDateTime sendAt) {
    this.sendAt = sendAt;
    return this;
  }

  /**
   * When a one-off campaign sends (its audience is evaluated then); default when activated.
   * @return sendAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SEND_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public OffsetDateTime getSendAt() {
    return sendAt;
  }


  @JsonProperty(value = JSON_PROPERTY_SEND_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSendAt(@javax.annotation.Nullable OffsetDateTime sendAt) {
    this.sendAt = sendAt;
  }


  public CampaignDefinition timing(@javax.annotation.Nullable CampaignDefinitionTiming timing) {
    this.timing = timing;
    return this;
  }

  /**
   * Get timing
   * @return timing
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TIMING, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public CampaignDefinitionTiming getTiming() {
    return timing;
  }


  @JsonProperty(value = JSON_PROPERTY_TIMING, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTiming(@javax.annotation.Nullable CampaignDefinitionTiming timing) {
    this.timing = timing;
  }


  public CampaignDefinition quietHours(@javax.annotation.Nullable CampaignDefinitionQuietHours quietHours) {
    this.quietHours = quietHours;
    return this;
  }

  /**
   * Get quietHours
   * @return quietHours
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_QUIET_HOURS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public CampaignDefinitionQuietHours getQuietHours() {
    return quietHours;
  }


  @JsonProperty(value = JSON_PROPERTY_QUIET_HOURS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setQuietHours(@javax.annotation.Nullable CampaignDefinitionQuietHours quietHours) {
    this.quietHours = quietHours;
  }


  public CampaignDefinition transactional(@javax.annotation.Nullable Boolean transactional) {
    this.transactional = transactional;
    return this;
  }

  /**
   * Exempt from frequency caps (and not counted by them). Default false.
   * @return transactional
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TRANSACTIONAL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getTransactional() {
    return transactional;
  }


  @JsonProperty(value = JSON_PROPERTY_TRANSACTIONAL, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTransactional(@javax.annotation.Nullable Boolean transactional) {
    this.transactional = transactional;
  }


  public CampaignDefinition holdoutPercent(@javax.annotation.Nullable BigDecimal holdoutPercent) {
    this.holdoutPercent = holdoutPercent;
    return this;
  }

  /**
   * Share of reachable recipients kept as a control group and not sent to. Default 0.
   * minimum: 0
   * maximum: 90
   * @return holdoutPercent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_HOLDOUT_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public BigDecimal getHoldoutPercent() {
    return holdoutPercent;
  }


  @JsonProperty(value = JSON_PROPERTY_HOLDOUT_PERCENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setHoldoutPercent(@javax.annotation.Nullable BigDecimal holdoutPercent) {
    this.holdoutPercent = holdoutPercent;
  }


  public CampaignDefinition content(@javax.annotation.Nullable Content content) {
    this.content = content;
    return this;
  }

  /**
   * Get content
   * @return content
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONTENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Content getContent() {
    return content;
  }


  @JsonProperty(value = JSON_PROPERTY_CONTENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setContent(@javax.annotation.Nullable Content content) {
    this.content = content;
  }


  public CampaignDefinition variants(@javax.annotation.Nullable List<CampaignDefinitionVariantsInner> variants) {
    this.variants = variants;
    return this;
  }

  public CampaignDefinition addVariantsItem(CampaignDefinitionVariantsInner variantsItem) {
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
  public List<CampaignDefinitionVariantsInner> getVariants() {
    return variants;
  }


  @JsonProperty(value = JSON_PROPERTY_VARIANTS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setVariants(@javax.annotation.Nullable List<CampaignDefinitionVariantsInner> variants) {
    this.variants = variants;
  }


  public CampaignDefinition conversion(@javax.annotation.Nullable CampaignDefinitionConversion conversion) {
    this.conversion = conversion;
    return this;
  }

  /**
   * Get conversion
   * @return conversion
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONVERSION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public CampaignDefinitionConversion getConversion() {
    return conversion;
  }


  @JsonProperty(value = JSON_PROPERTY_CONVERSION, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setConversion(@javax.annotation.Nullable CampaignDefinitionConversion conversion) {
    this.conversion = conversion;
  }


  /**
   * Return true if this CampaignDefinition object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    CampaignDefinition campaignDefinition = (CampaignDefinition) o;
    return Objects.equals(this.name, campaignDefinition.name) &&
        Objects.equals(this.type, campaignDefinition.type) &&
        Objects.equals(this.trigger, campaignDefinition.trigger) &&
        Objects.equals(this.wait, campaignDefinition.wait) &&
        Objects.equals(this.exitEvent, campaignDefinition.exitEvent) &&
        Objects.equals(this.audience, campaignDefinition.audience) &&
        Objects.equals(this.sendAt, campaignDefinition.sendAt) &&
        Objects.equals(this.timing, campaignDefinition.timing) &&
        Objects.equals(this.quietHours, campaignDefinition.quietHours) &&
        Objects.equals(this.transactional, campaignDefinition.transactional) &&
        Objects.equals(this.holdoutPercent, campaignDefinition.holdoutPercent) &&
        Objects.equals(this.content, campaignDefinition.content) &&
        Objects.equals(this.variants, campaignDefinition.variants) &&
        Objects.equals(this.conversion, campaignDefinition.conversion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, trigger, wait, exitEvent, audience, sendAt, timing, quietHours, transactional, holdoutPercent, content, variants, conversion);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class CampaignDefinition {\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    trigger: ").append(toIndentedString(trigger)).append("\n");
    sb.append("    wait: ").append(toIndentedString(wait)).append("\n");
    sb.append("    exitEvent: ").append(toIndentedString(exitEvent)).append("\n");
    sb.append("    audience: ").append(toIndentedString(audience)).append("\n");
    sb.append("    sendAt: ").append(toIndentedString(sendAt)).append("\n");
    sb.append("    timing: ").append(toIndentedString(timing)).append("\n");
    sb.append("    quietHours: ").append(toIndentedString(quietHours)).append("\n");
    sb.append("    transactional: ").append(toIndentedString(transactional)).append("\n");
    sb.append("    holdoutPercent: ").append(toIndentedString(holdoutPercent)).append("\n");
    sb.append("    content: ").append(toIndentedString(content)).append("\n");
    sb.append("    variants: ").append(toIndentedString(variants)).append("\n");
    sb.append("    conversion: ").append(toIndentedString(conversion)).append("\n");
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

    // add `name` to the URL query string
    if (getName() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sname%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getName()))));
    }

    // add `type` to the URL query string
    if (getType() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stype%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getType()))));
    }

    // add `trigger` to the URL query string
    if (getTrigger() != null) {
      joiner.add(getTrigger().toUrlQueryString(prefix + "trigger" + suffix));
    }

    // add `wait` to the URL query string
    if (getWait() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%swait%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getWait()))));
    }

    // add `exitEvent` to the URL query string
    if (getExitEvent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sexitEvent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getExitEvent()))));
    }

    // add `audience` to the URL query string
    if (getAudience() != null) {
      joiner.add(getAudience().toUrlQueryString(prefix + "audience" + suffix));
    }

    // add `sendAt` to the URL query string
    if (getSendAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssendAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSendAt()))));
    }

    // add `timing` to the URL query string
    if (getTiming() != null) {
      joiner.add(getTiming().toUrlQueryString(prefix + "timing" + suffix));
    }

    // add `quietHours` to the URL query string
    if (getQuietHours() != null) {
      joiner.add(getQuietHours().toUrlQueryString(prefix + "quietHours" + suffix));
    }

    // add `transactional` to the URL query string
    if (getTransactional() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stransactional%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTransactional()))));
    }

    // add `holdoutPercent` to the URL query string
    if (getHoldoutPercent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sholdoutPercent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getHoldoutPercent()))));
    }

    // add `content` to the URL query string
    if (getContent() != null) {
      joiner.add(getContent().toUrlQueryString(prefix + "content" + suffix));
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

    // add `conversion` to the URL query string
    if (getConversion() != null) {
      joiner.add(getConversion().toUrlQueryString(prefix + "conversion" + suffix));
    }

    return joiner.toString();
  }
}

