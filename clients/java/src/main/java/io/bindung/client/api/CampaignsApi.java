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

import io.bindung.client.model.Campaign;
import io.bindung.client.model.CampaignDefinition;
import io.bindung.client.model.CampaignEntryPage;
import io.bindung.client.model.CampaignPage;
import io.bindung.client.model.CampaignStats;
import io.bindung.client.model.FrequencyCaps;
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
public class CampaignsApi {
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

  public CampaignsApi() {
    this(Configuration.getDefaultApiClient());
  }

  public CampaignsApi(ApiClient apiClient) {
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
   * Activate a draft or paused campaign
   * **Scope: &#x60;write&#x60;.**  From now on the campaign enrols customers: a triggered one for triggers from this moment (nothing that happened before, or while it was paused), a one-off one at its &#x60;sendAt&#x60;. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign activateCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return activateCampaign(id, xRequestId, null);
  }

  /**
   * Activate a draft or paused campaign
   * **Scope: &#x60;write&#x60;.**  From now on the campaign enrols customers: a triggered one for triggers from this moment (nothing that happened before, or while it was paused), a one-off one at its &#x60;sendAt&#x60;. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign activateCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Campaign> localVarResponse = activateCampaignWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Activate a draft or paused campaign
   * **Scope: &#x60;write&#x60;.**  From now on the campaign enrols customers: a triggered one for triggers from this moment (nothing that happened before, or while it was paused), a one-off one at its &#x60;sendAt&#x60;. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> activateCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return activateCampaignWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Activate a draft or paused campaign
   * **Scope: &#x60;write&#x60;.**  From now on the campaign enrols customers: a triggered one for triggers from this moment (nothing that happened before, or while it was paused), a one-off one at its &#x60;sendAt&#x60;. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> activateCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = activateCampaignRequestBuilder(id, xRequestId, headers);
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
          throw getApiException("activateCampaign", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Campaign>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Campaign responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Campaign>() {});
        

        return new ApiResponse<Campaign>(
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

  private HttpRequest.Builder activateCampaignRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling activateCampaign");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns/{id}/activate"
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

  /**
   * Archive a campaign for good
   * **Scope: &#x60;write&#x60;.** An archived campaign sends nothing more and cannot change. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign archiveCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return archiveCampaign(id, xRequestId, null);
  }

  /**
   * Archive a campaign for good
   * **Scope: &#x60;write&#x60;.** An archived campaign sends nothing more and cannot change. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign archiveCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Campaign> localVarResponse = archiveCampaignWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Archive a campaign for good
   * **Scope: &#x60;write&#x60;.** An archived campaign sends nothing more and cannot change. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> archiveCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return archiveCampaignWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Archive a campaign for good
   * **Scope: &#x60;write&#x60;.** An archived campaign sends nothing more and cannot change. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> archiveCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = archiveCampaignRequestBuilder(id, xRequestId, headers);
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
          throw getApiException("archiveCampaign", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Campaign>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Campaign responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Campaign>() {});
        

        return new ApiResponse<Campaign>(
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

  private HttpRequest.Builder archiveCampaignRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling archiveCampaign");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns/{id}/archive"
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

  /**
   * Create a campaign (as a draft)
   * **Scope: &#x60;write&#x60;.**  Saves a campaign as &#x60;draft&#x60;; nothing is sent until it is activated. Every invalid field is named by its JSON path (templates that do not parse with line and column, trigger rules like segment rules). Body limit: 1 MiB. 
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign createCampaign(@javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return createCampaign(campaignDefinition, xRequestId, null);
  }

  /**
   * Create a campaign (as a draft)
   * **Scope: &#x60;write&#x60;.**  Saves a campaign as &#x60;draft&#x60;; nothing is sent until it is activated. Every invalid field is named by its JSON path (templates that do not parse with line and column, trigger rules like segment rules). Body limit: 1 MiB. 
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign createCampaign(@javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Campaign> localVarResponse = createCampaignWithHttpInfo(campaignDefinition, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Create a campaign (as a draft)
   * **Scope: &#x60;write&#x60;.**  Saves a campaign as &#x60;draft&#x60;; nothing is sent until it is activated. Every invalid field is named by its JSON path (templates that do not parse with line and column, trigger rules like segment rules). Body limit: 1 MiB. 
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> createCampaignWithHttpInfo(@javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return createCampaignWithHttpInfo(campaignDefinition, xRequestId, null);
  }

  /**
   * Create a campaign (as a draft)
   * **Scope: &#x60;write&#x60;.**  Saves a campaign as &#x60;draft&#x60;; nothing is sent until it is activated. Every invalid field is named by its JSON path (templates that do not parse with line and column, trigger rules like segment rules). Body limit: 1 MiB. 
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> createCampaignWithHttpInfo(@javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = createCampaignRequestBuilder(campaignDefinition, xRequestId, headers);
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
          throw getApiException("createCampaign", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Campaign>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Campaign responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Campaign>() {});
        

        return new ApiResponse<Campaign>(
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

  private HttpRequest.Builder createCampaignRequestBuilder(@javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'campaignDefinition' is set
    if (campaignDefinition == null) {
      throw new ApiException(400, "Missing the required parameter 'campaignDefinition' when calling createCampaign");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(campaignDefinition);
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
   * Read a campaign
   * **Scope: &#x60;read&#x60;.** 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign getCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getCampaign(id, xRequestId, null);
  }

  /**
   * Read a campaign
   * **Scope: &#x60;read&#x60;.** 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign getCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Campaign> localVarResponse = getCampaignWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Read a campaign
   * **Scope: &#x60;read&#x60;.** 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> getCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getCampaignWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Read a campaign
   * **Scope: &#x60;read&#x60;.** 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> getCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getCampaignRequestBuilder(id, xRequestId, headers);
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
          throw getApiException("getCampaign", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Campaign>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Campaign responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Campaign>() {});
        

        return new ApiResponse<Campaign>(
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

  private HttpRequest.Builder getCampaignRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling getCampaign");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns/{id}"
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
   * How the campaign did, against its holdout
   * **Scope: &#x60;read&#x60;.**  &#x60;messages&#x60;: distinct messages per delivery event (&#x60;&lt;Channel&gt; Sent&#x60;, &#x60;Delivered&#x60;, &#x60;Bounced&#x60;, &#x60;Failed&#x60;) and engagement (&#x60;Email Opened&#x60;, &#x60;Email Link Clicked&#x60;, &#x60;Unsubscribed&#x60;); delivery rate per sent, the others per delivered. &#x60;treatment&#x60; (recipients who were sent a message) and &#x60;holdout&#x60; (the control group): recipients who did the conversion event within the window after their message was decided (for the holdout, after they would have got it), and the revenue of those events. &#x60;lift&#x60;: the treatment&#39;s conversion rate minus the holdout&#39;s, with a 95% Wald interval and the p-value of the two-proportion z-test (null until both groups have recipients). &#x60;variants&#x60;: the treatment per message variant. &#x60;timing&#x60; (null unless the timing is &#x60;optimised&#x60;): per timing arm, recipients (queued messages), &#x60;engaged&#x60; (messages with an engagement event of the campaign&#39;s channel, the events the send-time model learns from: an email opened or clicked, a push opened, a text&#39;s link clicked, a WhatsApp message read or its link clicked) and conversions, and &#x60;lift&#x60;: the &#x60;optimised&#x60; arm&#39;s engagement rate minus the &#x60;fixed&#x60; arm&#39;s (the timing holdout), with a 95% Wald interval and p-value (null until both arms have recipients). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return CampaignStats
   * @throws ApiException if fails to make API call
   */
  public CampaignStats getCampaignStats(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getCampaignStats(id, xRequestId, null);
  }

  /**
   * How the campaign did, against its holdout
   * **Scope: &#x60;read&#x60;.**  &#x60;messages&#x60;: distinct messages per delivery event (&#x60;&lt;Channel&gt; Sent&#x60;, &#x60;Delivered&#x60;, &#x60;Bounced&#x60;, &#x60;Failed&#x60;) and engagement (&#x60;Email Opened&#x60;, &#x60;Email Link Clicked&#x60;, &#x60;Unsubscribed&#x60;); delivery rate per sent, the others per delivered. &#x60;treatment&#x60; (recipients who were sent a message) and &#x60;holdout&#x60; (the control group): recipients who did the conversion event within the window after their message was decided (for the holdout, after they would have got it), and the revenue of those events. &#x60;lift&#x60;: the treatment&#39;s conversion rate minus the holdout&#39;s, with a 95% Wald interval and the p-value of the two-proportion z-test (null until both groups have recipients). &#x60;variants&#x60;: the treatment per message variant. &#x60;timing&#x60; (null unless the timing is &#x60;optimised&#x60;): per timing arm, recipients (queued messages), &#x60;engaged&#x60; (messages with an engagement event of the campaign&#39;s channel, the events the send-time model learns from: an email opened or clicked, a push opened, a text&#39;s link clicked, a WhatsApp message read or its link clicked) and conversions, and &#x60;lift&#x60;: the &#x60;optimised&#x60; arm&#39;s engagement rate minus the &#x60;fixed&#x60; arm&#39;s (the timing holdout), with a 95% Wald interval and p-value (null until both arms have recipients). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return CampaignStats
   * @throws ApiException if fails to make API call
   */
  public CampaignStats getCampaignStats(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<CampaignStats> localVarResponse = getCampaignStatsWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * How the campaign did, against its holdout
   * **Scope: &#x60;read&#x60;.**  &#x60;messages&#x60;: distinct messages per delivery event (&#x60;&lt;Channel&gt; Sent&#x60;, &#x60;Delivered&#x60;, &#x60;Bounced&#x60;, &#x60;Failed&#x60;) and engagement (&#x60;Email Opened&#x60;, &#x60;Email Link Clicked&#x60;, &#x60;Unsubscribed&#x60;); delivery rate per sent, the others per delivered. &#x60;treatment&#x60; (recipients who were sent a message) and &#x60;holdout&#x60; (the control group): recipients who did the conversion event within the window after their message was decided (for the holdout, after they would have got it), and the revenue of those events. &#x60;lift&#x60;: the treatment&#39;s conversion rate minus the holdout&#39;s, with a 95% Wald interval and the p-value of the two-proportion z-test (null until both groups have recipients). &#x60;variants&#x60;: the treatment per message variant. &#x60;timing&#x60; (null unless the timing is &#x60;optimised&#x60;): per timing arm, recipients (queued messages), &#x60;engaged&#x60; (messages with an engagement event of the campaign&#39;s channel, the events the send-time model learns from: an email opened or clicked, a push opened, a text&#39;s link clicked, a WhatsApp message read or its link clicked) and conversions, and &#x60;lift&#x60;: the &#x60;optimised&#x60; arm&#39;s engagement rate minus the &#x60;fixed&#x60; arm&#39;s (the timing holdout), with a 95% Wald interval and p-value (null until both arms have recipients). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;CampaignStats&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CampaignStats> getCampaignStatsWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getCampaignStatsWithHttpInfo(id, xRequestId, null);
  }

  /**
   * How the campaign did, against its holdout
   * **Scope: &#x60;read&#x60;.**  &#x60;messages&#x60;: distinct messages per delivery event (&#x60;&lt;Channel&gt; Sent&#x60;, &#x60;Delivered&#x60;, &#x60;Bounced&#x60;, &#x60;Failed&#x60;) and engagement (&#x60;Email Opened&#x60;, &#x60;Email Link Clicked&#x60;, &#x60;Unsubscribed&#x60;); delivery rate per sent, the others per delivered. &#x60;treatment&#x60; (recipients who were sent a message) and &#x60;holdout&#x60; (the control group): recipients who did the conversion event within the window after their message was decided (for the holdout, after they would have got it), and the revenue of those events. &#x60;lift&#x60;: the treatment&#39;s conversion rate minus the holdout&#39;s, with a 95% Wald interval and the p-value of the two-proportion z-test (null until both groups have recipients). &#x60;variants&#x60;: the treatment per message variant. &#x60;timing&#x60; (null unless the timing is &#x60;optimised&#x60;): per timing arm, recipients (queued messages), &#x60;engaged&#x60; (messages with an engagement event of the campaign&#39;s channel, the events the send-time model learns from: an email opened or clicked, a push opened, a text&#39;s link clicked, a WhatsApp message read or its link clicked) and conversions, and &#x60;lift&#x60;: the &#x60;optimised&#x60; arm&#39;s engagement rate minus the &#x60;fixed&#x60; arm&#39;s (the timing holdout), with a 95% Wald interval and p-value (null until both arms have recipients). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;CampaignStats&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CampaignStats> getCampaignStatsWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getCampaignStatsRequestBuilder(id, xRequestId, headers);
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
          throw getApiException("getCampaignStats", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<CampaignStats>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        CampaignStats responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<CampaignStats>() {});
        

        return new ApiResponse<CampaignStats>(
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

  private HttpRequest.Builder getCampaignStatsRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling getCampaignStats");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns/{id}/stats"
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
   * The frequency caps
   * **Scope: &#x60;read&#x60;.** 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return FrequencyCaps
   * @throws ApiException if fails to make API call
   */
  public FrequencyCaps getFrequencyCaps(@javax.annotation.Nullable String xRequestId) throws ApiException {
    return getFrequencyCaps(xRequestId, null);
  }

  /**
   * The frequency caps
   * **Scope: &#x60;read&#x60;.** 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return FrequencyCaps
   * @throws ApiException if fails to make API call
   */
  public FrequencyCaps getFrequencyCaps(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<FrequencyCaps> localVarResponse = getFrequencyCapsWithHttpInfo(xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * The frequency caps
   * **Scope: &#x60;read&#x60;.** 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;FrequencyCaps&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<FrequencyCaps> getFrequencyCapsWithHttpInfo(@javax.annotation.Nullable String xRequestId) throws ApiException {
    return getFrequencyCapsWithHttpInfo(xRequestId, null);
  }

  /**
   * The frequency caps
   * **Scope: &#x60;read&#x60;.** 
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;FrequencyCaps&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<FrequencyCaps> getFrequencyCapsWithHttpInfo(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getFrequencyCapsRequestBuilder(xRequestId, headers);
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
          throw getApiException("getFrequencyCaps", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<FrequencyCaps>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        FrequencyCaps responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<FrequencyCaps>() {});
        

        return new ApiResponse<FrequencyCaps>(
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

  private HttpRequest.Builder getFrequencyCapsRequestBuilder(@javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/frequency-caps";

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
   * Who entered the campaign and what was decided
   * **Scope: &#x60;read&#x60;.**  One entry per customer and trigger occurrence (each triggering event; &#x60;created&#x60; for a welcome; &#x60;once&#x60; for a one-off campaign), ordered by customer and occurrence. &#x60;status&#x60;: &#x60;waiting&#x60; (until &#x60;dueAt&#x60;; a message held back by its timing or quiet hours waits with &#x60;dueAt&#x60; at its send time), &#x60;queued&#x60; (a message is in the outbox under &#x60;messageKey&#x60;), &#x60;held_out&#x60; (control group), &#x60;exited&#x60; (the exit event happened, or the customer left the audience), &#x60;suppressed&#x60; (no consent, no address, frequency cap; see &#x60;reason&#x60;) or &#x60;failed&#x60; (the content did not render). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param status Only entries with this status. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return CampaignEntryPage
   * @throws ApiException if fails to make API call
   */
  public CampaignEntryPage listCampaignEntries(@javax.annotation.Nonnull String id, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String status, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listCampaignEntries(id, limit, cursor, status, xRequestId, null);
  }

  /**
   * Who entered the campaign and what was decided
   * **Scope: &#x60;read&#x60;.**  One entry per customer and trigger occurrence (each triggering event; &#x60;created&#x60; for a welcome; &#x60;once&#x60; for a one-off campaign), ordered by customer and occurrence. &#x60;status&#x60;: &#x60;waiting&#x60; (until &#x60;dueAt&#x60;; a message held back by its timing or quiet hours waits with &#x60;dueAt&#x60; at its send time), &#x60;queued&#x60; (a message is in the outbox under &#x60;messageKey&#x60;), &#x60;held_out&#x60; (control group), &#x60;exited&#x60; (the exit event happened, or the customer left the audience), &#x60;suppressed&#x60; (no consent, no address, frequency cap; see &#x60;reason&#x60;) or &#x60;failed&#x60; (the content did not render). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param status Only entries with this status. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return CampaignEntryPage
   * @throws ApiException if fails to make API call
   */
  public CampaignEntryPage listCampaignEntries(@javax.annotation.Nonnull String id, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String status, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<CampaignEntryPage> localVarResponse = listCampaignEntriesWithHttpInfo(id, limit, cursor, status, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Who entered the campaign and what was decided
   * **Scope: &#x60;read&#x60;.**  One entry per customer and trigger occurrence (each triggering event; &#x60;created&#x60; for a welcome; &#x60;once&#x60; for a one-off campaign), ordered by customer and occurrence. &#x60;status&#x60;: &#x60;waiting&#x60; (until &#x60;dueAt&#x60;; a message held back by its timing or quiet hours waits with &#x60;dueAt&#x60; at its send time), &#x60;queued&#x60; (a message is in the outbox under &#x60;messageKey&#x60;), &#x60;held_out&#x60; (control group), &#x60;exited&#x60; (the exit event happened, or the customer left the audience), &#x60;suppressed&#x60; (no consent, no address, frequency cap; see &#x60;reason&#x60;) or &#x60;failed&#x60; (the content did not render). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param status Only entries with this status. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;CampaignEntryPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CampaignEntryPage> listCampaignEntriesWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String status, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listCampaignEntriesWithHttpInfo(id, limit, cursor, status, xRequestId, null);
  }

  /**
   * Who entered the campaign and what was decided
   * **Scope: &#x60;read&#x60;.**  One entry per customer and trigger occurrence (each triggering event; &#x60;created&#x60; for a welcome; &#x60;once&#x60; for a one-off campaign), ordered by customer and occurrence. &#x60;status&#x60;: &#x60;waiting&#x60; (until &#x60;dueAt&#x60;; a message held back by its timing or quiet hours waits with &#x60;dueAt&#x60; at its send time), &#x60;queued&#x60; (a message is in the outbox under &#x60;messageKey&#x60;), &#x60;held_out&#x60; (control group), &#x60;exited&#x60; (the exit event happened, or the customer left the audience), &#x60;suppressed&#x60; (no consent, no address, frequency cap; see &#x60;reason&#x60;) or &#x60;failed&#x60; (the content did not render). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param status Only entries with this status. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;CampaignEntryPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CampaignEntryPage> listCampaignEntriesWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String status, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = listCampaignEntriesRequestBuilder(id, limit, cursor, status, xRequestId, headers);
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
          throw getApiException("listCampaignEntries", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<CampaignEntryPage>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        CampaignEntryPage responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<CampaignEntryPage>() {});
        

        return new ApiResponse<CampaignEntryPage>(
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

  private HttpRequest.Builder listCampaignEntriesRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String status, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling listCampaignEntries");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns/{id}/entries"
        .replace("{id}", ApiClient.urlEncode(id.toString()));

    List<Pair> localVarQueryParams = new ArrayList<>();
    StringJoiner localVarQueryStringJoiner = new StringJoiner("&");
    String localVarQueryParameterBaseName;
    localVarQueryParameterBaseName = "limit";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("limit", limit));
    localVarQueryParameterBaseName = "cursor";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("cursor", cursor));
    localVarQueryParameterBaseName = "status";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("status", status));

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
   * List campaigns
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;id&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return CampaignPage
   * @throws ApiException if fails to make API call
   */
  public CampaignPage listCampaigns(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listCampaigns(limit, cursor, xRequestId, null);
  }

  /**
   * List campaigns
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;id&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return CampaignPage
   * @throws ApiException if fails to make API call
   */
  public CampaignPage listCampaigns(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<CampaignPage> localVarResponse = listCampaignsWithHttpInfo(limit, cursor, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * List campaigns
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;id&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;CampaignPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CampaignPage> listCampaignsWithHttpInfo(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listCampaignsWithHttpInfo(limit, cursor, xRequestId, null);
  }

  /**
   * List campaigns
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;id&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;CampaignPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CampaignPage> listCampaignsWithHttpInfo(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = listCampaignsRequestBuilder(limit, cursor, xRequestId, headers);
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
          throw getApiException("listCampaigns", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<CampaignPage>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        CampaignPage responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<CampaignPage>() {});
        

        return new ApiResponse<CampaignPage>(
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

  private HttpRequest.Builder listCampaignsRequestBuilder(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns";

    List<Pair> localVarQueryParams = new ArrayList<>();
    StringJoiner localVarQueryStringJoiner = new StringJoiner("&");
    String localVarQueryParameterBaseName;
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
   * Pause an active campaign
   * **Scope: &#x60;write&#x60;.** A paused campaign enrols no one and sends nothing; entries wait. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign pauseCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return pauseCampaign(id, xRequestId, null);
  }

  /**
   * Pause an active campaign
   * **Scope: &#x60;write&#x60;.** A paused campaign enrols no one and sends nothing; entries wait. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign pauseCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Campaign> localVarResponse = pauseCampaignWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Pause an active campaign
   * **Scope: &#x60;write&#x60;.** A paused campaign enrols no one and sends nothing; entries wait. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> pauseCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return pauseCampaignWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Pause an active campaign
   * **Scope: &#x60;write&#x60;.** A paused campaign enrols no one and sends nothing; entries wait. 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> pauseCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = pauseCampaignRequestBuilder(id, xRequestId, headers);
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
          throw getApiException("pauseCampaign", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Campaign>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Campaign responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Campaign>() {});
        

        return new ApiResponse<Campaign>(
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

  private HttpRequest.Builder pauseCampaignRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling pauseCampaign");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns/{id}/pause"
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

  /**
   * Edit a campaign
   * **Scope: &#x60;write&#x60;.**  Replaces the definition, also of an active campaign: decisions already taken stand, so nobody gets a message twice; entries still waiting are decided by the new definition. An archived campaign cannot change (&#x60;409&#x60;). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign replaceCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return replaceCampaign(id, campaignDefinition, xRequestId, null);
  }

  /**
   * Edit a campaign
   * **Scope: &#x60;write&#x60;.**  Replaces the definition, also of an active campaign: decisions already taken stand, so nobody gets a message twice; entries still waiting are decided by the new definition. An archived campaign cannot change (&#x60;409&#x60;). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Campaign
   * @throws ApiException if fails to make API call
   */
  public Campaign replaceCampaign(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Campaign> localVarResponse = replaceCampaignWithHttpInfo(id, campaignDefinition, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Edit a campaign
   * **Scope: &#x60;write&#x60;.**  Replaces the definition, also of an active campaign: decisions already taken stand, so nobody gets a message twice; entries still waiting are decided by the new definition. An archived campaign cannot change (&#x60;409&#x60;). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> replaceCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return replaceCampaignWithHttpInfo(id, campaignDefinition, xRequestId, null);
  }

  /**
   * Edit a campaign
   * **Scope: &#x60;write&#x60;.**  Replaces the definition, also of an active campaign: decisions already taken stand, so nobody gets a message twice; entries still waiting are decided by the new definition. An archived campaign cannot change (&#x60;409&#x60;). 
   * @param id The campaign&#39;s &#x60;id&#x60;. (required)
   * @param campaignDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Campaign&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Campaign> replaceCampaignWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = replaceCampaignRequestBuilder(id, campaignDefinition, xRequestId, headers);
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
          throw getApiException("replaceCampaign", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Campaign>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Campaign responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Campaign>() {});
        

        return new ApiResponse<Campaign>(
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

  private HttpRequest.Builder replaceCampaignRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull CampaignDefinition campaignDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling replaceCampaign");
    }
    // verify the required parameter 'campaignDefinition' is set
    if (campaignDefinition == null) {
      throw new ApiException(400, "Missing the required parameter 'campaignDefinition' when calling replaceCampaign");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/campaigns/{id}"
        .replace("{id}", ApiClient.urlEncode(id.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(campaignDefinition);
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
   * Replace the frequency caps
   * **Scope: &#x60;write&#x60;.**  At most &#x60;messages&#x60; messages per customer on a &#x60;channel&#x60; in any &#x60;days&#x60; days, across all campaigns; transactional campaigns are exempt and do not count. A message over the cap is not sent (its entry is &#x60;suppressed&#x60;). At most one cap per channel; an empty list removes all. 
   * @param frequencyCaps  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return FrequencyCaps
   * @throws ApiException if fails to make API call
   */
  public FrequencyCaps replaceFrequencyCaps(@javax.annotation.Nonnull FrequencyCaps frequencyCaps, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return replaceFrequencyCaps(frequencyCaps, xRequestId, null);
  }

  /**
   * Replace the frequency caps
   * **Scope: &#x60;write&#x60;.**  At most &#x60;messages&#x60; messages per customer on a &#x60;channel&#x60; in any &#x60;days&#x60; days, across all campaigns; transactional campaigns are exempt and do not count. A message over the cap is not sent (its entry is &#x60;suppressed&#x60;). At most one cap per channel; an empty list removes all. 
   * @param frequencyCaps  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return FrequencyCaps
   * @throws ApiException if fails to make API call
   */
  public FrequencyCaps replaceFrequencyCaps(@javax.annotation.Nonnull FrequencyCaps frequencyCaps, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<FrequencyCaps> localVarResponse = replaceFrequencyCapsWithHttpInfo(frequencyCaps, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Replace the frequency caps
   * **Scope: &#x60;write&#x60;.**  At most &#x60;messages&#x60; messages per customer on a &#x60;channel&#x60; in any &#x60;days&#x60; days, across all campaigns; transactional campaigns are exempt and do not count. A message over the cap is not sent (its entry is &#x60;suppressed&#x60;). At most one cap per channel; an empty list removes all. 
   * @param frequencyCaps  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;FrequencyCaps&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<FrequencyCaps> replaceFrequencyCapsWithHttpInfo(@javax.annotation.Nonnull FrequencyCaps frequencyCaps, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return replaceFrequencyCapsWithHttpInfo(frequencyCaps, xRequestId, null);
  }

  /**
   * Replace the frequency caps
   * **Scope: &#x60;write&#x60;.**  At most &#x60;messages&#x60; messages per customer on a &#x60;channel&#x60; in any &#x60;days&#x60; days, across all campaigns; transactional campaigns are exempt and do not count. A message over the cap is not sent (its entry is &#x60;suppressed&#x60;). At most one cap per channel; an empty list removes all. 
   * @param frequencyCaps  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;FrequencyCaps&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<FrequencyCaps> replaceFrequencyCapsWithHttpInfo(@javax.annotation.Nonnull FrequencyCaps frequencyCaps, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = replaceFrequencyCapsRequestBuilder(frequencyCaps, xRequestId, headers);
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
          throw getApiException("replaceFrequencyCaps", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<FrequencyCaps>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        FrequencyCaps responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<FrequencyCaps>() {});
        

        return new ApiResponse<FrequencyCaps>(
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

  private HttpRequest.Builder replaceFrequencyCapsRequestBuilder(@javax.annotation.Nonnull FrequencyCaps frequencyCaps, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'frequencyCaps' is set
    if (frequencyCaps == null) {
      throw new ApiException(400, "Missing the required parameter 'frequencyCaps' when calling replaceFrequencyCaps");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/frequency-caps";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(frequencyCaps);
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

}
