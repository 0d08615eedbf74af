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
import io.bindung.client.model.PropertyCondition;
import io.bindung.client.model.RuleOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * A tree of conditions; a customer is in the segment when the rule holds for them. Every node is an object with exactly one kind:  - &#x60;{\&quot;and\&quot;: [rules]}&#x60;, &#x60;{\&quot;or\&quot;: [rules]}&#x60;, &#x60;{\&quot;not\&quot;: rule}&#x60;, nested up to 8 levels, at most   50 conditions in all. - &#x60;{\&quot;field\&quot;: \&quot;email\&quot;, \&quot;op\&quot;: …, \&quot;value\&quot;: …}&#x60;: a profile field. Text fields (&#x60;id&#x60;, &#x60;email&#x60;,   &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60;, &#x60;locale&#x60;) take &#x60;eq&#x60;, &#x60;neq&#x60;, &#x60;in&#x60;,   &#x60;contains&#x60; (substring, case-sensitive) and &#x60;exists&#x60;; &#x60;createdAt&#x60; and &#x60;updatedAt&#x60; take   &#x60;gt&#x60;, &#x60;gte&#x60;, &#x60;lt&#x60;, &#x60;lte&#x60; with a date. - &#x60;{\&quot;attribute\&quot;: \&quot;address.city\&quot;, \&quot;op\&quot;: …, \&quot;value\&quot;: …}&#x60;: a value in the attributes, by a   dotted path. The value&#39;s JSON type decides the comparison: a string compares with string   attributes, a number with numbers, &#x60;true&#x60;/&#x60;false&#x60; with booleans; an attribute of another   type does not match. &#x60;contains&#x60; matches an element of an array attribute or a substring   of a string one. &#x60;gt&#x60;/&#x60;gte&#x60;/&#x60;lt&#x60;/&#x60;lte&#x60; take a number, or a date for attributes holding   ISO 8601 text. - &#x60;{\&quot;consent\&quot;: \&quot;email\&quot;}&#x60;: subscribed on that channel (&#x60;email&#x60;, &#x60;sms&#x60;, &#x60;push&#x60;, &#x60;whatsapp&#x60;);   &#x60;\&quot;subscribed\&quot;: false&#x60; matches everyone who is not. - &#x60;{\&quot;event\&quot;: \&quot;Order Completed\&quot;}&#x60;: did the event at least once. &#x60;\&quot;did\&quot;: false&#x60; for never;   &#x60;atLeast&#x60;/&#x60;atMost&#x60; count (inclusive); &#x60;withinDays&#x60; (the last n days) or &#x60;from&#x60;/&#x60;to&#x60;   (from inclusive, to exclusive) limit the time; &#x60;where&#x60; filters on event properties like   attributes: &#x60;[{\&quot;property\&quot;: \&quot;revenue\&quot;, \&quot;op\&quot;: \&quot;gt\&quot;, \&quot;value\&quot;: 50}]&#x60;. - &#x60;{\&quot;aggregate\&quot;: \&quot;totalRevenue\&quot;, \&quot;op\&quot;: \&quot;gt\&quot;, \&quot;value\&quot;: 500}&#x60;: over the customer&#39;s purchase   events (&#x60;Order Completed&#x60; with its &#x60;revenue&#x60;, both configurable): &#x60;totalRevenue&#x60;,   &#x60;orderCount&#x60;, &#x60;averageOrderValue&#x60;, &#x60;daysSinceLastOrder&#x60; (fractional days; customers who   never ordered do not match); optional &#x60;withinDays&#x60; or &#x60;from&#x60;/&#x60;to&#x60;.  Dates are ISO 8601 (&#x60;2026-01-31T00:00:00Z&#x60;, or a plain date read as midnight UTC) or relative to the moment of evaluation: &#x60;{\&quot;daysAgo\&quot;: 30}&#x60;, &#x60;{\&quot;daysFromNow\&quot;: 7}&#x60;. \&quot;Signed up more than 30 days ago\&quot; is &#x60;{\&quot;field\&quot;: \&quot;createdAt\&quot;, \&quot;op\&quot;: \&quot;lt\&quot;, \&quot;value\&quot;: {\&quot;daysAgo\&quot;: 30}}&#x60;. &#x60;neq&#x60; and &#x60;not&#x60; include customers who lack the value. 
 */
@JsonPropertyOrder({
  SegmentRule.JSON_PROPERTY_AND,
  SegmentRule.JSON_PROPERTY_OR,
  SegmentRule.JSON_PROPERTY_NOT,
  SegmentRule.JSON_PROPERTY_FIELD,
  SegmentRule.JSON_PROPERTY_ATTRIBUTE,
  SegmentRule.JSON_PROPERTY_CONSENT,
  SegmentRule.JSON_PROPERTY_SUBSCRIBED,
  SegmentRule.JSON_PROPERTY_EVENT,
  SegmentRule.JSON_PROPERTY_DID,
  SegmentRule.JSON_PROPERTY_AT_LEAST,
  SegmentRule.JSON_PROPERTY_AT_MOST,
  SegmentRule.JSON_PROPERTY_WHERE,
  SegmentRule.JSON_PROPERTY_AGGREGATE,
  SegmentRule.JSON_PROPERTY_OP,
  SegmentRule.JSON_PROPERTY_VALUE,
  SegmentRule.JSON_PROPERTY_WITHIN_DAYS,
  SegmentRule.JSON_PROPERTY_FROM,
  SegmentRule.JSON_PROPERTY_TO
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SegmentRule {
  public static final String JSON_PROPERTY_AND = "and";
  @javax.annotation.Nullable
  private List<SegmentRule> and;

  public static final String JSON_PROPERTY_OR = "or";
  @javax.annotation.Nullable
  private List<SegmentRule> or;

  public static final String JSON_PROPERTY_NOT = "not";
  @javax.annotation.Nullable
  private SegmentRule not;

  /**
   * Gets or Sets field
   */
  public enum FieldEnum {
    ID(String.valueOf("id")),
    
    EMAIL(String.valueOf("email")),
    
    PHONE(String.valueOf("phone")),
    
    FIRST_NAME(String.valueOf("firstName")),
    
    LAST_NAME(String.valueOf("lastName")),
    
    TIMEZONE(String.valueOf("timezone")),
    
    LOCALE(String.valueOf("locale")),
    
    CREATED_AT(String.valueOf("createdAt")),
    
    UPDATED_AT(String.valueOf("updatedAt"));

    private String value;

    FieldEnum(String value) {
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
    public static FieldEnum fromValue(String value) {
      for (FieldEnum b : FieldEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_FIELD = "field";
  @javax.annotation.Nullable
  private FieldEnum field;

  public static final String JSON_PROPERTY_ATTRIBUTE = "attribute";
  @javax.annotation.Nullable
  private String attribute;

  /**
   * Gets or Sets consent
   */
  public enum ConsentEnum {
    EMAIL(String.valueOf("email")),
    
    SMS(String.valueOf("sms")),
    
    PUSH(String.valueOf("push")),
    
    WHATSAPP(String.valueOf("whatsapp"));

    private String value;

    ConsentEnum(String value) {
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
    public static ConsentEnum fromValue(String value) {
      for (ConsentEnum b : ConsentEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_CONSENT = "consent";
  @javax.annotation.Nullable
  private ConsentEnum consent;

  public static final String JSON_PROPERTY_SUBSCRIBED = "subscribed";
  @javax.annotation.Nullable
  private Boolean subscribed;

  public static final String JSON_PROPERTY_EVENT = "event";
  @javax.annotation.Nullable
  private String event;

  public static final String JSON_PROPERTY_DID = "did";
  @javax.annotation.Nullable
  private Boolean did;

  public static final String JSON_PROPERTY_AT_LEAST = "atLeast";
  @javax.annotation.Nullable
  private Integer atLeast;

  public static final String JSON_PROPERTY_AT_MOST = "atMost";
  @javax.annotation.Nullable
  private Integer atMost;

  public static final String JSON_PROPERTY_WHERE = "where";
  @javax.annotation.Nullable
  private List<PropertyCondition> where;

  /**
   * Gets or Sets aggregate
   */
  public enum AggregateEnum {
    TOTAL_REVENUE(String.valueOf("totalRevenue")),
    
    ORDER_COUNT(String.valueOf("orderCount")),
    
    AVERAGE_ORDER_VALUE(String.valueOf("averageOrderValue")),
    
    DAYS_SINCE_LAST_ORDER(String.valueOf("daysSinceLastOrder"));

    private String value;

    AggregateEnum(String value) {
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
    public static AggregateEnum fromValue(String value) {
      for (AggregateEnum b : AggregateEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_AGGREGATE = "aggregate";
  @javax.annotation.Nullable
  private AggregateEnum aggregate;

  public static final String JSON_PROPERTY_OP = "op";
  @javax.annotation.Nullable
  private RuleOperator op;

  public static final String JSON_PROPERTY_VALUE = "value";
  @javax.annotation.Nullable
  private Object value = null;

  public static final String JSON_PROPERTY_WITHIN_DAYS = "withinDays";
  @javax.annotation.Nullable
  private Integer withinDays;

  public static final String JSON_PROPERTY_FROM = "from";
  @javax.annotation.Nullable
  private String from;

  public static final String JSON_PROPERTY_TO = "to";
  @javax.annotation.Nullable
  private String to;

  public SegmentRule() { 
  }

  public SegmentRule and(@javax.annotation.Nullable List<SegmentRule> and) {
    this.and = and;
    return this;
  }

  public SegmentRule addAndItem(SegmentRule andItem) {
    if (this.and == null) {
      this.and = new ArrayList<>();
    }
    this.and.add(andItem);
    return this;
  }

  /**
   * Get and
   * @return and
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_AND, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<SegmentRule> getAnd() {
    return and;
  }


  @JsonProperty(value = JSON_PROPERTY_AND, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAnd(@javax.annotation.Nullable List<SegmentRule> and) {
    this.and = and;
  }


  public SegmentRule or(@javax.annotation.Nullable List<SegmentRule> or) {
    this.or = or;
    return this;
  }

  public SegmentRule addOrItem(SegmentRule orItem) {
    if (this.or == null) {
      this.or = new ArrayList<>();
    }
    this.or.add(orItem);
    return this;
  }

  /**
   * Get or
   * @return or
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_OR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<SegmentRule> getOr() {
    return or;
  }


  @JsonProperty(value = JSON_PROPERTY_OR, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setOr(@javax.annotation.Nullable List<SegmentRule> or) {
    this.or = or;
  }


  public SegmentRule not(@javax.annotation.Nullable SegmentRule not) {
    this.not = not;
    return this;
  }

  /**
   * Get not
   * @return not
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NOT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public SegmentRule getNot() {
    return not;
  }


  @JsonProperty(value = JSON_PROPERTY_NOT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setNot(@javax.annotation.Nullable SegmentRule not) {
    this.not = not;
  }


  public SegmentRule field(@javax.annotation.Nullable FieldEnum field) {
    this.field = field;
    return this;
  }

  /**
   * Get field
   * @return field
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_FIELD, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public FieldEnum getField() {
    return field;
  }


  @JsonProperty(value = JSON_PROPERTY_FIELD, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setField(@javax.annotation.Nullable FieldEnum field) {
    this.field = field;
  }


  public SegmentRule attribute(@javax.annotation.Nullable String attribute) {
    this.attribute = attribute;
    return this;
  }

  /**
   * Get attribute
   * @return attribute
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ATTRIBUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getAttribute() {
    return attribute;
  }


  @JsonProperty(value = JSON_PROPERTY_ATTRIBUTE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAttribute(@javax.annotation.Nullable String attribute) {
    this.attribute = attribute;
  }


  public SegmentRule consent(@javax.annotation.Nullable ConsentEnum consent) {
    this.consent = consent;
    return this;
  }

  /**
   * Get consent
   * @return consent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONSENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public ConsentEnum getConsent() {
    return consent;
  }


  @JsonProperty(value = JSON_PROPERTY_CONSENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setConsent(@javax.annotation.Nullable ConsentEnum consent) {
    this.consent = consent;
  }


  public SegmentRule subscribed(@javax.annotation.Nullable Boolean subscribed) {
    this.subscribed = subscribed;
    return this;
  }

  /**
   * Get subscribed
   * @return subscribed
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SUBSCRIBED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getSubscribed() {
    return subscribed;
  }


  @JsonProperty(value = JSON_PROPERTY_SUBSCRIBED, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSubscribed(@javax.annotation.Nullable Boolean subscribed) {
    this.subscribed = subscribed;
  }


  public SegmentRule event(@javax.annotation.Nullable String event) {
    this.event = event;
    return this;
  }

  /**
   * Get event
   * @return event
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_EVENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getEvent() {
    return event;
  }


  @JsonProperty(value = JSON_PROPERTY_EVENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setEvent(@javax.annotation.Nullable String event) {
    this.event = event;
  }


  public SegmentRule did(@javax.annotation.Nullable Boolean did) {
    this.did = did;
    return this;
  }

  /**
   * Get did
   * @return did
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_DID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getDid() {
    return did;
  }


  @JsonProperty(value = JSON_PROPERTY_DID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setDid(@javax.annotation.Nullable Boolean did) {
    this.did = did;
  }


  public SegmentRule atLeast(@javax.annotation.Nullable Integer atLeast) {
    this.atLeast = atLeast;
    return this;
  }

  /**
   * Get atLeast
   * minimum: 0
   * @return atLeast
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_AT_LEAST, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getAtLeast() {
    return atLeast;
  }


  @JsonProperty(value = JSON_PROPERTY_AT_LEAST, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAtLeast(@javax.annotation.Nullable Integer atLeast) {
    this.atLeast = atLeast;
  }


  public SegmentRule atMost(@javax.annotation.Nullable Integer atMost) {
    this.atMost = atMost;
    return this;
  }

  /**
   * Get atMost
   * minimum: 0
   * @return atMost
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_AT_MOST, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getAtMost() {
    return atMost;
  }


  @JsonProperty(value = JSON_PROPERTY_AT_MOST, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAtMost(@javax.annotation.Nullable Integer atMost) {
    this.atMost = atMost;
  }


  public SegmentRule where(@javax.annotation.Nullable List<PropertyCondition> where) {
    this.where = where;
    return this;
  }

  public SegmentRule addWhereItem(PropertyCondition whereItem) {
    if (this.where == null) {
      this.where = new ArrayList<>();
    }
    this.where.add(whereItem);
    return this;
  }

  /**
   * Get where
   * @return where
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_WHERE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public List<PropertyCondition> getWhere() {
    return where;
  }


  @JsonProperty(value = JSON_PROPERTY_WHERE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setWhere(@javax.annotation.Nullable List<PropertyCondition> where) {
    this.where = where;
  }


  public SegmentRule aggregate(@javax.annotation.Nullable AggregateEnum aggregate) {
    this.aggregate = aggregate;
    return this;
  }

  /**
   * Get aggregate
   * @return aggregate
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_AGGREGATE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public AggregateEnum getAggregate() {
    return aggregate;
  }


  @JsonProperty(value = JSON_PROPERTY_AGGREGATE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAggregate(@javax.annotation.Nullable AggregateEnum aggregate) {
    this.aggregate = aggregate;
  }


  public SegmentRule op(@javax.annotation.Nullable RuleOperator op) {
    this.op = op;
    return this;
  }

  /**
   * Get op
   * @return op
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_OP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public RuleOperator getOp() {
    return op;
  }


  @JsonProperty(value = JSON_PROPERTY_OP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setOp(@javax.annotation.Nullable RuleOperator op) {
    this.op = op;
  }


  public SegmentRule value(@javax.annotation.Nullable Object value) {
    this.value = value;
    return this;
  }

  /**
   * A string, number or boolean; an array of strings or of numbers for &#x60;in&#x60;; for &#x60;gt&#x60;/&#x60;gte&#x60;/&#x60;lt&#x60;/&#x60;lte&#x60; a number, an ISO 8601 date or date-time, or &#x60;{\&quot;daysAgo\&quot;: n}&#x60; / &#x60;{\&quot;daysFromNow\&quot;: n}&#x60;; left out for &#x60;exists&#x60;. 
   * @return value
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_VALUE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Object getValue() {
    return value;
  }


  @JsonProperty(value = JSON_PROPERTY_VALUE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setValue(@javax.annotation.Nullable Object value) {
    this.value = value;
  }


  public SegmentRule withinDays(@javax.annotation.Nullable Integer withinDays) {
    this.withinDays = withinDays;
    return this;
  }

  /**
   * Get withinDays
   * minimum: 1
   * maximum: 36500
   * @return withinDays
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_WITHIN_DAYS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getWithinDays() {
    return withinDays;
  }


  @JsonProperty(value = JSON_PROPERTY_WITHIN_DAYS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setWithinDays(@javax.annotation.Nullable Integer withinDays) {
    this.withinDays = withinDays;
  }


  public SegmentRule from(@javax.annotation.Nullable String from) {
    this.from = from;
    return this;
  }

  /**
   * ISO 8601 date-time or date; inclusive.
   * @return from
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_FROM, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getFrom() {
    return from;
  }


  @JsonProperty(value = JSON_PROPERTY_FROM, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setFrom(@javax.annotation.Nullable String from) {
    this.from = from;
  }


  public SegmentRule to(@javax.annotation.Nullable String to) {
    this.to = to;
    return this;
  }

  /**
   * ISO 8601 date-time or date; exclusive.
   * @return to
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TO, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getTo() {
    return to;
  }


  @JsonProperty(value = JSON_PROPERTY_TO, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTo(@javax.annotation.Nullable String to) {
    this.to = to;
  }


  /**
   * Return true if this SegmentRule object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SegmentRule segmentRule = (SegmentRule) o;
    return Objects.equals(this.and, segmentRule.and) &&
        Objects.equals(this.or, segmentRule.or) &&
        Objects.equals(this.not, segmentRule.not) &&
        Objects.equals(this.field, segmentRule.field) &&
        Objects.equals(this.attribute, segmentRule.attribute) &&
        Objects.equals(this.consent, segmentRule.consent) &&
        Objects.equals(this.subscribed, segmentRule.subscribed) &&
        Objects.equals(this.event, segmentRule.event) &&
        Objects.equals(this.did, segmentRule.did) &&
        Objects.equals(this.atLeast, segmentRule.atLeast) &&
        Objects.equals(this.atMost, segmentRule.atMost) &&
        Objects.equals(this.where, segmentRule.where) &&
        Objects.equals(this.aggregate, segmentRule.aggregate) &&
        Objects.equals(this.op, segmentRule.op) &&
        Objects.equals(this.value, segmentRule.value) &&
        Objects.equals(this.withinDays, segmentRule.withinDays) &&
        Objects.equals(this.from, segmentRule.from) &&
        Objects.equals(this.to, segmentRule.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(and, or, not, field, attribute, consent, subscribed, event, did, atLeast, atMost, where, aggregate, op, value, withinDays, from, to);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SegmentRule {\n");
    sb.append("    and: ").append(toIndentedString(and)).append("\n");
    sb.append("    or: ").append(toIndentedString(or)).append("\n");
    sb.append("    not: ").append(toIndentedString(not)).append("\n");
    sb.append("    field: ").append(toIndentedString(field)).append("\n");
    sb.append("    attribute: ").append(toIndentedString(attribute)).append("\n");
    sb.append("    consent: ").append(toIndentedString(consent)).append("\n");
    sb.append("    subscribed: ").append(toIndentedString(subscribed)).append("\n");
    sb.append("    event: ").append(toIndentedString(event)).append("\n");
    sb.append("    did: ").append(toIndentedString(did)).append("\n");
    sb.append("    atLeast: ").append(toIndentedString(atLeast)).append("\n");
    sb.append("    atMost: ").append(toIndentedString(atMost)).append("\n");
    sb.append("    where: ").append(toIndentedString(where)).append("\n");
    sb.append("    aggregate: ").append(toIndentedString(aggregate)).append("\n");
    sb.append("    op: ").append(toIndentedString(op)).append("\n");
    sb.append("    value: ").append(toIndentedString(value)).append("\n");
    sb.append("    withinDays: ").append(toIndentedString(withinDays)).append("\n");
    sb.append("    from: ").append(toIndentedString(from)).append("\n");
    sb.append("    to: ").append(toIndentedString(to)).append("\n");
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

    // add `and` to the URL query string
    if (getAnd() != null) {
      for (int i = 0; i < getAnd().size(); i++) {
        if (getAnd().get(i) != null) {
          joiner.add(getAnd().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%sand%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `or` to the URL query string
    if (getOr() != null) {
      for (int i = 0; i < getOr().size(); i++) {
        if (getOr().get(i) != null) {
          joiner.add(getOr().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%sor%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `not` to the URL query string
    if (getNot() != null) {
      joiner.add(getNot().toUrlQueryString(prefix + "not" + suffix));
    }

    // add `field` to the URL query string
    if (getField() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sfield%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getField()))));
    }

    // add `attribute` to the URL query string
    if (getAttribute() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sattribute%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAttribute()))));
    }

    // add `consent` to the URL query string
    if (getConsent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sconsent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getConsent()))));
    }

    // add `subscribed` to the URL query string
    if (getSubscribed() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssubscribed%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSubscribed()))));
    }

    // add `event` to the URL query string
    if (getEvent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sevent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getEvent()))));
    }

    // add `did` to the URL query string
    if (getDid() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sdid%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getDid()))));
    }

    // add `atLeast` to the URL query string
    if (getAtLeast() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%satLeast%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAtLeast()))));
    }

    // add `atMost` to the URL query string
    if (getAtMost() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%satMost%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAtMost()))));
    }

    // add `where` to the URL query string
    if (getWhere() != null) {
      for (int i = 0; i < getWhere().size(); i++) {
        if (getWhere().get(i) != null) {
          joiner.add(getWhere().get(i).toUrlQueryString(String.format(java.util.Locale.ROOT, "%swhere%s%s", prefix, suffix,
          "".equals(suffix) ? "" : String.format(java.util.Locale.ROOT, "%s%d%s", containerPrefix, i, containerSuffix))));
        }
      }
    }

    // add `aggregate` to the URL query string
    if (getAggregate() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%saggregate%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAggregate()))));
    }

    // add `op` to the URL query string
    if (getOp() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sop%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getOp()))));
    }

    // add `value` to the URL query string
    if (getValue() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%svalue%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getValue()))));
    }

    // add `withinDays` to the URL query string
    if (getWithinDays() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%swithinDays%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getWithinDays()))));
    }

    // add `from` to the URL query string
    if (getFrom() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sfrom%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getFrom()))));
    }

    // add `to` to the URL query string
    if (getTo() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sto%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTo()))));
    }

    return joiner.toString();
  }
}

