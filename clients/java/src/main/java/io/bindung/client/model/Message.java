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
import io.bindung.client.model.Content;
import io.bindung.client.model.MessageStatus;
import java.time.OffsetDateTime;
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * One message in the outbox: what a campaign decided to send, and how far it got. Every field is always present. 
 */
@JsonPropertyOrder({
  Message.JSON_PROPERTY_ID,
  Message.JSON_PROPERTY_KEY,
  Message.JSON_PROPERTY_CAMPAIGN_ID,
  Message.JSON_PROPERTY_CUSTOMER_ID,
  Message.JSON_PROPERTY_CHANNEL,
  Message.JSON_PROPERTY_VARIANT,
  Message.JSON_PROPERTY_ADDRESS,
  Message.JSON_PROPERTY_CONTENT,
  Message.JSON_PROPERTY_TRANSACTIONAL,
  Message.JSON_PROPERTY_SEND_AT,
  Message.JSON_PROPERTY_STATUS,
  Message.JSON_PROPERTY_ATTEMPTS,
  Message.JSON_PROPERTY_NEXT_ATTEMPT_AT,
  Message.JSON_PROPERTY_LAST_ERROR,
  Message.JSON_PROPERTY_SENT_AT,
  Message.JSON_PROPERTY_CREATED_AT,
  Message.JSON_PROPERTY_UPDATED_AT
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class Message {
  public static final String JSON_PROPERTY_ID = "id";
  @javax.annotation.Nonnull
  private String id;

  public static final String JSON_PROPERTY_KEY = "key";
  @javax.annotation.Nonnull
  private String key;

  public static final String JSON_PROPERTY_CAMPAIGN_ID = "campaignId";
  @javax.annotation.Nonnull
  private String campaignId;

  public static final String JSON_PROPERTY_CUSTOMER_ID = "customerId";
  @javax.annotation.Nonnull
  private String customerId;

  /**
   * Gets or Sets channel
   */
  public enum ChannelEnum {
    EMAIL(String.valueOf("email")),
    
    SMS(String.valueOf("sms")),
    
    PUSH(String.valueOf("push")),
    
    WHATSAPP(String.valueOf("whatsapp")),
    
    WEBHOOK(String.valueOf("webhook"));

    private String value;

    ChannelEnum(String value) {
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
    public static ChannelEnum fromValue(String value) {
      for (ChannelEnum b : ChannelEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_CHANNEL = "channel";
  @javax.annotation.Nonnull
  private ChannelEnum channel;

  public static final String JSON_PROPERTY_VARIANT = "variant";
  @javax.annotation.Nullable
  private String variant;

  public static final String JSON_PROPERTY_ADDRESS = "address";
  @javax.annotation.Nullable
  private String address;

  public static final String JSON_PROPERTY_CONTENT = "content";
  @javax.annotation.Nonnull
  private Content content;

  public static final String JSON_PROPERTY_TRANSACTIONAL = "transactional";
  @javax.annotation.Nonnull
  private Boolean transactional;

  public static final String JSON_PROPERTY_SEND_AT = "sendAt";
  @javax.annotation.Nonnull
  private OffsetDateTime sendAt;

  public static final String JSON_PROPERTY_STATUS = "status";
  @javax.annotation.Nonnull
  private MessageStatus status;

  public static final String JSON_PROPERTY_ATTEMPTS = "attempts";
  @javax.annotation.Nonnull
  private Integer attempts;

  public static final String JSON_PROPERTY_NEXT_ATTEMPT_AT = "nextAttemptAt";
  @javax.annotation.Nullable
  private OffsetDateTime nextAttemptAt;

  public static final String JSON_PROPERTY_LAST_ERROR = "lastError";
  @javax.annotation.Nullable
  private String lastError;

  public static final String JSON_PROPERTY_SENT_AT = "sentAt";
  @javax.annotation.Nullable
  private OffsetDateTime sentAt;

  public static final String JSON_PROPERTY_CREATED_AT = "createdAt";
  @javax.annotation.Nonnull
  private OffsetDateTime createdAt;

  public static final String JSON_PROPERTY_UPDATED_AT = "updatedAt";
  @javax.annotation.Nonnull
  private OffsetDateTime updatedAt;

  public Message() { 
  }

  public Message id(@javax.annotation.Nonnull String id) {
    this.id = id;
    return this;
  }

  /**
   * Get id
   * @return id
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getId() {
    return id;
  }


  @JsonProperty(value = JSON_PROPERTY_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setId(@javax.annotation.Nonnull String id) {
    this.id = id;
  }


  public Message key(@javax.annotation.Nonnull String key) {
    this.key = key;
    return this;
  }

  /**
   * Unique per message (campaign, customer, step, occurrence); sent to webhooks as &#x60;Idempotency-Key&#x60;, the same on every try. 
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


  public Message campaignId(@javax.annotation.Nonnull String campaignId) {
    this.campaignId = campaignId;
    return this;
  }

  /**
   * Get campaignId
   * @return campaignId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CAMPAIGN_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getCampaignId() {
    return campaignId;
  }


  @JsonProperty(value = JSON_PROPERTY_CAMPAIGN_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCampaignId(@javax.annotation.Nonnull String campaignId) {
    this.campaignId = campaignId;
  }


  public Message customerId(@javax.annotation.Nonnull String customerId) {
    this.customerId = customerId;
    return this;
  }

  /**
   * Get customerId
   * @return customerId
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CUSTOMER_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getCustomerId() {
    return customerId;
  }


  @JsonProperty(value = JSON_PROPERTY_CUSTOMER_ID, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCustomerId(@javax.annotation.Nonnull String customerId) {
    this.customerId = customerId;
  }


  public Message channel(@javax.annotation.Nonnull ChannelEnum channel) {
    this.channel = channel;
    return this;
  }

  /**
   * Get channel
   * @return channel
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CHANNEL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public ChannelEnum getChannel() {
    return channel;
  }


  @JsonProperty(value = JSON_PROPERTY_CHANNEL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setChannel(@javax.annotation.Nonnull ChannelEnum channel) {
    this.channel = channel;
  }


  public Message variant(@javax.annotation.Nullable String variant) {
    this.variant = variant;
    return this;
  }

  /**
   * Get variant
   * @return variant
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_VARIANT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getVariant() {
    return variant;
  }


  @JsonProperty(value = JSON_PROPERTY_VARIANT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setVariant(@javax.annotation.Nullable String variant) {
    this.variant = variant;
  }


  public Message address(@javax.annotation.Nullable String address) {
    this.address = address;
    return this;
  }

  /**
   * Email address, phone number or push token; &#x60;null&#x60; for webhook messages.
   * @return address
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_ADDRESS, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getAddress() {
    return address;
  }


  @JsonProperty(value = JSON_PROPERTY_ADDRESS, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAddress(@javax.annotation.Nullable String address) {
    this.address = address;
  }


  public Message content(@javax.annotation.Nonnull Content content) {
    this.content = content;
    return this;
  }

  /**
   * Get content
   * @return content
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CONTENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Content getContent() {
    return content;
  }


  @JsonProperty(value = JSON_PROPERTY_CONTENT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setContent(@javax.annotation.Nonnull Content content) {
    this.content = content;
  }


  public Message transactional(@javax.annotation.Nonnull Boolean transactional) {
    this.transactional = transactional;
    return this;
  }

  /**
   * Exempt from frequency caps.
   * @return transactional
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TRANSACTIONAL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Boolean getTransactional() {
    return transactional;
  }


  @JsonProperty(value = JSON_PROPERTY_TRANSACTIONAL, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTransactional(@javax.annotation.Nonnull Boolean transactional) {
    this.transactional = transactional;
  }


  public Message sendAt(@javax.annotation.Nonnull OffsetDateTime sendAt) {
    this.sendAt = sendAt;
    return this;
  }

  /**
   * Not sent before this time.
   * @return sendAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_SEND_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getSendAt() {
    return sendAt;
  }


  @JsonProperty(value = JSON_PROPERTY_SEND_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSendAt(@javax.annotation.Nonnull OffsetDateTime sendAt) {
    this.sendAt = sendAt;
  }


  public Message status(@javax.annotation.Nonnull MessageStatus status) {
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
  public MessageStatus getStatus() {
    return status;
  }


  @JsonProperty(value = JSON_PROPERTY_STATUS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setStatus(@javax.annotation.Nonnull MessageStatus status) {
    this.status = status;
  }


  public Message attempts(@javax.annotation.Nonnull Integer attempts) {
    this.attempts = attempts;
    return this;
  }

  /**
   * Attempts made so far (each of up to a few calls with backoff). Attempts the circuit breaker prevented do not count; a retry through the API resets them. 
   * minimum: 0
   * @return attempts
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_ATTEMPTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public Integer getAttempts() {
    return attempts;
  }


  @JsonProperty(value = JSON_PROPERTY_ATTEMPTS, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setAttempts(@javax.annotation.Nonnull Integer attempts) {
    this.attempts = attempts;
  }


  public Message nextAttemptAt(@javax.annotation.Nullable OffsetDateTime nextAttemptAt) {
    this.nextAttemptAt = nextAttemptAt;
    return this;
  }

  /**
   * When it is next tried (&#x60;pending&#x60;) or its lease ends (&#x60;sending&#x60;); &#x60;null&#x60; once sent or dead.
   * @return nextAttemptAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_NEXT_ATTEMPT_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getNextAttemptAt() {
    return nextAttemptAt;
  }


  @JsonProperty(value = JSON_PROPERTY_NEXT_ATTEMPT_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setNextAttemptAt(@javax.annotation.Nullable OffsetDateTime nextAttemptAt) {
    this.nextAttemptAt = nextAttemptAt;
  }


  public Message lastError(@javax.annotation.Nullable String lastError) {
    this.lastError = lastError;
    return this;
  }

  /**
   * Why the last attempt did not succeed.
   * @return lastError
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_LAST_ERROR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getLastError() {
    return lastError;
  }


  @JsonProperty(value = JSON_PROPERTY_LAST_ERROR, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setLastError(@javax.annotation.Nullable String lastError) {
    this.lastError = lastError;
  }


  public Message sentAt(@javax.annotation.Nullable OffsetDateTime sentAt) {
    this.sentAt = sentAt;
    return this;
  }

  /**
   * Get sentAt
   * @return sentAt
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_SENT_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getSentAt() {
    return sentAt;
  }


  @JsonProperty(value = JSON_PROPERTY_SENT_AT, required = false)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setSentAt(@javax.annotation.Nullable OffsetDateTime sentAt) {
    this.sentAt = sentAt;
  }


  public Message createdAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  /**
   * Get createdAt
   * @return createdAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_CREATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }


  @JsonProperty(value = JSON_PROPERTY_CREATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setCreatedAt(@javax.annotation.Nonnull OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }


  public Message updatedAt(@javax.annotation.Nonnull OffsetDateTime updatedAt) {
    this.updatedAt = updatedAt;
    return this;
  }

  /**
   * Get updatedAt
   * @return updatedAt
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_UPDATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }


  @JsonProperty(value = JSON_PROPERTY_UPDATED_AT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setUpdatedAt(@javax.annotation.Nonnull OffsetDateTime updatedAt) {
    this.updatedAt = updatedAt;
  }


  /**
   * Return true if this Message object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Message message = (Message) o;
    return Objects.equals(this.id, message.id) &&
        Objects.equals(this.key, message.key) &&
        Objects.equals(this.campaignId, message.campaignId) &&
        Objects.equals(this.customerId, message.customerId) &&
        Objects.equals(this.channel, message.channel) &&
        Objects.equals(this.variant, message.variant) &&
        Objects.equals(this.address, message.address) &&
        Objects.equals(this.content, message.content) &&
        Objects.equals(this.transactional, message.transactional) &&
        Objects.equals(this.sendAt, message.sendAt) &&
        Objects.equals(this.status, message.status) &&
        Objects.equals(this.attempts, message.attempts) &&
        Objects.equals(this.nextAttemptAt, message.nextAttemptAt) &&
        Objects.equals(this.lastError, message.lastError) &&
        Objects.equals(this.sentAt, message.sentAt) &&
        Objects.equals(this.createdAt, message.createdAt) &&
        Objects.equals(this.updatedAt, message.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, key, campaignId, customerId, channel, variant, address, content, transactional, sendAt, status, attempts, nextAttemptAt, lastError, sentAt, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Message {\n");
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    key: ").append(toIndentedString(key)).append("\n");
    sb.append("    campaignId: ").append(toIndentedString(campaignId)).append("\n");
    sb.append("    customerId: ").append(toIndentedString(customerId)).append("\n");
    sb.append("    channel: ").append(toIndentedString(channel)).append("\n");
    sb.append("    variant: ").append(toIndentedString(variant)).append("\n");
    sb.append("    address: ").append(toIndentedString(address)).append("\n");
    sb.append("    content: ").append(toIndentedString(content)).append("\n");
    sb.append("    transactional: ").append(toIndentedString(transactional)).append("\n");
    sb.append("    sendAt: ").append(toIndentedString(sendAt)).append("\n");
    sb.append("    status: ").append(toIndentedString(status)).append("\n");
    sb.append("    attempts: ").append(toIndentedString(attempts)).append("\n");
    sb.append("    nextAttemptAt: ").append(toIndentedString(nextAttemptAt)).append("\n");
    sb.append("    lastError: ").append(toIndentedString(lastError)).append("\n");
    sb.append("    sentAt: ").append(toIndentedString(sentAt)).append("\n");
    sb.append("    createdAt: ").append(toIndentedString(createdAt)).append("\n");
    sb.append("    updatedAt: ").append(toIndentedString(updatedAt)).append("\n");
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

    // add `id` to the URL query string
    if (getId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sid%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getId()))));
    }

    // add `key` to the URL query string
    if (getKey() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%skey%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getKey()))));
    }

    // add `campaignId` to the URL query string
    if (getCampaignId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scampaignId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCampaignId()))));
    }

    // add `customerId` to the URL query string
    if (getCustomerId() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%scustomerId%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCustomerId()))));
    }

    // add `channel` to the URL query string
    if (getChannel() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%schannel%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getChannel()))));
    }

    // add `variant` to the URL query string
    if (getVariant() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%svariant%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getVariant()))));
    }

    // add `address` to the URL query string
    if (getAddress() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%saddress%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAddress()))));
    }

    // add `content` to the URL query string
    if (getContent() != null) {
      joiner.add(getContent().toUrlQueryString(prefix + "content" + suffix));
    }

    // add `transactional` to the URL query string
    if (getTransactional() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stransactional%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTransactional()))));
    }

    // add `sendAt` to the URL query string
    if (getSendAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssendAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSendAt()))));
    }

    // add `status` to the URL query string
    if (getStatus() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sstatus%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getStatus()))));
    }

    // add `attempts` to the URL query string
    if (getAttempts() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sattempts%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getAttempts()))));
    }

    // add `nextAttemptAt` to the URL query string
    if (getNextAttemptAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%snextAttemptAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getNextAttemptAt()))));
    }

    // add `lastError` to the URL query string
    if (getLastError() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%slastError%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getLastError()))));
    }

    // add `sentAt` to the URL query string
    if (getSentAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%ssentAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getSentAt()))));
    }

    // add `createdAt` to the URL query string
    if (getCreatedAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%screatedAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getCreatedAt()))));
    }

    // add `updatedAt` to the URL query string
    if (getUpdatedAt() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%supdatedAt%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getUpdatedAt()))));
    }

    return joiner.toString();
  }
}

