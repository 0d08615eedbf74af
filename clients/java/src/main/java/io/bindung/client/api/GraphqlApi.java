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

import io.bindung.client.model.GraphQlRequest;
import io.bindung.client.model.GraphQlResponse;

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
public class GraphqlApi {
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

  public GraphqlApi() {
    this(Configuration.getDefaultApiClient());
  }

  public GraphqlApi(ApiClient apiClient) {
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
   * Run a GraphQL query given in the query string
   * **Scope: &#x60;read&#x60;.** As &#x60;POST /graphql&#x60;, with &#x60;query&#x60;, &#x60;operationName&#x60; and &#x60;variables&#x60; (JSON) as parameters.
   * @param query  (required)
   * @param operationName  (optional)
   * @param variables A JSON object. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return GraphQlResponse
   * @throws ApiException if fails to make API call
   */
  public GraphQlResponse getGraphQl(@javax.annotation.Nonnull String query, @javax.annotation.Nullable String operationName, @javax.annotation.Nullable String variables, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getGraphQl(query, operationName, variables, xRequestId, null);
  }

  /**
   * Run a GraphQL query given in the query string
   * **Scope: &#x60;read&#x60;.** As &#x60;POST /graphql&#x60;, with &#x60;query&#x60;, &#x60;operationName&#x60; and &#x60;variables&#x60; (JSON) as parameters.
   * @param query  (required)
   * @param operationName  (optional)
   * @param variables A JSON object. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return GraphQlResponse
   * @throws ApiException if fails to make API call
   */
  public GraphQlResponse getGraphQl(@javax.annotation.Nonnull String query, @javax.annotation.Nullable String operationName, @javax.annotation.Nullable String variables, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<GraphQlResponse> localVarResponse = getGraphQlWithHttpInfo(query, operationName, variables, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Run a GraphQL query given in the query string
   * **Scope: &#x60;read&#x60;.** As &#x60;POST /graphql&#x60;, with &#x60;query&#x60;, &#x60;operationName&#x60; and &#x60;variables&#x60; (JSON) as parameters.
   * @param query  (required)
   * @param operationName  (optional)
   * @param variables A JSON object. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;GraphQlResponse&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<GraphQlResponse> getGraphQlWithHttpInfo(@javax.annotation.Nonnull String query, @javax.annotation.Nullable String operationName, @javax.annotation.Nullable String variables, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getGraphQlWithHttpInfo(query, operationName, variables, xRequestId, null);
  }

  /**
   * Run a GraphQL query given in the query string
   * **Scope: &#x60;read&#x60;.** As &#x60;POST /graphql&#x60;, with &#x60;query&#x60;, &#x60;operationName&#x60; and &#x60;variables&#x60; (JSON) as parameters.
   * @param query  (required)
   * @param operationName  (optional)
   * @param variables A JSON object. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;GraphQlResponse&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<GraphQlResponse> getGraphQlWithHttpInfo(@javax.annotation.Nonnull String query, @javax.annotation.Nullable String operationName, @javax.annotation.Nullable String variables, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getGraphQlRequestBuilder(query, operationName, variables, xRequestId, headers);
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
          throw getApiException("getGraphQl", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<GraphQlResponse>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        GraphQlResponse responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<GraphQlResponse>() {});
        

        return new ApiResponse<GraphQlResponse>(
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

  private HttpRequest.Builder getGraphQlRequestBuilder(@javax.annotation.Nonnull String query, @javax.annotation.Nullable String operationName, @javax.annotation.Nullable String variables, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'query' is set
    if (query == null) {
      throw new ApiException(400, "Missing the required parameter 'query' when calling getGraphQl");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/graphql";

    List<Pair> localVarQueryParams = new ArrayList<>();
    StringJoiner localVarQueryStringJoiner = new StringJoiner("&");
    String localVarQueryParameterBaseName;
    localVarQueryParameterBaseName = "query";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("query", query));
    localVarQueryParameterBaseName = "operationName";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("operationName", operationName));
    localVarQueryParameterBaseName = "variables";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("variables", variables));

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
    localVarRequestBuilder.header("Accept", "application/json");

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
   * GraphQL explorer
   * GraphiQL on this server&#39;s schema. Its scripts and styles come from &#x60;/webjars/...&#x60; on the same server, so it works without internet access. The page needs no key; put yours in its Headers tab to run queries. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return String
   * @throws ApiException if fails to make API call
   */
  public String getGraphiQl(@javax.annotation.Nullable String xRequestId) throws ApiException {
    return getGraphiQl(xRequestId, null);
  }

  /**
   * GraphQL explorer
   * GraphiQL on this server&#39;s schema. Its scripts and styles come from &#x60;/webjars/...&#x60; on the same server, so it works without internet access. The page needs no key; put yours in its Headers tab to run queries. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return String
   * @throws ApiException if fails to make API call
   */
  public String getGraphiQl(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<String> localVarResponse = getGraphiQlWithHttpInfo(xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * GraphQL explorer
   * GraphiQL on this server&#39;s schema. Its scripts and styles come from &#x60;/webjars/...&#x60; on the same server, so it works without internet access. The page needs no key; put yours in its Headers tab to run queries. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;String&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<String> getGraphiQlWithHttpInfo(@javax.annotation.Nullable String xRequestId) throws ApiException {
    return getGraphiQlWithHttpInfo(xRequestId, null);
  }

  /**
   * GraphQL explorer
   * GraphiQL on this server&#39;s schema. Its scripts and styles come from &#x60;/webjars/...&#x60; on the same server, so it works without internet access. The page needs no key; put yours in its Headers tab to run queries. 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;String&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<String> getGraphiQlWithHttpInfo(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getGraphiQlRequestBuilder(xRequestId, headers);
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
          throw getApiException("getGraphiQl", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<String>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        String responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<String>() {});
        

        return new ApiResponse<String>(
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

  private HttpRequest.Builder getGraphiQlRequestBuilder(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/graphiql";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Accept", "text/html");

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
   * Run a GraphQL query
   * **Scope: &#x60;read&#x60;.** The schema is &#x60;schema.graphqls&#x60; (served at the top of the repository and explorable at &#x60;/graphiql&#x60;). An executed request answers &#x60;200&#x60; with &#x60;data&#x60; and, where a field failed, &#x60;errors&#x60;, each with &#x60;extensions.code&#x60; (&#x60;BAD_USER_INPUT&#x60;, &#x60;NOT_FOUND&#x60;, &#x60;QUERY_TOO_COMPLEX&#x60;, &#x60;GRAPHQL_PARSE_FAILED&#x60;, &#x60;GRAPHQL_VALIDATION_FAILED&#x60;, &#x60;INTERNAL_SERVER_ERROR&#x60;). A request that cannot run answers its status with the same error shape: &#x60;400&#x60; without a query or with malformed JSON, &#x60;401&#x60; &#x60;UNAUTHENTICATED&#x60;, &#x60;403&#x60; &#x60;FORBIDDEN&#x60;. 
   * @param graphQlRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return GraphQlResponse
   * @throws ApiException if fails to make API call
   */
  public GraphQlResponse postGraphQl(@javax.annotation.Nonnull GraphQlRequest graphQlRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return postGraphQl(graphQlRequest, xRequestId, null);
  }

  /**
   * Run a GraphQL query
   * **Scope: &#x60;read&#x60;.** The schema is &#x60;schema.graphqls&#x60; (served at the top of the repository and explorable at &#x60;/graphiql&#x60;). An executed request answers &#x60;200&#x60; with &#x60;data&#x60; and, where a field failed, &#x60;errors&#x60;, each with &#x60;extensions.code&#x60; (&#x60;BAD_USER_INPUT&#x60;, &#x60;NOT_FOUND&#x60;, &#x60;QUERY_TOO_COMPLEX&#x60;, &#x60;GRAPHQL_PARSE_FAILED&#x60;, &#x60;GRAPHQL_VALIDATION_FAILED&#x60;, &#x60;INTERNAL_SERVER_ERROR&#x60;). A request that cannot run answers its status with the same error shape: &#x60;400&#x60; without a query or with malformed JSON, &#x60;401&#x60; &#x60;UNAUTHENTICATED&#x60;, &#x60;403&#x60; &#x60;FORBIDDEN&#x60;. 
   * @param graphQlRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return GraphQlResponse
   * @throws ApiException if fails to make API call
   */
  public GraphQlResponse postGraphQl(@javax.annotation.Nonnull GraphQlRequest graphQlRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<GraphQlResponse> localVarResponse = postGraphQlWithHttpInfo(graphQlRequest, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Run a GraphQL query
   * **Scope: &#x60;read&#x60;.** The schema is &#x60;schema.graphqls&#x60; (served at the top of the repository and explorable at &#x60;/graphiql&#x60;). An executed request answers &#x60;200&#x60; with &#x60;data&#x60; and, where a field failed, &#x60;errors&#x60;, each with &#x60;extensions.code&#x60; (&#x60;BAD_USER_INPUT&#x60;, &#x60;NOT_FOUND&#x60;, &#x60;QUERY_TOO_COMPLEX&#x60;, &#x60;GRAPHQL_PARSE_FAILED&#x60;, &#x60;GRAPHQL_VALIDATION_FAILED&#x60;, &#x60;INTERNAL_SERVER_ERROR&#x60;). A request that cannot run answers its status with the same error shape: &#x60;400&#x60; without a query or with malformed JSON, &#x60;401&#x60; &#x60;UNAUTHENTICATED&#x60;, &#x60;403&#x60; &#x60;FORBIDDEN&#x60;. 
   * @param graphQlRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;GraphQlResponse&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<GraphQlResponse> postGraphQlWithHttpInfo(@javax.annotation.Nonnull GraphQlRequest graphQlRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return postGraphQlWithHttpInfo(graphQlRequest, xRequestId, null);
  }

  /**
   * Run a GraphQL query
   * **Scope: &#x60;read&#x60;.** The schema is &#x60;schema.graphqls&#x60; (served at the top of the repository and explorable at &#x60;/graphiql&#x60;). An executed request answers &#x60;200&#x60; with &#x60;data&#x60; and, where a field failed, &#x60;errors&#x60;, each with &#x60;extensions.code&#x60; (&#x60;BAD_USER_INPUT&#x60;, &#x60;NOT_FOUND&#x60;, &#x60;QUERY_TOO_COMPLEX&#x60;, &#x60;GRAPHQL_PARSE_FAILED&#x60;, &#x60;GRAPHQL_VALIDATION_FAILED&#x60;, &#x60;INTERNAL_SERVER_ERROR&#x60;). A request that cannot run answers its status with the same error shape: &#x60;400&#x60; without a query or with malformed JSON, &#x60;401&#x60; &#x60;UNAUTHENTICATED&#x60;, &#x60;403&#x60; &#x60;FORBIDDEN&#x60;. 
   * @param graphQlRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;GraphQlResponse&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<GraphQlResponse> postGraphQlWithHttpInfo(@javax.annotation.Nonnull GraphQlRequest graphQlRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = postGraphQlRequestBuilder(graphQlRequest, xRequestId, headers);
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
          throw getApiException("postGraphQl", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<GraphQlResponse>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        GraphQlResponse responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<GraphQlResponse>() {});
        

        return new ApiResponse<GraphQlResponse>(
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

  private HttpRequest.Builder postGraphQlRequestBuilder(@javax.annotation.Nonnull GraphQlRequest graphQlRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'graphQlRequest' is set
    if (graphQlRequest == null) {
      throw new ApiException(400, "Missing the required parameter 'graphQlRequest' when calling postGraphQl");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/graphql";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(graphQlRequest);
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
