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
import java.util.Arrays;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


import io.bindung.client.ApiClient;
/**
 * Only for the &#x60;email&#x60; channel. Give both &#x60;username&#x60; and &#x60;password&#x60;, or neither.
 */
@JsonPropertyOrder({
  SmtpChannelInput.JSON_PROPERTY_TRANSPORT,
  SmtpChannelInput.JSON_PROPERTY_HOST,
  SmtpChannelInput.JSON_PROPERTY_PORT,
  SmtpChannelInput.JSON_PROPERTY_USERNAME,
  SmtpChannelInput.JSON_PROPERTY_PASSWORD,
  SmtpChannelInput.JSON_PROPERTY_FROM,
  SmtpChannelInput.JSON_PROPERTY_START_TLS,
  SmtpChannelInput.JSON_PROPERTY_TIMEOUT_MILLIS,
  SmtpChannelInput.JSON_PROPERTY_RATE_PER_SECOND,
  SmtpChannelInput.JSON_PROPERTY_MAX_CONCURRENT
})
@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class SmtpChannelInput {
  /**
   * Gets or Sets transport
   */
  public enum TransportEnum {
    SMTP(String.valueOf("smtp"));

    private String value;

    TransportEnum(String value) {
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
    public static TransportEnum fromValue(String value) {
      for (TransportEnum b : TransportEnum.values()) {
        if (b.value.equals(value)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected value '" + value + "'");
    }
  }

  public static final String JSON_PROPERTY_TRANSPORT = "transport";
  @javax.annotation.Nonnull
  private TransportEnum transport;

  public static final String JSON_PROPERTY_HOST = "host";
  @javax.annotation.Nonnull
  private String host;

  public static final String JSON_PROPERTY_PORT = "port";
  @javax.annotation.Nullable
  private Integer port;

  public static final String JSON_PROPERTY_USERNAME = "username";
  @javax.annotation.Nullable
  private String username;

  public static final String JSON_PROPERTY_PASSWORD = "password";
  @javax.annotation.Nullable
  private String password;

  public static final String JSON_PROPERTY_FROM = "from";
  @javax.annotation.Nonnull
  private String from;

  public static final String JSON_PROPERTY_START_TLS = "startTls";
  @javax.annotation.Nullable
  private Boolean startTls;

  public static final String JSON_PROPERTY_TIMEOUT_MILLIS = "timeoutMillis";
  @javax.annotation.Nullable
  private Integer timeoutMillis;

  public static final String JSON_PROPERTY_RATE_PER_SECOND = "ratePerSecond";
  @javax.annotation.Nullable
  private Integer ratePerSecond;

  public static final String JSON_PROPERTY_MAX_CONCURRENT = "maxConcurrent";
  @javax.annotation.Nullable
  private Integer maxConcurrent;

  public SmtpChannelInput() { 
  }

  public SmtpChannelInput transport(@javax.annotation.Nonnull TransportEnum transport) {
    this.transport = transport;
    return this;
  }

  /**
   * Get transport
   * @return transport
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_TRANSPORT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public TransportEnum getTransport() {
    return transport;
  }


  @JsonProperty(value = JSON_PROPERTY_TRANSPORT, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setTransport(@javax.annotation.Nonnull TransportEnum transport) {
    this.transport = transport;
  }


  public SmtpChannelInput host(@javax.annotation.Nonnull String host) {
    this.host = host;
    return this;
  }

  /**
   * Get host
   * @return host
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_HOST, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getHost() {
    return host;
  }


  @JsonProperty(value = JSON_PROPERTY_HOST, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setHost(@javax.annotation.Nonnull String host) {
    this.host = host;
  }


  public SmtpChannelInput port(@javax.annotation.Nullable Integer port) {
    this.port = port;
    return this;
  }

  /**
   * Default 587.
   * minimum: 1
   * maximum: 65535
   * @return port
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PORT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getPort() {
    return port;
  }


  @JsonProperty(value = JSON_PROPERTY_PORT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPort(@javax.annotation.Nullable Integer port) {
    this.port = port;
  }


  public SmtpChannelInput username(@javax.annotation.Nullable String username) {
    this.username = username;
    return this;
  }

  /**
   * Get username
   * @return username
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_USERNAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getUsername() {
    return username;
  }


  @JsonProperty(value = JSON_PROPERTY_USERNAME, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setUsername(@javax.annotation.Nullable String username) {
    this.username = username;
  }


  public SmtpChannelInput password(@javax.annotation.Nullable String password) {
    this.password = password;
    return this;
  }

  /**
   * Get password
   * @return password
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_PASSWORD, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public String getPassword() {
    return password;
  }


  @JsonProperty(value = JSON_PROPERTY_PASSWORD, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setPassword(@javax.annotation.Nullable String password) {
    this.password = password;
  }


  public SmtpChannelInput from(@javax.annotation.Nonnull String from) {
    this.from = from;
    return this;
  }

  /**
   * The sender, an email address with or without a name.
   * @return from
   */
  @javax.annotation.Nonnull
  @JsonProperty(value = JSON_PROPERTY_FROM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public String getFrom() {
    return from;
  }


  @JsonProperty(value = JSON_PROPERTY_FROM, required = true)
  @JsonInclude(value = JsonInclude.Include.ALWAYS)
  public void setFrom(@javax.annotation.Nonnull String from) {
    this.from = from;
  }


  public SmtpChannelInput startTls(@javax.annotation.Nullable Boolean startTls) {
    this.startTls = startTls;
    return this;
  }

  /**
   * Require upgrading the connection to TLS before logging in (default &#x60;true&#x60;).
   * @return startTls
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_START_TLS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Boolean getStartTls() {
    return startTls;
  }


  @JsonProperty(value = JSON_PROPERTY_START_TLS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setStartTls(@javax.annotation.Nullable Boolean startTls) {
    this.startTls = startTls;
  }


  public SmtpChannelInput timeoutMillis(@javax.annotation.Nullable Integer timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
    return this;
  }

  /**
   * How long one call may take, in milliseconds (default 10000).
   * minimum: 1
   * maximum: 120000
   * @return timeoutMillis
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_TIMEOUT_MILLIS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getTimeoutMillis() {
    return timeoutMillis;
  }


  @JsonProperty(value = JSON_PROPERTY_TIMEOUT_MILLIS, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setTimeoutMillis(@javax.annotation.Nullable Integer timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }


  public SmtpChannelInput ratePerSecond(@javax.annotation.Nullable Integer ratePerSecond) {
    this.ratePerSecond = ratePerSecond;
    return this;
  }

  /**
   * Most messages sent per second on each node; &#x60;null&#x60; for no limit.
   * minimum: 1
   * maximum: 1000000
   * @return ratePerSecond
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_RATE_PER_SECOND, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getRatePerSecond() {
    return ratePerSecond;
  }


  @JsonProperty(value = JSON_PROPERTY_RATE_PER_SECOND, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setRatePerSecond(@javax.annotation.Nullable Integer ratePerSecond) {
    this.ratePerSecond = ratePerSecond;
  }


  public SmtpChannelInput maxConcurrent(@javax.annotation.Nullable Integer maxConcurrent) {
    this.maxConcurrent = maxConcurrent;
    return this;
  }

  /**
   * Most messages in flight at once on each node (default 32).
   * minimum: 1
   * maximum: 1024
   * @return maxConcurrent
   */
  @javax.annotation.Nullable
  @JsonProperty(value = JSON_PROPERTY_MAX_CONCURRENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public Integer getMaxConcurrent() {
    return maxConcurrent;
  }


  @JsonProperty(value = JSON_PROPERTY_MAX_CONCURRENT, required = false)
  @JsonInclude(value = JsonInclude.Include.USE_DEFAULTS)
  public void setMaxConcurrent(@javax.annotation.Nullable Integer maxConcurrent) {
    this.maxConcurrent = maxConcurrent;
  }


  /**
   * Return true if this SmtpChannelInput object is equal to o.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    SmtpChannelInput smtpChannelInput = (SmtpChannelInput) o;
    return Objects.equals(this.transport, smtpChannelInput.transport) &&
        Objects.equals(this.host, smtpChannelInput.host) &&
        Objects.equals(this.port, smtpChannelInput.port) &&
        Objects.equals(this.username, smtpChannelInput.username) &&
        Objects.equals(this.password, smtpChannelInput.password) &&
        Objects.equals(this.from, smtpChannelInput.from) &&
        Objects.equals(this.startTls, smtpChannelInput.startTls) &&
        Objects.equals(this.timeoutMillis, smtpChannelInput.timeoutMillis) &&
        Objects.equals(this.ratePerSecond, smtpChannelInput.ratePerSecond) &&
        Objects.equals(this.maxConcurrent, smtpChannelInput.maxConcurrent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(transport, host, port, username, password, from, startTls, timeoutMillis, ratePerSecond, maxConcurrent);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class SmtpChannelInput {\n");
    sb.append("    transport: ").append(toIndentedString(transport)).append("\n");
    sb.append("    host: ").append(toIndentedString(host)).append("\n");
    sb.append("    port: ").append(toIndentedString(port)).append("\n");
    sb.append("    username: ").append(toIndentedString(username)).append("\n");
    sb.append("    password: ").append(toIndentedString(password)).append("\n");
    sb.append("    from: ").append(toIndentedString(from)).append("\n");
    sb.append("    startTls: ").append(toIndentedString(startTls)).append("\n");
    sb.append("    timeoutMillis: ").append(toIndentedString(timeoutMillis)).append("\n");
    sb.append("    ratePerSecond: ").append(toIndentedString(ratePerSecond)).append("\n");
    sb.append("    maxConcurrent: ").append(toIndentedString(maxConcurrent)).append("\n");
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

    // add `transport` to the URL query string
    if (getTransport() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stransport%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTransport()))));
    }

    // add `host` to the URL query string
    if (getHost() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%shost%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getHost()))));
    }

    // add `port` to the URL query string
    if (getPort() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sport%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getPort()))));
    }

    // add `username` to the URL query string
    if (getUsername() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%susername%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getUsername()))));
    }

    // add `password` to the URL query string
    if (getPassword() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%spassword%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getPassword()))));
    }

    // add `from` to the URL query string
    if (getFrom() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sfrom%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getFrom()))));
    }

    // add `startTls` to the URL query string
    if (getStartTls() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sstartTls%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getStartTls()))));
    }

    // add `timeoutMillis` to the URL query string
    if (getTimeoutMillis() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%stimeoutMillis%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getTimeoutMillis()))));
    }

    // add `ratePerSecond` to the URL query string
    if (getRatePerSecond() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%sratePerSecond%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getRatePerSecond()))));
    }

    // add `maxConcurrent` to the URL query string
    if (getMaxConcurrent() != null) {
      joiner.add(String.format(java.util.Locale.ROOT, "%smaxConcurrent%s=%s", prefix, suffix, ApiClient.urlEncode(ApiClient.valueToString(getMaxConcurrent()))));
    }

    return joiner.toString();
  }
}

