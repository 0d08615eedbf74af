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

import io.bindung.client.model.Content;
import io.bindung.client.model.Problem;
import io.bindung.client.model.TemplatePreview;

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
public class TemplatesApi {
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

  public TemplatesApi() {
    this(Configuration.getDefaultApiClient());
  }

  public TemplatesApi(ApiClient apiClient) {
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
   * Render message content for one customer
   * **Scope: &#x60;read&#x60;.** Changes nothing.  Renders &#x60;content&#x60; (see &#x60;Content&#x60; for the template syntax) for a stored customer (&#x60;customerId&#x60;) or for a made-up one (&#x60;customer&#x60;), with the &#x60;properties&#x60; of a triggering &#x60;event&#x60;, and answers the rendered content in the same shape, with every field present (&#x60;null&#x60; when absent). Give exactly one of &#x60;customerId&#x60; and &#x60;customer&#x60;.  A template that does not parse is refused with &#x60;400&#x60;: the error names the field by its path (&#x60;content.html&#x60;, &#x60;content.parameters[1]&#x60;, &#x60;content.payload.order.id&#x60;) and says where, like &#x60;does not parse at line 3, column 7: found: &#39;EOF&#39;, expected: &#39;{{/&#39;&#x60; (lines and columns count from 1). A template that parses but cannot be rendered with this data (it uses a partial, or loops over too much) is refused the same way with &#x60;does not render at ...&#x60;. The body is validated before the customer is looked up; an unknown &#x60;customerId&#x60; answers &#x60;404&#x60;. Body limit: 1 MiB. 
   * @param templatePreview  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Content
   * @throws ApiException if fails to make API call
   */
  public Content previewTemplate(@javax.annotation.Nullable TemplatePreview templatePreview, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return previewTemplate(templatePreview, xRequestId, null);
  }

  /**
   * Render message content for one customer
   * **Scope: &#x60;read&#x60;.** Changes nothing.  Renders &#x60;content&#x60; (see &#x60;Content&#x60; for the template syntax) for a stored customer (&#x60;customerId&#x60;) or for a made-up one (&#x60;customer&#x60;), with the &#x60;properties&#x60; of a triggering &#x60;event&#x60;, and answers the rendered content in the same shape, with every field present (&#x60;null&#x60; when absent). Give exactly one of &#x60;customerId&#x60; and &#x60;customer&#x60;.  A template that does not parse is refused with &#x60;400&#x60;: the error names the field by its path (&#x60;content.html&#x60;, &#x60;content.parameters[1]&#x60;, &#x60;content.payload.order.id&#x60;) and says where, like &#x60;does not parse at line 3, column 7: found: &#39;EOF&#39;, expected: &#39;{{/&#39;&#x60; (lines and columns count from 1). A template that parses but cannot be rendered with this data (it uses a partial, or loops over too much) is refused the same way with &#x60;does not render at ...&#x60;. The body is validated before the customer is looked up; an unknown &#x60;customerId&#x60; answers &#x60;404&#x60;. Body limit: 1 MiB. 
   * @param templatePreview  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Content
   * @throws ApiException if fails to make API call
   */
  public Content previewTemplate(@javax.annotation.Nullable TemplatePreview templatePreview, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Content> localVarResponse = previewTemplateWithHttpInfo(templatePreview, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Render message content for one customer
   * **Scope: &#x60;read&#x60;.** Changes nothing.  Renders &#x60;content&#x60; (see &#x60;Content&#x60; for the template syntax) for a stored customer (&#x60;customerId&#x60;) or for a made-up one (&#x60;customer&#x60;), with the &#x60;properties&#x60; of a triggering &#x60;event&#x60;, and answers the rendered content in the same shape, with every field present (&#x60;null&#x60; when absent). Give exactly one of &#x60;customerId&#x60; and &#x60;customer&#x60;.  A template that does not parse is refused with &#x60;400&#x60;: the error names the field by its path (&#x60;content.html&#x60;, &#x60;content.parameters[1]&#x60;, &#x60;content.payload.order.id&#x60;) and says where, like &#x60;does not parse at line 3, column 7: found: &#39;EOF&#39;, expected: &#39;{{/&#39;&#x60; (lines and columns count from 1). A template that parses but cannot be rendered with this data (it uses a partial, or loops over too much) is refused the same way with &#x60;does not render at ...&#x60;. The body is validated before the customer is looked up; an unknown &#x60;customerId&#x60; answers &#x60;404&#x60;. Body limit: 1 MiB. 
   * @param templatePreview  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Content&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Content> previewTemplateWithHttpInfo(@javax.annotation.Nullable TemplatePreview templatePreview, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return previewTemplateWithHttpInfo(templatePreview, xRequestId, null);
  }

  /**
   * Render message content for one customer
   * **Scope: &#x60;read&#x60;.** Changes nothing.  Renders &#x60;content&#x60; (see &#x60;Content&#x60; for the template syntax) for a stored customer (&#x60;customerId&#x60;) or for a made-up one (&#x60;customer&#x60;), with the &#x60;properties&#x60; of a triggering &#x60;event&#x60;, and answers the rendered content in the same shape, with every field present (&#x60;null&#x60; when absent). Give exactly one of &#x60;customerId&#x60; and &#x60;customer&#x60;.  A template that does not parse is refused with &#x60;400&#x60;: the error names the field by its path (&#x60;content.html&#x60;, &#x60;content.parameters[1]&#x60;, &#x60;content.payload.order.id&#x60;) and says where, like &#x60;does not parse at line 3, column 7: found: &#39;EOF&#39;, expected: &#39;{{/&#39;&#x60; (lines and columns count from 1). A template that parses but cannot be rendered with this data (it uses a partial, or loops over too much) is refused the same way with &#x60;does not render at ...&#x60;. The body is validated before the customer is looked up; an unknown &#x60;customerId&#x60; answers &#x60;404&#x60;. Body limit: 1 MiB. 
   * @param templatePreview  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Content&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Content> previewTemplateWithHttpInfo(@javax.annotation.Nullable TemplatePreview templatePreview, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = previewTemplateRequestBuilder(templatePreview, xRequestId, headers);
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
          throw getApiException("previewTemplate", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Content>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Content responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Content>() {});
        

        return new ApiResponse<Content>(
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

  private HttpRequest.Builder previewTemplateRequestBuilder(@javax.annotation.Nullable TemplatePreview templatePreview, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'templatePreview' is set
    if (templatePreview == null) {
      throw new ApiException(400, "Missing the required parameter 'templatePreview' when calling previewTemplate");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/templates/preview";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(templatePreview);
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

}
