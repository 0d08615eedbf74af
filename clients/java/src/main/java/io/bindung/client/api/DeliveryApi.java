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

package io.bindung.client.api;

import io.bindung.client.ApiClient;
import io.bindung.client.ApiException;
import io.bindung.client.ApiResponse;
import io.bindung.client.Configuration;
import io.bindung.client.Pair;

import io.bindung.client.model.ChannelConfiguration;
import io.bindung.client.model.ChannelPage;
import io.bindung.client.model.ChannelSettingsInput;
import io.bindung.client.model.Message;
import io.bindung.client.model.MessagePage;
import io.bindung.client.model.MessageStatus;
import io.bindung.client.model.PostDeliveryReceipts200Response;
import io.bindung.client.model.PostDeliveryReceiptsRequest;
import io.bindung.client.model.PostReply200Response;
import io.bindung.client.model.PostReplyRequest;
import io.bindung.client.model.Problem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import java.util.ArrayList;
import java.util.StringJoiner;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

@javax.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class DeliveryApi {
  /**
   * Utility class for extending HttpRequest.Builder functionality.
   */
  private static class HttpRequestBuilderExtensions {
    /**
     * Adds additional headers to the provided HttpRequest.Builder. Useful for adding method/endpoint specific headers.
     *
     * @param builder the HttpRequest.Builder to which headers will be added
     * @param headers a map of header names and values to add; may be null
     * @return the same HttpRequest.Builder instance with the additional headers set
     */
    static HttpRequest.Builder withAdditionalHeaders(HttpRequest.Builder builder, Map<String, String> headers) {
        if (headers != null) {
            for (Map.Entry<String, String> entry : headers.entrySet()) {
                builder.header(entry.getKey(), entry.getValue());
            }
        }
        return builder;
    }
  }
  private final HttpClient memberVarHttpClient;
  private final ObjectMapper memberVarObjectMapper;
  private final String memberVarBaseUri;
  private final Consumer<HttpRequest.Builder> memberVarInterceptor;
  private final Duration memberVarReadTimeout;
  private final Consumer<HttpResponse<InputStream>> memberVarResponseInterceptor;
  private final Consumer<HttpResponse<InputStream>> memberVarAsyncResponseInterceptor;

  public DeliveryApi() {
    this(Configuration.getDefaultApiClient());
  }

  public DeliveryApi(ApiClient apiClient) {
    memberVarHttpClient = apiClient.getHttpClient();
    memberVarObjectMapper = apiClient.getObjectMapper();
    memberVarBaseUri = apiClient.getBaseUri();
    memberVarInterceptor = apiClient.getRequestInterceptor();
    memberVarReadTimeout = apiClient.getReadTimeout();
    memberVarResponseInterceptor = apiClient.getResponseInterceptor();
    memberVarAsyncResponseInterceptor = apiClient.getAsyncResponseInterceptor();
  }


  protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
    InputStream responseBody = ApiClient.getResponseBody(response);
    String body = null;
    try {
      body = responseBody == null ? null : new String(responseBody.readAllBytes());
    } finally {
      if (responseBody != null) {
        responseBody.close();
      }
    }
    String message = formatExceptionMessage(operationId, response.statusCode(), body);
    return new ApiException(response.statusCode(), message, response.headers(), body);
  }

  private String formatExceptionMessage(String operationId, int statusCode, String body) {
    if (body == null || body.isEmpty()) {
      body = "[no body]";
    }
    return operationId + " call failed with: " + statusCode + " - " + body;
  }

  /**
   * Download file from the given response.
   *
   * @param response Response
   * @return File
   * @throws ApiException If fail to read file content from response and write to disk
   */
  public File downloadFileFromResponse(HttpResponse<InputStream> response, InputStream responseBody) throws ApiException {
    if (responseBody == null) {
      throw new ApiException(new IOException("Response body is empty"));
    }
    try {
      File file = prepareDownloadFile(response);
      java.nio.file.Files.copy(responseBody, file.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new ApiException(e);
    }
  }

  /**
   * <p>Prepare the file for download from the response.</p>
   *
   * @param response a {@link java.net.http.HttpResponse} object.
   * @return a {@link java.io.File} object.
   * @throws java.io.IOException if any.
   */
  private File prepareDownloadFile(HttpResponse<InputStream> response) throws IOException {
    String filename = null;
    java.util.Optional<String> contentDisposition = response.headers().firstValue("Content-Disposition");
    if (contentDisposition.isPresent() && !"".equals(contentDisposition.get())) {
      // Get filename from the Content-Disposition header.
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("filename=['\"]?([^'\"\\s]+)['\"]?");
      java.util.regex.Matcher matcher = pattern.matcher(contentDisposition.get());
      if (matcher.find())
        filename = matcher.group(1);
    }
    File file = null;
    if (filename != null) {
      java.nio.file.Path tempDir = java.nio.file.Files.createTempDirectory("swagger-gen-native");
      java.nio.file.Path filePath = java.nio.file.Files.createFile(tempDir.resolve(filename));
      file = filePath.toFile();
      tempDir.toFile().deleteOnExit();   // best effort cleanup
      file.deleteOnExit(); // best effort cleanup
    } else {
      file = java.nio.file.Files.createTempFile("download-", "").toFile();
      file.deleteOnExit(); // best effort cleanup
    }
    return file;
  }

  /**
   * Configure how a message channel is sent
   * **Scope: &#x60;admin&#x60;.**  Replaces the channel&#39;s settings. They are stored in the database, so every node sends the same way; other nodes pick a change up within a few seconds. Every transport takes &#x60;ratePerSecond&#x60; (most messages per second per node; no limit when left out) and &#x60;maxConcurrent&#x60; (most messages in flight per node, default 32).  - &#x60;log&#x60; writes each message to the server log and counts it as delivered (the default). - &#x60;webhook&#x60; POSTs each message as JSON to &#x60;url&#x60;, signed with &#x60;secret&#x60; (see the README:   &#x60;X-Bindung-Signature&#x60; is &#x60;sha256&#x3D;&#x60; and the hex HMAC-SHA256 of &#x60;&lt;X-Bindung-Timestamp&gt;.&lt;body&gt;&#x60;),   with an &#x60;Idempotency-Key&#x60; header that is the same on every try of a message. Email, SMS,   push and WhatsApp providers are reached this way. A 2xx answer is success; 408, 429, 5xx   and timeouts are retried; other answers dead-letter the message. - &#x60;smtp&#x60; sends email through an SMTP server (email channel only), as   &#x60;multipart/alternative&#x60; when both an HTML and a text body are given.  An unknown channel answers &#x60;404&#x60;. Body limit: 16 KiB. 
   * @param channel The message channel. (required)
   * @param channelSettingsInput  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ChannelConfiguration
   * @throws ApiException if fails to make API call
   */
  public ChannelConfiguration configureChannel(@javax.annotation.Nonnull String channel, @javax.annotation.Nonnull ChannelSettingsInput channelSettingsInput, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return configureChannel(channel, channelSettingsInput, xRequestId, null);
  }

  /**
   * Configure how a message channel is sent
   * **Scope: &#x60;admin&#x60;.**  Replaces the channel&#39;s settings. They are stored in the database, so every node sends the same way; other nodes pick a change up within a few seconds. Every transport takes &#x60;ratePerSecond&#x60; (most messages per second per node; no limit when left out) and &#x60;maxConcurrent&#x60; (most messages in flight per node, default 32).  - &#x60;log&#x60; writes each message to the server log and counts it as delivered (the default). - &#x60;webhook&#x60; POSTs each message as JSON to &#x60;url&#x60;, signed with &#x60;secret&#x60; (see the README:   &#x60;X-Bindung-Signature&#x60; is &#x60;sha256&#x3D;&#x60; and the hex HMAC-SHA256 of &#x60;&lt;X-Bindung-Timestamp&gt;.&lt;body&gt;&#x60;),   with an &#x60;Idempotency-Key&#x60; header that is the same on every try of a message. Email, SMS,   push and WhatsApp providers are reached this way. A 2xx answer is success; 408, 429, 5xx   and timeouts are retried; other answers dead-letter the message. - &#x60;smtp&#x60; sends email through an SMTP server (email channel only), as   &#x60;multipart/alternative&#x60; when both an HTML and a text body are given.  An unknown channel answers &#x60;404&#x60;. Body limit: 16 KiB. 
   * @param channel The message channel. (required)
   * @param channelSettingsInput  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ChannelConfiguration
   * @throws ApiException if fails to make API call
   */
  public ChannelConfiguration configureChannel(@javax.annotation.Nonnull String channel, @javax.annotation.Nonnull ChannelSettingsInput channelSettingsInput, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<ChannelConfiguration> localVarResponse = configureChannelWithHttpInfo(channel, channelSettingsInput, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Configure how a message channel is sent
   * **Scope: &#x60;admin&#x60;.**  Replaces the channel&#39;s settings. They are stored in the database, so every node sends the same way; other nodes pick a change up within a few seconds. Every transport takes &#x60;ratePerSecond&#x60; (most messages per second per node; no limit when left out) and &#x60;maxConcurrent&#x60; (most messages in flight per node, default 32).  - &#x60;log&#x60; writes each message to the server log and counts it as delivered (the default). - &#x60;webhook&#x60; POSTs each message as JSON to &#x60;url&#x60;, signed with &#x60;secret&#x60; (see the README:   &#x60;X-Bindung-Signature&#x60; is &#x60;sha256&#x3D;&#x60; and the hex HMAC-SHA256 of &#x60;&lt;X-Bindung-Timestamp&gt;.&lt;body&gt;&#x60;),   with an &#x60;Idempotency-Key&#x60; header that is the same on every try of a message. Email, SMS,   push and WhatsApp providers are reached this way. A 2xx answer is success; 408, 429, 5xx   and timeouts are retried; other answers dead-letter the message. - &#x60;smtp&#x60; sends email through an SMTP server (email channel only), as   &#x60;multipart/alternative&#x60; when both an HTML and a text body are given.  An unknown channel answers &#x60;404&#x60;. Body limit: 16 KiB. 
   * @param channel The message channel. (required)
   * @param channelSettingsInput  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;ChannelConfiguration&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ChannelConfiguration> configureChannelWithHttpInfo(@javax.annotation.Nonnull String channel, @javax.annotation.Nonnull ChannelSettingsInput channelSettingsInput, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return configureChannelWithHttpInfo(channel, channelSettingsInput, xRequestId, null);
  }

  /**
   * Configure how a message channel is sent
   * **Scope: &#x60;admin&#x60;.**  Replaces the channel&#39;s settings. They are stored in the database, so every node sends the same way; other nodes pick a change up within a few seconds. Every transport takes &#x60;ratePerSecond&#x60; (most messages per second per node; no limit when left out) and &#x60;maxConcurrent&#x60; (most messages in flight per node, default 32).  - &#x60;log&#x60; writes each message to the server log and counts it as delivered (the default). - &#x60;webhook&#x60; POSTs each message as JSON to &#x60;url&#x60;, signed with &#x60;secret&#x60; (see the README:   &#x60;X-Bindung-Signature&#x60; is &#x60;sha256&#x3D;&#x60; and the hex HMAC-SHA256 of &#x60;&lt;X-Bindung-Timestamp&gt;.&lt;body&gt;&#x60;),   with an &#x60;Idempotency-Key&#x60; header that is the same on every try of a message. Email, SMS,   push and WhatsApp providers are reached this way. A 2xx answer is success; 408, 429, 5xx   and timeouts are retried; other answers dead-letter the message. - &#x60;smtp&#x60; sends email through an SMTP server (email channel only), as   &#x60;multipart/alternative&#x60; when both an HTML and a text body are given.  An unknown channel answers &#x60;404&#x60;. Body limit: 16 KiB. 
   * @param channel The message channel. (required)
   * @param channelSettingsInput  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;ChannelConfiguration&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ChannelConfiguration> configureChannelWithHttpInfo(@javax.annotation.Nonnull String channel, @javax.annotation.Nonnull ChannelSettingsInput channelSettingsInput, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = configureChannelRequestBuilder(channel, channelSettingsInput, xRequestId, headers);
    try {
      HttpResponse<InputStream> localVarResponse = memberVarHttpClient.send(
          localVarRequestBuilder.build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (memberVarResponseInterceptor != null) {
        memberVarResponseInterceptor.accept(localVarResponse);
      }
      InputStream localVarResponseBody = null;
      try {
        if (localVarResponse.statusCode()/ 100 != 2) {
          throw getApiException("configureChannel", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<ChannelConfiguration>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        ChannelConfiguration responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<ChannelConfiguration>() {});
        

        return new ApiResponse<ChannelConfiguration>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            responseValue
        );
      } finally {
        if (localVarResponseBody != null) {
          localVarResponseBody.close();
        }
      }
    } catch (IOException e) {
      throw new ApiException(e);
    }
    catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(e);
    }
  }

  private HttpRequest.Builder configureChannelRequestBuilder(@javax.annotation.Nonnull String channel, @javax.annotation.Nonnull ChannelSettingsInput channelSettingsInput, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'channel' is set
    if (channel == null) {
      throw new ApiException(400, "Missing the required parameter 'channel' when calling configureChannel");
    }
    // verify the required parameter 'channelSettingsInput' is set
    if (channelSettingsInput == null) {
      throw new ApiException(400, "Missing the required parameter 'channelSettingsInput' when calling configureChannel");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/channels/{channel}"
        .replace("{channel}", ApiClient.urlEncode(channel.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(channelSettingsInput);
      localVarRequestBuilder.method("PUT", HttpRequest.BodyPublishers.ofByteArray(localVarPostBody));
    } catch (IOException e) {
      throw new ApiException(e);
    }
    if (memberVarReadTimeout != null) {
      localVarRequestBuilder.timeout(memberVarReadTimeout);
    }
    // Add custom headers if provided
    localVarRequestBuilder = HttpRequestBuilderExtensions.withAdditionalHeaders(localVarRequestBuilder, headers);
    if (memberVarInterceptor != null) {
      memberVarInterceptor.accept(localVarRequestBuilder);
    }
    return localVarRequestBuilder;
  }

  /**
   * Read one outbox message
   * **Scope: &#x60;read&#x60;.** 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Message
   * @throws ApiException if fails to make API call
   */
  public Message getMessage(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getMessage(id, xRequestId, null);
  }

  /**
   * Read one outbox message
   * **Scope: &#x60;read&#x60;.** 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Message
   * @throws ApiException if fails to make API call
   */
  public Message getMessage(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Message> localVarResponse = getMessageWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Read one outbox message
   * **Scope: &#x60;read&#x60;.** 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Message&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Message> getMessageWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getMessageWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Read one outbox message
   * **Scope: &#x60;read&#x60;.** 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Message&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Message> getMessageWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getMessageRequestBuilder(id, xRequestId, headers);
    try {
      HttpResponse<InputStream> localVarResponse = memberVarHttpClient.send(
          localVarRequestBuilder.build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (memberVarResponseInterceptor != null) {
        memberVarResponseInterceptor.accept(localVarResponse);
      }
      InputStream localVarResponseBody = null;
      try {
        if (localVarResponse.statusCode()/ 100 != 2) {
          throw getApiException("getMessage", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Message>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Message responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Message>() {});
        

        return new ApiResponse<Message>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            responseValue
        );
      } finally {
        if (localVarResponseBody != null) {
          localVarResponseBody.close();
        }
      }
    } catch (IOException e) {
      throw new ApiException(e);
    }
    catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(e);
    }
  }

  private HttpRequest.Builder getMessageRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling getMessage");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/messages/{id}"
        .replace("{id}", ApiClient.urlEncode(id.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    localVarRequestBuilder.method("GET", HttpRequest.BodyPublishers.noBody());
    if (memberVarReadTimeout != null) {
      localVarRequestBuilder.timeout(memberVarReadTimeout);
    }
    // Add custom headers if provided
    localVarRequestBuilder = HttpRequestBuilderExtensions.withAdditionalHeaders(localVarRequestBuilder, headers);
    if (memberVarInterceptor != null) {
      memberVarInterceptor.accept(localVarRequestBuilder);
    }
    return localVarRequestBuilder;
  }

  /**
   * List how each message channel is sent
   * **Scope: &#x60;admin&#x60;.**  All five message channels (&#x60;email&#x60;, &#x60;sms&#x60;, &#x60;push&#x60;, &#x60;whatsapp&#x60;, &#x60;webhook&#x60;), in that order, with their transport and settings. Secrets and passwords are never shown, only whether they are set. A channel never configured is sent with the &#x60;log&#x60; transport (&#x60;updatedAt&#x60; is &#x60;null&#x60;). &#x60;breaker&#x60; is the state of the channel&#39;s circuit breaker on the node that answers. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ChannelPage
   * @throws ApiException if fails to make API call
   */
  public ChannelPage listChannels(@javax.annotation.Nullable String xRequestId) throws ApiException {
    return listChannels(xRequestId, null);
  }

  /**
   * List how each message channel is sent
   * **Scope: &#x60;admin&#x60;.**  All five message channels (&#x60;email&#x60;, &#x60;sms&#x60;, &#x60;push&#x60;, &#x60;whatsapp&#x60;, &#x60;webhook&#x60;), in that order, with their transport and settings. Secrets and passwords are never shown, only whether they are set. A channel never configured is sent with the &#x60;log&#x60; transport (&#x60;updatedAt&#x60; is &#x60;null&#x60;). &#x60;breaker&#x60; is the state of the channel&#39;s circuit breaker on the node that answers. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ChannelPage
   * @throws ApiException if fails to make API call
   */
  public ChannelPage listChannels(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<ChannelPage> localVarResponse = listChannelsWithHttpInfo(xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * List how each message channel is sent
   * **Scope: &#x60;admin&#x60;.**  All five message channels (&#x60;email&#x60;, &#x60;sms&#x60;, &#x60;push&#x60;, &#x60;whatsapp&#x60;, &#x60;webhook&#x60;), in that order, with their transport and settings. Secrets and passwords are never shown, only whether they are set. A channel never configured is sent with the &#x60;log&#x60; transport (&#x60;updatedAt&#x60; is &#x60;null&#x60;). &#x60;breaker&#x60; is the state of the channel&#39;s circuit breaker on the node that answers. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;ChannelPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ChannelPage> listChannelsWithHttpInfo(@javax.annotation.Nullable String xRequestId) throws ApiException {
    return listChannelsWithHttpInfo(xRequestId, null);
  }

  /**
   * List how each message channel is sent
   * **Scope: &#x60;admin&#x60;.**  All five message channels (&#x60;email&#x60;, &#x60;sms&#x60;, &#x60;push&#x60;, &#x60;whatsapp&#x60;, &#x60;webhook&#x60;), in that order, with their transport and settings. Secrets and passwords are never shown, only whether they are set. A channel never configured is sent with the &#x60;log&#x60; transport (&#x60;updatedAt&#x60; is &#x60;null&#x60;). &#x60;breaker&#x60; is the state of the channel&#39;s circuit breaker on the node that answers. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;ChannelPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ChannelPage> listChannelsWithHttpInfo(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = listChannelsRequestBuilder(xRequestId, headers);
    try {
      HttpResponse<InputStream> localVarResponse = memberVarHttpClient.send(
          localVarRequestBuilder.build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (memberVarResponseInterceptor != null) {
        memberVarResponseInterceptor.accept(localVarResponse);
      }
      InputStream localVarResponseBody = null;
      try {
        if (localVarResponse.statusCode()/ 100 != 2) {
          throw getApiException("listChannels", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<ChannelPage>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        ChannelPage responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<ChannelPage>() {});
        

        return new ApiResponse<ChannelPage>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            responseValue
        );
      } finally {
        if (localVarResponseBody != null) {
          localVarResponseBody.close();
        }
      }
    } catch (IOException e) {
      throw new ApiException(e);
    }
    catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(e);
    }
  }

  private HttpRequest.Builder listChannelsRequestBuilder(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/channels";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    localVarRequestBuilder.method("GET", HttpRequest.BodyPublishers.noBody());
    if (memberVarReadTimeout != null) {
      localVarRequestBuilder.timeout(memberVarReadTimeout);
    }
    // Add custom headers if provided
    localVarRequestBuilder = HttpRequestBuilderExtensions.withAdditionalHeaders(localVarRequestBuilder, headers);
    if (memberVarInterceptor != null) {
      memberVarInterceptor.accept(localVarRequestBuilder);
    }
    return localVarRequestBuilder;
  }

  /**
   * List outbox messages, e.g. the dead letters
   * **Scope: &#x60;read&#x60;.**  Messages campaigns decided to send, from the oldest to the newest, all of them or those with one &#x60;status&#x60;. &#x60;?status&#x3D;dead&#x60; lists the dead letters: messages whose last attempt failed, or that a channel refused for good. 
   * @param status Only messages with this status. (optional)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return MessagePage
   * @throws ApiException if fails to make API call
   */
  public MessagePage listMessages(@javax.annotation.Nullable MessageStatus status, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listMessages(status, limit, cursor, xRequestId, null);
  }

  /**
   * List outbox messages, e.g. the dead letters
   * **Scope: &#x60;read&#x60;.**  Messages campaigns decided to send, from the oldest to the newest, all of them or those with one &#x60;status&#x60;. &#x60;?status&#x3D;dead&#x60; lists the dead letters: messages whose last attempt failed, or that a channel refused for good. 
   * @param status Only messages with this status. (optional)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return MessagePage
   * @throws ApiException if fails to make API call
   */
  public MessagePage listMessages(@javax.annotation.Nullable MessageStatus status, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<MessagePage> localVarResponse = listMessagesWithHttpInfo(status, limit, cursor, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * List outbox messages, e.g. the dead letters
   * **Scope: &#x60;read&#x60;.**  Messages campaigns decided to send, from the oldest to the newest, all of them or those with one &#x60;status&#x60;. &#x60;?status&#x3D;dead&#x60; lists the dead letters: messages whose last attempt failed, or that a channel refused for good. 
   * @param status Only messages with this status. (optional)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;MessagePage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<MessagePage> listMessagesWithHttpInfo(@javax.annotation.Nullable MessageStatus status, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listMessagesWithHttpInfo(status, limit, cursor, xRequestId, null);
  }

  /**
   * List outbox messages, e.g. the dead letters
   * **Scope: &#x60;read&#x60;.**  Messages campaigns decided to send, from the oldest to the newest, all of them or those with one &#x60;status&#x60;. &#x60;?status&#x3D;dead&#x60; lists the dead letters: messages whose last attempt failed, or that a channel refused for good. 
   * @param status Only messages with this status. (optional)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;MessagePage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<MessagePage> listMessagesWithHttpInfo(@javax.annotation.Nullable MessageStatus status, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = listMessagesRequestBuilder(status, limit, cursor, xRequestId, headers);
    try {
      HttpResponse<InputStream> localVarResponse = memberVarHttpClient.send(
          localVarRequestBuilder.build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (memberVarResponseInterceptor != null) {
        memberVarResponseInterceptor.accept(localVarResponse);
      }
      InputStream localVarResponseBody = null;
      try {
        if (localVarResponse.statusCode()/ 100 != 2) {
          throw getApiException("listMessages", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<MessagePage>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        MessagePage responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<MessagePage>() {});
        

        return new ApiResponse<MessagePage>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            responseValue
        );
      } finally {
        if (localVarResponseBody != null) {
          localVarResponseBody.close();
        }
      }
    } catch (IOException e) {
      throw new ApiException(e);
    }
    catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(e);
    }
  }

  private HttpRequest.Builder listMessagesRequestBuilder(@javax.annotation.Nullable MessageStatus status, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/messages";

    List<Pair> localVarQueryParams = new ArrayList<>();
    StringJoiner localVarQueryStringJoiner = new StringJoiner("&");
    String localVarQueryParameterBaseName;
    localVarQueryParameterBaseName = "status";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("status", status));
    localVarQueryParameterBaseName = "limit";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("limit", limit));
    localVarQueryParameterBaseName = "cursor";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("cursor", cursor));

    if (!localVarQueryParams.isEmpty() || localVarQueryStringJoiner.length() != 0) {
      StringJoiner queryJoiner = new StringJoiner("&");
      localVarQueryParams.forEach(p -> queryJoiner.add(p.getName() + '=' + p.getValue()));
      if (localVarQueryStringJoiner.length() != 0) {
        queryJoiner.add(localVarQueryStringJoiner.toString());
      }
      localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath + '?' + queryJoiner.toString()));
    } else {
      localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));
    }

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    localVarRequestBuilder.method("GET", HttpRequest.BodyPublishers.noBody());
    if (memberVarReadTimeout != null) {
      localVarRequestBuilder.timeout(memberVarReadTimeout);
    }
    // Add custom headers if provided
    localVarRequestBuilder = HttpRequestBuilderExtensions.withAdditionalHeaders(localVarRequestBuilder, headers);
    if (memberVarInterceptor != null) {
      memberVarInterceptor.accept(localVarRequestBuilder);
    }
    return localVarRequestBuilder;
  }

  /**
   * Delivery receipts from a provider
   * **Scope: &#x60;write&#x60;.**  Point your email, SMS, push or WhatsApp provider&#39;s status callback here (through a small adapter if its format differs). Each receipt names a message by its &#x60;messageKey&#x60; (the &#x60;Idempotency-Key&#x60; of the webhook that carried it) and becomes an event on the recipient&#39;s timeline: &#x60;&lt;Channel&gt; Delivered&#x60;, &#x60;&lt;Channel&gt; Bounced&#x60; or &#x60;&lt;Channel&gt; Failed&#x60; (e.g. &#x60;Email Bounced&#x60;), with &#x60;campaignId&#x60;, &#x60;variant&#x60;, &#x60;messageKey&#x60;, &#x60;channel&#x60; and &#x60;reason&#x60;. A repeated receipt is stored once. Up to 1,000 receipts per call. 
   * @param postDeliveryReceiptsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return PostDeliveryReceipts200Response
   * @throws ApiException if fails to make API call
   */
  public PostDeliveryReceipts200Response postDeliveryReceipts(@javax.annotation.Nonnull PostDeliveryReceiptsRequest postDeliveryReceiptsRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return postDeliveryReceipts(postDeliveryReceiptsRequest, xRequestId, null);
  }

  /**
   * Delivery receipts from a provider
   * **Scope: &#x60;write&#x60;.**  Point your email, SMS, push or WhatsApp provider&#39;s status callback here (through a small adapter if its format differs). Each receipt names a message by its &#x60;messageKey&#x60; (the &#x60;Idempotency-Key&#x60; of the webhook that carried it) and becomes an event on the recipient&#39;s timeline: &#x60;&lt;Channel&gt; Delivered&#x60;, &#x60;&lt;Channel&gt; Bounced&#x60; or &#x60;&lt;Channel&gt; Failed&#x60; (e.g. &#x60;Email Bounced&#x60;), with &#x60;campaignId&#x60;, &#x60;variant&#x60;, &#x60;messageKey&#x60;, &#x60;channel&#x60; and &#x60;reason&#x60;. A repeated receipt is stored once. Up to 1,000 receipts per call. 
   * @param postDeliveryReceiptsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return PostDeliveryReceipts200Response
   * @throws ApiException if fails to make API call
   */
  public PostDeliveryReceipts200Response postDeliveryReceipts(@javax.annotation.Nonnull PostDeliveryReceiptsRequest postDeliveryReceiptsRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<PostDeliveryReceipts200Response> localVarResponse = postDeliveryReceiptsWithHttpInfo(postDeliveryReceiptsRequest, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Delivery receipts from a provider
   * **Scope: &#x60;write&#x60;.**  Point your email, SMS, push or WhatsApp provider&#39;s status callback here (through a small adapter if its format differs). Each receipt names a message by its &#x60;messageKey&#x60; (the &#x60;Idempotency-Key&#x60; of the webhook that carried it) and becomes an event on the recipient&#39;s timeline: &#x60;&lt;Channel&gt; Delivered&#x60;, &#x60;&lt;Channel&gt; Bounced&#x60; or &#x60;&lt;Channel&gt; Failed&#x60; (e.g. &#x60;Email Bounced&#x60;), with &#x60;campaignId&#x60;, &#x60;variant&#x60;, &#x60;messageKey&#x60;, &#x60;channel&#x60; and &#x60;reason&#x60;. A repeated receipt is stored once. Up to 1,000 receipts per call. 
   * @param postDeliveryReceiptsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;PostDeliveryReceipts200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<PostDeliveryReceipts200Response> postDeliveryReceiptsWithHttpInfo(@javax.annotation.Nonnull PostDeliveryReceiptsRequest postDeliveryReceiptsRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return postDeliveryReceiptsWithHttpInfo(postDeliveryReceiptsRequest, xRequestId, null);
  }

  /**
   * Delivery receipts from a provider
   * **Scope: &#x60;write&#x60;.**  Point your email, SMS, push or WhatsApp provider&#39;s status callback here (through a small adapter if its format differs). Each receipt names a message by its &#x60;messageKey&#x60; (the &#x60;Idempotency-Key&#x60; of the webhook that carried it) and becomes an event on the recipient&#39;s timeline: &#x60;&lt;Channel&gt; Delivered&#x60;, &#x60;&lt;Channel&gt; Bounced&#x60; or &#x60;&lt;Channel&gt; Failed&#x60; (e.g. &#x60;Email Bounced&#x60;), with &#x60;campaignId&#x60;, &#x60;variant&#x60;, &#x60;messageKey&#x60;, &#x60;channel&#x60; and &#x60;reason&#x60;. A repeated receipt is stored once. Up to 1,000 receipts per call. 
   * @param postDeliveryReceiptsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;PostDeliveryReceipts200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<PostDeliveryReceipts200Response> postDeliveryReceiptsWithHttpInfo(@javax.annotation.Nonnull PostDeliveryReceiptsRequest postDeliveryReceiptsRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = postDeliveryReceiptsRequestBuilder(postDeliveryReceiptsRequest, xRequestId, headers);
    try {
      HttpResponse<InputStream> localVarResponse = memberVarHttpClient.send(
          localVarRequestBuilder.build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (memberVarResponseInterceptor != null) {
        memberVarResponseInterceptor.accept(localVarResponse);
      }
      InputStream localVarResponseBody = null;
      try {
        if (localVarResponse.statusCode()/ 100 != 2) {
          throw getApiException("postDeliveryReceipts", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<PostDeliveryReceipts200Response>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        PostDeliveryReceipts200Response responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<PostDeliveryReceipts200Response>() {});
        

        return new ApiResponse<PostDeliveryReceipts200Response>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            responseValue
        );
      } finally {
        if (localVarResponseBody != null) {
          localVarResponseBody.close();
        }
      }
    } catch (IOException e) {
      throw new ApiException(e);
    }
    catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(e);
    }
  }

  private HttpRequest.Builder postDeliveryReceiptsRequestBuilder(@javax.annotation.Nonnull PostDeliveryReceiptsRequest postDeliveryReceiptsRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'postDeliveryReceiptsRequest' is set
    if (postDeliveryReceiptsRequest == null) {
      throw new ApiException(400, "Missing the required parameter 'postDeliveryReceiptsRequest' when calling postDeliveryReceipts");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/delivery/receipts";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(postDeliveryReceiptsRequest);
      localVarRequestBuilder.method("POST", HttpRequest.BodyPublishers.ofByteArray(localVarPostBody));
    } catch (IOException e) {
      throw new ApiException(e);
    }
    if (memberVarReadTimeout != null) {
      localVarRequestBuilder.timeout(memberVarReadTimeout);
    }
    // Add custom headers if provided
    localVarRequestBuilder = HttpRequestBuilderExtensions.withAdditionalHeaders(localVarRequestBuilder, headers);
    if (memberVarInterceptor != null) {
      memberVarInterceptor.accept(localVarRequestBuilder);
    }
    return localVarRequestBuilder;
  }

  /**
   * An SMS or WhatsApp reply from a recipient
   * **Scope: &#x60;write&#x60;.**  Forward inbound messages here. A reply that is an opt-out keyword (&#x60;STOP&#x60;, &#x60;STOPALL&#x60;, &#x60;UNSUBSCRIBE&#x60;, &#x60;CANCEL&#x60;, &#x60;END&#x60;, &#x60;QUIT&#x60;, any case) withdraws the channel&#39;s consent of every customer with that phone number and records &#x60;Unsubscribed&#x60; for each; other replies change nothing. 
   * @param postReplyRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return PostReply200Response
   * @throws ApiException if fails to make API call
   */
  public PostReply200Response postReply(@javax.annotation.Nonnull PostReplyRequest postReplyRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return postReply(postReplyRequest, xRequestId, null);
  }

  /**
   * An SMS or WhatsApp reply from a recipient
   * **Scope: &#x60;write&#x60;.**  Forward inbound messages here. A reply that is an opt-out keyword (&#x60;STOP&#x60;, &#x60;STOPALL&#x60;, &#x60;UNSUBSCRIBE&#x60;, &#x60;CANCEL&#x60;, &#x60;END&#x60;, &#x60;QUIT&#x60;, any case) withdraws the channel&#39;s consent of every customer with that phone number and records &#x60;Unsubscribed&#x60; for each; other replies change nothing. 
   * @param postReplyRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return PostReply200Response
   * @throws ApiException if fails to make API call
   */
  public PostReply200Response postReply(@javax.annotation.Nonnull PostReplyRequest postReplyRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<PostReply200Response> localVarResponse = postReplyWithHttpInfo(postReplyRequest, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * An SMS or WhatsApp reply from a recipient
   * **Scope: &#x60;write&#x60;.**  Forward inbound messages here. A reply that is an opt-out keyword (&#x60;STOP&#x60;, &#x60;STOPALL&#x60;, &#x60;UNSUBSCRIBE&#x60;, &#x60;CANCEL&#x60;, &#x60;END&#x60;, &#x60;QUIT&#x60;, any case) withdraws the channel&#39;s consent of every customer with that phone number and records &#x60;Unsubscribed&#x60; for each; other replies change nothing. 
   * @param postReplyRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;PostReply200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<PostReply200Response> postReplyWithHttpInfo(@javax.annotation.Nonnull PostReplyRequest postReplyRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return postReplyWithHttpInfo(postReplyRequest, xRequestId, null);
  }

  /**
   * An SMS or WhatsApp reply from a recipient
   * **Scope: &#x60;write&#x60;.**  Forward inbound messages here. A reply that is an opt-out keyword (&#x60;STOP&#x60;, &#x60;STOPALL&#x60;, &#x60;UNSUBSCRIBE&#x60;, &#x60;CANCEL&#x60;, &#x60;END&#x60;, &#x60;QUIT&#x60;, any case) withdraws the channel&#39;s consent of every customer with that phone number and records &#x60;Unsubscribed&#x60; for each; other replies change nothing. 
   * @param postReplyRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;PostReply200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<PostReply200Response> postReplyWithHttpInfo(@javax.annotation.Nonnull PostReplyRequest postReplyRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = postReplyRequestBuilder(postReplyRequest, xRequestId, headers);
    try {
      HttpResponse<InputStream> localVarResponse = memberVarHttpClient.send(
          localVarRequestBuilder.build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (memberVarResponseInterceptor != null) {
        memberVarResponseInterceptor.accept(localVarResponse);
      }
      InputStream localVarResponseBody = null;
      try {
        if (localVarResponse.statusCode()/ 100 != 2) {
          throw getApiException("postReply", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<PostReply200Response>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        PostReply200Response responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<PostReply200Response>() {});
        

        return new ApiResponse<PostReply200Response>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            responseValue
        );
      } finally {
        if (localVarResponseBody != null) {
          localVarResponseBody.close();
        }
      }
    } catch (IOException e) {
      throw new ApiException(e);
    }
    catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(e);
    }
  }

  private HttpRequest.Builder postReplyRequestBuilder(@javax.annotation.Nonnull PostReplyRequest postReplyRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'postReplyRequest' is set
    if (postReplyRequest == null) {
      throw new ApiException(400, "Missing the required parameter 'postReplyRequest' when calling postReply");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/delivery/replies";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(postReplyRequest);
      localVarRequestBuilder.method("POST", HttpRequest.BodyPublishers.ofByteArray(localVarPostBody));
    } catch (IOException e) {
      throw new ApiException(e);
    }
    if (memberVarReadTimeout != null) {
      localVarRequestBuilder.timeout(memberVarReadTimeout);
    }
    // Add custom headers if provided
    localVarRequestBuilder = HttpRequestBuilderExtensions.withAdditionalHeaders(localVarRequestBuilder, headers);
    if (memberVarInterceptor != null) {
      memberVarInterceptor.accept(localVarRequestBuilder);
    }
    return localVarRequestBuilder;
  }

  /**
   * Send a dead letter again
   * **Scope: &#x60;write&#x60;.** No body.  Takes a dead message back: it is pending again, due now, with its attempts reset, and the dispatcher sends it like a new one (with the same &#x60;Idempotency-Key&#x60;). Only dead messages can be retried: any other status answers &#x60;409&#x60;. 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Message
   * @throws ApiException if fails to make API call
   */
  public Message retryMessage(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return retryMessage(id, xRequestId, null);
  }

  /**
   * Send a dead letter again
   * **Scope: &#x60;write&#x60;.** No body.  Takes a dead message back: it is pending again, due now, with its attempts reset, and the dispatcher sends it like a new one (with the same &#x60;Idempotency-Key&#x60;). Only dead messages can be retried: any other status answers &#x60;409&#x60;. 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Message
   * @throws ApiException if fails to make API call
   */
  public Message retryMessage(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Message> localVarResponse = retryMessageWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Send a dead letter again
   * **Scope: &#x60;write&#x60;.** No body.  Takes a dead message back: it is pending again, due now, with its attempts reset, and the dispatcher sends it like a new one (with the same &#x60;Idempotency-Key&#x60;). Only dead messages can be retried: any other status answers &#x60;409&#x60;. 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Message&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Message> retryMessageWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return retryMessageWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Send a dead letter again
   * **Scope: &#x60;write&#x60;.** No body.  Takes a dead message back: it is pending again, due now, with its attempts reset, and the dispatcher sends it like a new one (with the same &#x60;Idempotency-Key&#x60;). Only dead messages can be retried: any other status answers &#x60;409&#x60;. 
   * @param id The message&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Message&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Message> retryMessageWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = retryMessageRequestBuilder(id, xRequestId, headers);
    try {
      HttpResponse<InputStream> localVarResponse = memberVarHttpClient.send(
          localVarRequestBuilder.build(),
          HttpResponse.BodyHandlers.ofInputStream());
      if (memberVarResponseInterceptor != null) {
        memberVarResponseInterceptor.accept(localVarResponse);
      }
      InputStream localVarResponseBody = null;
      try {
        if (localVarResponse.statusCode()/ 100 != 2) {
          throw getApiException("retryMessage", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Message>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Message responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Message>() {});
        

        return new ApiResponse<Message>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            responseValue
        );
      } finally {
        if (localVarResponseBody != null) {
          localVarResponseBody.close();
        }
      }
    } catch (IOException e) {
      throw new ApiException(e);
    }
    catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(e);
    }
  }

  private HttpRequest.Builder retryMessageRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling retryMessage");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/messages/{id}/retry"
        .replace("{id}", ApiClient.urlEncode(id.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    localVarRequestBuilder.method("POST", HttpRequest.BodyPublishers.noBody());
    if (memberVarReadTimeout != null) {
      localVarRequestBuilder.timeout(memberVarReadTimeout);
    }
    // Add custom headers if provided
    localVarRequestBuilder = HttpRequestBuilderExtensions.withAdditionalHeaders(localVarRequestBuilder, headers);
    if (memberVarInterceptor != null) {
      memberVarInterceptor.accept(localVarRequestBuilder);
    }
    return localVarRequestBuilder;
  }

}
