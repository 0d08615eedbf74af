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

import java.util.Map;
import java.util.HashMap;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
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
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * One call of Segment&#39;s HTTP Tracking API. &#x60;userId&#x60; is the customer id and &#x60;anonymousId&#x60; a visitor&#39;s (one is required; &#x60;alias&#x60; needs &#x60;userId&#x60; and &#x60;previousId&#x60;); ids may be strings or numbers. The event&#39;s time is &#x60;timestamp&#x60; when sent, else &#x60;originalTimestamp&#x60; corrected for the client&#39;s clock skew as receivedAt − (sentAt − originalTimestamp), else the time it was received. &#x60;messageId&#x60; de-duplicates, as for every event. 
 */
@JsonPropertyOrder({
  SegmentMessage.JSON_PROPERTY_TYPE,
  SegmentMessage.JSON_PROPERTY_USER_ID,
  SegmentMessage.JSON_PROPERTY_ANONYMOUS_ID,
  SegmentMessage.JSON_PROPERTY_PREVIOUS_ID,
  SegmentMessage.JSON_PROPERTY_GROUP_ID,
  SegmentMessage.JSON_PROPERTY_EVENT,
  SegmentMessage.JSON_PROPERTY_NAME,
  SegmentMessage.JSON_PROPERTY_CATEGORY,
  SegmentMessage.JSON_PROPERTY_MESSAGE_ID,
  SegmentMessage.JSON_PROPERTY_TIMESTAMP,
  SegmentMessage.JSON_PROPERTY_ORIGINAL_TIMESTAMP,
  SegmentMessage.JSON_PROPERTY_SENT_AT,
  SegmentMessage.JSON_PROPERTY_PROPERTIES,
  SegmentMessage.JSON_PROPERTY_TRAITS,
  SegmentMessage.JSON_PROPERTY_CONTEXT,
  SegmentMessage.JSON_PROPERTY_INTEGRATIONS,
  SegmentMessage.JSON_PROPERTY_WRITE_KEY
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SegmentMessage {
  /**
   * Required inside a batch; the path names it for single calls.
   */
  public enum TypeEnum {
    TRACK(String.valueOf("track")),
    
    IDENTIFY(String.valueOf("identify")),
    
    PAGE(String.valueOf("page")),
    
    SCREEN(String.valueOf("screen")),
    
    GROUP(String.valueOf("group")),
    
    ALIAS(String.valueOf("alias"));

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
  @javax.annotation.Nullable
  private TypeEnum type;

  public static final String JSON_PROPERTY_USER_ID = "userId";
  @javax.annotation.Nullable
  private String userId;

  public static final String JSON_PROPERTY_ANONYMOUS_ID = "anonymousId";
  @javax.annotation.Nullable
  private String anonymousId;

  public static final String JSON_PROPERTY_PREVIOUS_ID = "previousId";
  @javax.annotation.Nullable
  private String previousId;

  public static final String JSON_PROPERTY_GROUP_ID = "groupId";
  @javax.annotation.Nullable
  private String groupId;

  public static final String JSON_PROPERTY_EVENT = "event";
  @javax.annotation.Nullable
  private String event;

  public static final String JSON_PROPERTY_NAME = "name";
  @javax.annotation.Nullable
  private String name;

  public static final String JSON_PROPERTY_CATEGORY = "category";
  @javax.annotation.Nullable
  private String category;

  public static final String JSON_PROPERTY_MESSAGE_ID = "messageId";
  @javax.annotation.Nullable
  private String messageId;

  public static final String JSON_PROPERTY_TIMESTAMP = "timestamp";
  @javax.annotation.Nullable
  private OffsetDateTime timestamp;

  public static final String JSON_PROPERTY_ORIGINAL_TIMESTAMP = "originalTimestamp";
  @javax.annotation.Nullable
  private OffsetDateTime originalTimestamp;

  public static final String JSON_PROPERTY_SENT_AT = "sentAt";
  @javax.annotation.Nullable
  private OffsetDateTime sentAt;

  public static final String JSON_PROPERTY_PROPERTIES = "properties";
  @javax.annotation.Nullable
  private Object properties;

  public static final String JSON_PROPERTY_TRAITS = "traits";
  @javax.annotation.Nullable
  private Object traits;

  public static final String JSON_PROPERTY_CONTEXT = "context";
  @javax.annotation.Nullable
  private Object context;

  public static final String JSON_PROPERTY_INTEGRATIONS = "integrations";
  @javax.annotation.Nullable
  private Object integrations;

  public static final String JSON_PROPERTY_WRITE_KEY = "writeKey";
  @javax.annotation.Nullable
  private String writeKey;

  public SegmentMessage() { 
  }

  public SegmentMessage type(@javax.annotation.Nullable TypeEnum type) {
    this.type = type;
    return this;
  }

  /**
   * Required inside a batch; the path names it for single calls.
   * @return type
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TYPE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public TypeEnum getType() {
    return type;
  }


  @JsonProperty(value = JSON_PROPERTY_TYPE, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setType(@javax.annotation.Nullable TypeEnum type) {
    this.type = type;
  }


  public SegmentMessage userId(@javax.annotation.Nullable String userId) {
    this.userId = userId;
    return this;
  }

  /**
   * The customer id (a JSON number is accepted too, as Segment&#39;s libraries allow).
   * @return userId
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_USER_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getUserId() {
    return userId;
  }


  @JsonProperty(value = JSON_PROPERTY_USER_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUserId(@javax.annotation.Nullable String userId) {
    this.userId = userId;
  }


  public SegmentMessage anonymousId(@javax.annotation.Nullable String anonymousId) {
    this.anonymousId = anonymousId;
    return this;
  }

  /**
   * A visitor id (a JSON number is accepted too, as Segment&#39;s libraries allow).
   * @return anonymousId
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ANONYMOUS_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getAnonymousId() {
    return anonymousId;
  }


  @JsonProperty(value = JSON_PROPERTY_ANONYMOUS_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setAnonymousId(@javax.annotation.Nullable String anonymousId) {
    this.anonymousId = anonymousId;
  }


  public SegmentMessage previousId(@javax.annotation.Nullable String previousId) {
    this.previousId = previousId;
    return this;
  }

  /**
   * For &#x60;alias&#x60;, the anonymous id that was this user.
   * @return previousId
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PREVIOUS_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getPreviousId() {
    return previousId;
  }


  @JsonProperty(value = JSON_PROPERTY_PREVIOUS_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPreviousId(@javax.annotation.Nullable String previousId) {
    this.previousId = previousId;
  }


  public SegmentMessage groupId(@javax.annotation.Nullable String groupId) {
    this.groupId = groupId;
    return this;
  }

  /**
   * For &#x60;group&#x60;, the group&#39;s id (a JSON number is accepted too, as Segment&#39;s libraries allow).
   * @return groupId
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_GROUP_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getGroupId() {
    return groupId;
  }


  @JsonProperty(value = JSON_PROPERTY_GROUP_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setGroupId(@javax.annotation.Nullable String groupId) {
    this.groupId = groupId;
  }


  public SegmentMessage event(@javax.annotation.Nullable String event) {
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


  public SegmentMessage name(@javax.annotation.Nullable String name) {
    this.name = name;
    return this;
  }

  /**
   * Get name
   * @return name
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getName() {
    return name;
  }


  @JsonProperty(value = JSON_PROPERTY_NAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setName(@javax.annotation.Nullable String name) {
    this.name = name;
  }


  public SegmentMessage category(@javax.annotation.Nullable String category) {
    this.category = category;
    return this;
  }

  /**
   * Get category
   * @return category
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CATEGORY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getCategory() {
    return category;
  }


  @JsonProperty(value = JSON_PROPERTY_CATEGORY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setCategory(@javax.annotation.Nullable String category) {
    this.category = category;
  }


  public SegmentMessage messageId(@javax.annotation.Nullable String messageId) {
    this.messageId = messageId;
    return this;
  }

  /**
   * Get messageId
   * @return messageId
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_MESSAGE_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getMessageId() {
    return messageId;
  }


  @JsonProperty(value = JSON_PROPERTY_MESSAGE_ID, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMessageId(@javax.annotation.Nullable String messageId) {
    this.messageId = messageId;
  }


  public SegmentMessage timestamp(@javax.annotation.Nullable OffsetDateTime timestamp) {
    this.timestamp = timestamp;
    return this;
  }

  /**
   * Get timestamp
   * @return timestamp
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TIMESTAMP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public OffsetDateTime getTimestamp() {
    return timestamp;
  }


  @JsonProperty(value = JSON_PROPERTY_TIMESTAMP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTimestamp(@javax.annotation.Nullable OffsetDateTime timestamp) {
    this.timestamp = timestamp;
  }


  public SegmentMessage originalTimestamp(@javax.annotation.Nullable OffsetDateTime originalTimestamp) {
    this.originalTimestamp = originalTimestamp;
    return this;
  }

  /**
   * Get originalTimestamp
   * @return originalTimestamp
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ORIGINAL_TIMESTAMP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public OffsetDateTime getOriginalTimestamp() {
    return originalTimestamp;
  }


  @JsonProperty(value = JSON_PROPERTY_ORIGINAL_TIMESTAMP, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setOriginalTimestamp(@javax.annotation.Nullable OffsetDateTime originalTimestamp) {
    this.originalTimestamp = originalTimestamp;
  }


  public SegmentMessage sentAt(@javax.annotation.Nullable OffsetDateTime sentAt) {
    this.sentAt = sentAt;
    return this;
  }

  /**
   * Get sentAt
   * @return sentAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SENT_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public OffsetDateTime getSentAt() {
    return sentAt;
  }


  @JsonProperty(value = JSON_PROPERTY_SENT_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setSentAt(@javax.annotation.Nullable OffsetDateTime sentAt) {
    this.sentAt = sentAt;
  }


  public SegmentMessage properties(@javax.annotation.Nullable Object properties) {
    this.properties = properties;
    return this;
  }

  /**
   * Get properties
   * @return properties
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PROPERTIES, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Object getProperties() {
    return properties;
  }


  @JsonProperty(value = JSON_PROPERTY_PROPERTIES, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setProperties(@javax.annotation.Nullable Object properties) {
    this.properties = properties;
  }


  public SegmentMessage traits(@javax.annotation.Nullable Object traits) {
    this.traits = traits;
    return this;
  }

  /**
   * Get traits
   * @return traits
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TRAITS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Object getTraits() {
    return traits;
  }


  @JsonProperty(value = JSON_PROPERTY_TRAITS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTraits(@javax.annotation.Nullable Object traits) {
    this.traits = traits;
  }


  public SegmentMessage context(@javax.annotation.Nullable Object context) {
    this.context = context;
    return this;
  }

  /**
   * Get context
   * @return context
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_CONTEXT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Object getContext() {
    return context;
  }


  @JsonProperty(value = JSON_PROPERTY_CONTEXT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setContext(@javax.annotation.Nullable Object context) {
    this.context = context;
  }


  public SegmentMessage integrations(@javax.annotation.Nullable Object integrations) {
    this.integrations = integrations;
    return this;
  }

  /**
   * Get integrations
   * @return integrations
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_INTEGRATIONS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Object getIntegrations() {
    return integrations;
  }


  @JsonProperty(value = JSON_PROPERTY_INTEGRATIONS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setIntegrations(@javax.annotation.Nullable Object integrations) {
    this.integrations = integrations;
  }


  public SegmentMessage writeKey(@javax.annotation.Nullable String writeKey) {
    this.writeKey = writeKey;
    return this;
  }

  /**
   * Get writeKey
   * @return writeKey
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_WRITE_KEY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getWriteKey() {
    return writeKey;
  }


  @JsonProperty(value = JSON_PROPERTY_WRITE_KEY, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setWriteKey(@javax.annotation.Nullable String writeKey) {
    this.writeKey = writeKey;
  }

  /**
   * A container for additional, undeclared properties.
   * This is a holder for any undeclared properties as specified with
   * the 'additionalProperties' keyword in the OAS document.
   */
  private Map<String, Object> additionalProperties;

  /**
   * Set the additional (undeclared) property with the specified name and value.
   * If the property does not already exist, create it otherwise replace it.
   * @param key the name of the property
   * @param value the value of the property
   * @return self reference
   */
  @JsonAnySetter
  public SegmentMessage putAdditionalProperty(String key, Object value) {
    if (this.additionalProperties == null) {
        this.additionalProperties = new HashMap<String, Object>();
    }
    this.additionalProperties.put(key, value);
    return this;
  }

  /**
   * Return the additional (undeclared) properties.
   * @return the additional (undeclared) properties
   */
  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Return the additional (undeclared) property with the specified name.
   * @param key the name of the property
   * @return the additional (undeclared) property with the specified name
   */
  public Object getAdditionalProperty(String key) {
    if (this.additionalProperties == null) {
        return null;
    }
    return this.additionalProperties.get(key);
  }

  /**
   * Return true if this SegmentMessage object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SegmentMessage segmentMessage = (SegmentMessage) o;
    return Objects.equals(this.type, segmentMessage.type) &&
        Objects.equals(this.userId, segmentMessage.userId) &&
        Objects.equals(this.anonymousId, segmentMessage.anonymousId) &&
        Objects.equals(this.previousId, segmentMessage.previousId) &&
        Objects.equals(this.groupId, segmentMessage.groupId) &&
        Objects.equals(this.event, segmentMessage.event) &&
        Objects.equals(this.name, segmentMessage.name) &&
        Objects.equals(this.category, segmentMessage.category) &&
        Objects.equals(this.messageId, segmentMessage.messageId) &&
        Objects.equals(this.timestamp, segmentMessage.timestamp) &&
        Objects.equals(this.originalTimestamp, segmentMessage.originalTimestamp) &&
        Objects.equals(this.sentAt, segmentMessage.sentAt) &&
        Objects.equals(this.properties, segmentMessage.properties) &&
        Objects.equals(this.traits, segmentMessage.traits) &&
        Objects.equals(this.context, segmentMessage.context) &&
        Objects.equals(this.integrations, segmentMessage.integrations) &&
        Objects.equals(this.writeKey, segmentMessage.writeKey)&&
        Objects.equals(this.additionalProperties, segmentMessage.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, userId, anonymousId, previousId, groupId, event, name, category, messageId, timestamp, originalTimestamp, sentAt, properties, traits, context, integrations, writeKey, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SegmentMessage {\n");
    sb.append("    type: ").append(toIndentedString(type)).append("\n");
    sb.append("    userId: ").append(toIndentedString(userId)).append("\n");
    sb.append("    anonymousId: ").append(toIndentedString(anonymousId)).append("\n");
    sb.append("    previousId: ").append(toIndentedString(previousId)).append("\n");
    sb.append("    groupId: ").append(toIndentedString(groupId)).append("\n");
    sb.append("    event: ").append(toIndentedString(event)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    category: ").append(toIndentedString(category)).append("\n");
    sb.append("    messageId: ").append(toIndentedString(messageId)).append("\n");
    sb.append("    timestamp: ").append(toIndentedString(timestamp)).append("\n");
    sb.append("    originalTimestamp: ").append(toIndentedString(originalTimestamp)).append("\n");
    sb.append("    sentAt: ").append(toIndentedString(sentAt)).append("\n");
    sb.append("    properties: ").append(toIndentedString(properties)).append("\n");
    sb.append("    traits: ").append(toIndentedString(traits)).append("\n");
    sb.append("    context: ").append(toIndentedString(context)).append("\n");
    sb.append("    integrations: ").append(toIndentedString(integrations)).append("\n");
    sb.append("    writeKey: ").append(toIndentedString(writeKey)).append("\n");
    sb.append("    additionalProperties: ").append(toIndentedString(additionalProperties)).append("\n");
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

    // add `userId` to the URL query string
    if (getUserId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%suserId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getUserId()))));
    }

    // add `anonymousId` to the URL query string
    if (getAnonymousId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sanonymousId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAnonymousId()))));
    }

    // add `previousId` to the URL query string
    if (getPreviousId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%spreviousId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getPreviousId()))));
    }

    // add `groupId` to the URL query string
    if (getGroupId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sgroupId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getGroupId()))));
    }

    // add `event` to the URL query string
    if (getEvent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sevent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getEvent()))));
    }

    // add `name` to the URL query string
    if (getName() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sname%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getName()))));
    }

    // add `category` to the URL query string
    if (getCategory() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scategory%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCategory()))));
    }

    // add `messageId` to the URL query string
    if (getMessageId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%smessageId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getMessageId()))));
    }

    // add `timestamp` to the URL query string
    if (getTimestamp() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stimestamp%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTimestamp()))));
    }

    // add `originalTimestamp` to the URL query string
    if (getOriginalTimestamp() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%soriginalTimestamp%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getOriginalTimestamp()))));
    }

    // add `sentAt` to the URL query string
    if (getSentAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssentAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSentAt()))));
    }

    // add `properties` to the URL query string
    if (getProperties() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sproperties%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getProperties()))));
    }

    // add `traits` to the URL query string
    if (getTraits() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%straits%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTraits()))));
    }

    // add `context` to the URL query string
    if (getContext() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scontext%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getContext()))));
    }

    // add `integrations` to the URL query string
    if (getIntegrations() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sintegrations%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getIntegrations()))));
    }

    // add `writeKey` to the URL query string
    if (getWriteKey() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%swriteKey%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getWriteKey()))));
    }

    return joiner.toString();
  }
}

