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

import io.bindung.client.model.Customer;
import io.bindung.client.model.CustomerPage;
import io.bindung.client.model.CustomerPatch;
import io.bindung.client.model.CustomerReplace;
import io.bindung.client.model.GetSendTimes200Response;
import io.bindung.client.model.GetSendTimesRequest;
import io.bindung.client.model.ImportResult;
import java.time.OffsetDateTime;
import io.bindung.client.model.Problem;
import io.bindung.client.model.SendTime;

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
public class CustomersApi {
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

  public CustomersApi() {
    this(Configuration.getDefaultApiClient());
  }

  public CustomersApi(ApiClient apiClient) {
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
   * Erase a customer
   * **Scope: &#x60;write&#x60;.**  Erases the customer with all of their events and identity links (right to erasure). This cannot be undone. Events sent later for the same id create the customer again. 
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @throws ApiException if fails to make API call
   */
  public void deleteCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    deleteCustomer(id, xRequestId, null);
  }

  /**
   * Erase a customer
   * **Scope: &#x60;write&#x60;.**  Erases the customer with all of their events and identity links (right to erasure). This cannot be undone. Events sent later for the same id create the customer again. 
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @throws ApiException if fails to make API call
   */
  public void deleteCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    deleteCustomerWithHttpInfo(id, xRequestId, headers);
  }

  /**
   * Erase a customer
   * **Scope: &#x60;write&#x60;.**  Erases the customer with all of their events and identity links (right to erasure). This cannot be undone. Events sent later for the same id create the customer again. 
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Void&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Void> deleteCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return deleteCustomerWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Erase a customer
   * **Scope: &#x60;write&#x60;.**  Erases the customer with all of their events and identity links (right to erasure). This cannot be undone. Events sent later for the same id create the customer again. 
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Void&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Void> deleteCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = deleteCustomerRequestBuilder(id, xRequestId, headers);
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
          throw getApiException("deleteCustomer", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody != null) {
          localVarResponseBody.readAllBytes();
        }
        return new ApiResponse<>(
            localVarResponse.statusCode(),
            localVarResponse.headers().map(),
            null
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

  private HttpRequest.Builder deleteCustomerRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling deleteCustomer");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/customers/{id}"
        .replace("{id}", ApiClient.urlEncode(id.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Accept", "application/problem+json");

    localVarRequestBuilder.method("DELETE", HttpRequest.BodyPublishers.noBody());
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
   * Get a customer
   * **Scope: &#x60;read&#x60;.**
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Customer
   * @throws ApiException if fails to make API call
   */
  public Customer getCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getCustomer(id, xRequestId, null);
  }

  /**
   * Get a customer
   * **Scope: &#x60;read&#x60;.**
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Customer
   * @throws ApiException if fails to make API call
   */
  public Customer getCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Customer> localVarResponse = getCustomerWithHttpInfo(id, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Get a customer
   * **Scope: &#x60;read&#x60;.**
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Customer&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Customer> getCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getCustomerWithHttpInfo(id, xRequestId, null);
  }

  /**
   * Get a customer
   * **Scope: &#x60;read&#x60;.**
   * @param id Your own id for the customer. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Customer&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Customer> getCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getCustomerRequestBuilder(id, xRequestId, headers);
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
          throw getApiException("getCustomer", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Customer>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Customer responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Customer>() {});
        

        return new ApiResponse<Customer>(
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

  private HttpRequest.Builder getCustomerRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling getCustomer");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/customers/{id}"
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
   * The best time to reach a customer on a channel
   * **Scope: &#x60;read&#x60;.** The best whole local hour in [&#x60;from&#x60;, &#x60;to&#x60;) to send to the customer on &#x60;channel&#x60;, outside the optional quiet hours: the hour with the highest chance that they engage within &#x60;horizonHours&#x60; of the send. Hours are read on the customer&#39;s own clock (&#x60;timezone&#x60;, UTC without one; half-hour offsets and daylight saving included).  **Profile.** The customer&#39;s engagement over the 168 hours of the week, kept incrementally as events arrive (O(1) per event, 1,008 bytes per customer and channel). Engagement events and weights are configuration (&#x60;BINDUNG_SEND_TIME_EVENTS&#x60;); the defaults, each counting 1: email &#x60;Email Opened&#x60; and &#x60;Email Link Clicked&#x60;; push &#x60;Push Opened&#x60;; sms &#x60;SMS Link Clicked&#x60;; whatsapp &#x60;WhatsApp Read&#x60; and &#x60;WhatsApp Link Clicked&#x60;; &#x60;Order Completed&#x60; on every channel. Each counts halved for every half-life of its age (&#x60;BINDUNG_SEND_TIME_HALF_LIFE_DAYS&#x60;, default 180). A campaign message (events with the same &#x60;campaignId&#x60; and &#x60;messageKey&#x60;) counts once, by its first engagement, whatever order its events arrive in: a click minutes after the open, or a second open, repeats the hour the first showed.  **Exposure.** Each send or delivery (&#x60;Email Sent&#x60; or &#x60;Email Delivered&#x60;, and so on for push, sms and whatsapp) is kept by its local hour of the week and adds to the customer&#39;s exposure in the 48 hours after it, b(d) in hour d (the time to engage below), folded into the hours of a weekday and a weekend day. Engagement is read against the relative exposure r_t: a weighted mean of the exposure&#39;s shape (a tenth of it spread evenly) and 1, the first weighing the share of the channel&#39;s engagement that comes within two days of a send (from the time to engage below). The rhythm groups and the customer&#39;s membership use the likelihood of their engagement given r, and their own rhythm counts engagement per exposure. Opens that crowd the hours after a shop&#39;s fixed send time are thereby not taken for the customer&#39;s rhythm. Customers without recorded sends have r &#x3D; 1.  **Shrinkage toward the group** (empirical Bayes). The customer&#39;s rhythm (their engagement folded into the 48 hours of a weekday and a weekend day, smoothed over neighbouring hours with σ &#x3D; 1 hour) is shrunk toward their prior, (own_t + κ · prior_t) / (n + κ), and spread over the week as everybody&#39;s days of each type share each hour. The prior is the rhythm of the groups the customer is likely in: six rhythm groups (early birds, commuters, evening browsers, …) learned from the customers&#39; engagement against their exposure as a mixture of multinomials (EM; relearned hourly in the background, so only a channel&#39;s first request waits for it), weighted by how likely the customer&#39;s own engagement makes each; without engagement, everybody&#39;s rhythm (every engaged customer&#39;s shares on their own clock, averaged). κ is the Dirichlet-multinomial maximum-likelihood fit to the customers&#39; engagement counts of the last year around their priors (&#x60;explanation.priorStrength&#x60;; 10 until 20 customers have engaged twice). A customer without history gets everybody&#39;s pattern in their local time; &#x60;explanation.ownWeight&#x60; &#x3D; n / (n + κ) says how much of the answer is their own rhythm, and &#x60;explanation.likelyGroup&#x60; which group their history puts them in (with κ large, the main way their history speaks).  **Time to engage.** From the channel&#39;s campaign messages of the last 90 days (sent at their first &#x60;Sent&#x60; or &#x60;Delivered&#x60; event) and their first engagement, by whole hour since the send, the rate b(d) at average activity: a piecewise-exponential Poisson model in which a send at local hour of the week s engages in hour d at the rate b(d) · A(s + d), A being the activity of the hours of the week (mean 1), fitted by maximum a posteriori (so sends all made at one hour do not pass the busy hours after it off as fast engagement). The chance to engage within the horizon after a send at hour s is 1 − exp(−Σ_{d&lt;horizon} b(d) · 168 · q(s+d)), q being the customer&#39;s shares of the hours of the week, and hours are ranked by it. Until the channel has 100 sends of which 20 were engaged with, a default shape (10% in the first hour, fading by a quarter an hour) ranks the hours and &#x60;engagementProbability&#x60; is null (&#x60;explanation.calibrated&#x60; false). Ties go to the earliest hour. A window already begun starts now. 
   * @param id Your own id for the customer. (required)
   * @param channel  (optional, default to email)
   * @param from The window&#39;s start (default now). (optional)
   * @param to The window&#39;s end (default a day after &#x60;from&#x60;; at most 14 days after it; must be in the future). (optional)
   * @param quietStart Local start of quiet hours, e.g. 21:00 (with quietEnd). (optional)
   * @param quietEnd Local end of quiet hours, e.g. 08:00. (optional)
   * @param horizonHours How long after the send an engagement counts (default 24). (optional, default to 24)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return SendTime
   * @throws ApiException if fails to make API call
   */
  public SendTime getSendTime(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String channel, @javax.annotation.Nullable OffsetDateTime from, @javax.annotation.Nullable OffsetDateTime to, @javax.annotation.Nullable String quietStart, @javax.annotation.Nullable String quietEnd, @javax.annotation.Nullable Integer horizonHours, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getSendTime(id, channel, from, to, quietStart, quietEnd, horizonHours, xRequestId, null);
  }

  /**
   * The best time to reach a customer on a channel
   * **Scope: &#x60;read&#x60;.** The best whole local hour in [&#x60;from&#x60;, &#x60;to&#x60;) to send to the customer on &#x60;channel&#x60;, outside the optional quiet hours: the hour with the highest chance that they engage within &#x60;horizonHours&#x60; of the send. Hours are read on the customer&#39;s own clock (&#x60;timezone&#x60;, UTC without one; half-hour offsets and daylight saving included).  **Profile.** The customer&#39;s engagement over the 168 hours of the week, kept incrementally as events arrive (O(1) per event, 1,008 bytes per customer and channel). Engagement events and weights are configuration (&#x60;BINDUNG_SEND_TIME_EVENTS&#x60;); the defaults, each counting 1: email &#x60;Email Opened&#x60; and &#x60;Email Link Clicked&#x60;; push &#x60;Push Opened&#x60;; sms &#x60;SMS Link Clicked&#x60;; whatsapp &#x60;WhatsApp Read&#x60; and &#x60;WhatsApp Link Clicked&#x60;; &#x60;Order Completed&#x60; on every channel. Each counts halved for every half-life of its age (&#x60;BINDUNG_SEND_TIME_HALF_LIFE_DAYS&#x60;, default 180). A campaign message (events with the same &#x60;campaignId&#x60; and &#x60;messageKey&#x60;) counts once, by its first engagement, whatever order its events arrive in: a click minutes after the open, or a second open, repeats the hour the first showed.  **Exposure.** Each send or delivery (&#x60;Email Sent&#x60; or &#x60;Email Delivered&#x60;, and so on for push, sms and whatsapp) is kept by its local hour of the week and adds to the customer&#39;s exposure in the 48 hours after it, b(d) in hour d (the time to engage below), folded into the hours of a weekday and a weekend day. Engagement is read against the relative exposure r_t: a weighted mean of the exposure&#39;s shape (a tenth of it spread evenly) and 1, the first weighing the share of the channel&#39;s engagement that comes within two days of a send (from the time to engage below). The rhythm groups and the customer&#39;s membership use the likelihood of their engagement given r, and their own rhythm counts engagement per exposure. Opens that crowd the hours after a shop&#39;s fixed send time are thereby not taken for the customer&#39;s rhythm. Customers without recorded sends have r &#x3D; 1.  **Shrinkage toward the group** (empirical Bayes). The customer&#39;s rhythm (their engagement folded into the 48 hours of a weekday and a weekend day, smoothed over neighbouring hours with σ &#x3D; 1 hour) is shrunk toward their prior, (own_t + κ · prior_t) / (n + κ), and spread over the week as everybody&#39;s days of each type share each hour. The prior is the rhythm of the groups the customer is likely in: six rhythm groups (early birds, commuters, evening browsers, …) learned from the customers&#39; engagement against their exposure as a mixture of multinomials (EM; relearned hourly in the background, so only a channel&#39;s first request waits for it), weighted by how likely the customer&#39;s own engagement makes each; without engagement, everybody&#39;s rhythm (every engaged customer&#39;s shares on their own clock, averaged). κ is the Dirichlet-multinomial maximum-likelihood fit to the customers&#39; engagement counts of the last year around their priors (&#x60;explanation.priorStrength&#x60;; 10 until 20 customers have engaged twice). A customer without history gets everybody&#39;s pattern in their local time; &#x60;explanation.ownWeight&#x60; &#x3D; n / (n + κ) says how much of the answer is their own rhythm, and &#x60;explanation.likelyGroup&#x60; which group their history puts them in (with κ large, the main way their history speaks).  **Time to engage.** From the channel&#39;s campaign messages of the last 90 days (sent at their first &#x60;Sent&#x60; or &#x60;Delivered&#x60; event) and their first engagement, by whole hour since the send, the rate b(d) at average activity: a piecewise-exponential Poisson model in which a send at local hour of the week s engages in hour d at the rate b(d) · A(s + d), A being the activity of the hours of the week (mean 1), fitted by maximum a posteriori (so sends all made at one hour do not pass the busy hours after it off as fast engagement). The chance to engage within the horizon after a send at hour s is 1 − exp(−Σ_{d&lt;horizon} b(d) · 168 · q(s+d)), q being the customer&#39;s shares of the hours of the week, and hours are ranked by it. Until the channel has 100 sends of which 20 were engaged with, a default shape (10% in the first hour, fading by a quarter an hour) ranks the hours and &#x60;engagementProbability&#x60; is null (&#x60;explanation.calibrated&#x60; false). Ties go to the earliest hour. A window already begun starts now. 
   * @param id Your own id for the customer. (required)
   * @param channel  (optional, default to email)
   * @param from The window&#39;s start (default now). (optional)
   * @param to The window&#39;s end (default a day after &#x60;from&#x60;; at most 14 days after it; must be in the future). (optional)
   * @param quietStart Local start of quiet hours, e.g. 21:00 (with quietEnd). (optional)
   * @param quietEnd Local end of quiet hours, e.g. 08:00. (optional)
   * @param horizonHours How long after the send an engagement counts (default 24). (optional, default to 24)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return SendTime
   * @throws ApiException if fails to make API call
   */
  public SendTime getSendTime(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String channel, @javax.annotation.Nullable OffsetDateTime from, @javax.annotation.Nullable OffsetDateTime to, @javax.annotation.Nullable String quietStart, @javax.annotation.Nullable String quietEnd, @javax.annotation.Nullable Integer horizonHours, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<SendTime> localVarResponse = getSendTimeWithHttpInfo(id, channel, from, to, quietStart, quietEnd, horizonHours, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * The best time to reach a customer on a channel
   * **Scope: &#x60;read&#x60;.** The best whole local hour in [&#x60;from&#x60;, &#x60;to&#x60;) to send to the customer on &#x60;channel&#x60;, outside the optional quiet hours: the hour with the highest chance that they engage within &#x60;horizonHours&#x60; of the send. Hours are read on the customer&#39;s own clock (&#x60;timezone&#x60;, UTC without one; half-hour offsets and daylight saving included).  **Profile.** The customer&#39;s engagement over the 168 hours of the week, kept incrementally as events arrive (O(1) per event, 1,008 bytes per customer and channel). Engagement events and weights are configuration (&#x60;BINDUNG_SEND_TIME_EVENTS&#x60;); the defaults, each counting 1: email &#x60;Email Opened&#x60; and &#x60;Email Link Clicked&#x60;; push &#x60;Push Opened&#x60;; sms &#x60;SMS Link Clicked&#x60;; whatsapp &#x60;WhatsApp Read&#x60; and &#x60;WhatsApp Link Clicked&#x60;; &#x60;Order Completed&#x60; on every channel. Each counts halved for every half-life of its age (&#x60;BINDUNG_SEND_TIME_HALF_LIFE_DAYS&#x60;, default 180). A campaign message (events with the same &#x60;campaignId&#x60; and &#x60;messageKey&#x60;) counts once, by its first engagement, whatever order its events arrive in: a click minutes after the open, or a second open, repeats the hour the first showed.  **Exposure.** Each send or delivery (&#x60;Email Sent&#x60; or &#x60;Email Delivered&#x60;, and so on for push, sms and whatsapp) is kept by its local hour of the week and adds to the customer&#39;s exposure in the 48 hours after it, b(d) in hour d (the time to engage below), folded into the hours of a weekday and a weekend day. Engagement is read against the relative exposure r_t: a weighted mean of the exposure&#39;s shape (a tenth of it spread evenly) and 1, the first weighing the share of the channel&#39;s engagement that comes within two days of a send (from the time to engage below). The rhythm groups and the customer&#39;s membership use the likelihood of their engagement given r, and their own rhythm counts engagement per exposure. Opens that crowd the hours after a shop&#39;s fixed send time are thereby not taken for the customer&#39;s rhythm. Customers without recorded sends have r &#x3D; 1.  **Shrinkage toward the group** (empirical Bayes). The customer&#39;s rhythm (their engagement folded into the 48 hours of a weekday and a weekend day, smoothed over neighbouring hours with σ &#x3D; 1 hour) is shrunk toward their prior, (own_t + κ · prior_t) / (n + κ), and spread over the week as everybody&#39;s days of each type share each hour. The prior is the rhythm of the groups the customer is likely in: six rhythm groups (early birds, commuters, evening browsers, …) learned from the customers&#39; engagement against their exposure as a mixture of multinomials (EM; relearned hourly in the background, so only a channel&#39;s first request waits for it), weighted by how likely the customer&#39;s own engagement makes each; without engagement, everybody&#39;s rhythm (every engaged customer&#39;s shares on their own clock, averaged). κ is the Dirichlet-multinomial maximum-likelihood fit to the customers&#39; engagement counts of the last year around their priors (&#x60;explanation.priorStrength&#x60;; 10 until 20 customers have engaged twice). A customer without history gets everybody&#39;s pattern in their local time; &#x60;explanation.ownWeight&#x60; &#x3D; n / (n + κ) says how much of the answer is their own rhythm, and &#x60;explanation.likelyGroup&#x60; which group their history puts them in (with κ large, the main way their history speaks).  **Time to engage.** From the channel&#39;s campaign messages of the last 90 days (sent at their first &#x60;Sent&#x60; or &#x60;Delivered&#x60; event) and their first engagement, by whole hour since the send, the rate b(d) at average activity: a piecewise-exponential Poisson model in which a send at local hour of the week s engages in hour d at the rate b(d) · A(s + d), A being the activity of the hours of the week (mean 1), fitted by maximum a posteriori (so sends all made at one hour do not pass the busy hours after it off as fast engagement). The chance to engage within the horizon after a send at hour s is 1 − exp(−Σ_{d&lt;horizon} b(d) · 168 · q(s+d)), q being the customer&#39;s shares of the hours of the week, and hours are ranked by it. Until the channel has 100 sends of which 20 were engaged with, a default shape (10% in the first hour, fading by a quarter an hour) ranks the hours and &#x60;engagementProbability&#x60; is null (&#x60;explanation.calibrated&#x60; false). Ties go to the earliest hour. A window already begun starts now. 
   * @param id Your own id for the customer. (required)
   * @param channel  (optional, default to email)
   * @param from The window&#39;s start (default now). (optional)
   * @param to The window&#39;s end (default a day after &#x60;from&#x60;; at most 14 days after it; must be in the future). (optional)
   * @param quietStart Local start of quiet hours, e.g. 21:00 (with quietEnd). (optional)
   * @param quietEnd Local end of quiet hours, e.g. 08:00. (optional)
   * @param horizonHours How long after the send an engagement counts (default 24). (optional, default to 24)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;SendTime&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<SendTime> getSendTimeWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String channel, @javax.annotation.Nullable OffsetDateTime from, @javax.annotation.Nullable OffsetDateTime to, @javax.annotation.Nullable String quietStart, @javax.annotation.Nullable String quietEnd, @javax.annotation.Nullable Integer horizonHours, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getSendTimeWithHttpInfo(id, channel, from, to, quietStart, quietEnd, horizonHours, xRequestId, null);
  }

  /**
   * The best time to reach a customer on a channel
   * **Scope: &#x60;read&#x60;.** The best whole local hour in [&#x60;from&#x60;, &#x60;to&#x60;) to send to the customer on &#x60;channel&#x60;, outside the optional quiet hours: the hour with the highest chance that they engage within &#x60;horizonHours&#x60; of the send. Hours are read on the customer&#39;s own clock (&#x60;timezone&#x60;, UTC without one; half-hour offsets and daylight saving included).  **Profile.** The customer&#39;s engagement over the 168 hours of the week, kept incrementally as events arrive (O(1) per event, 1,008 bytes per customer and channel). Engagement events and weights are configuration (&#x60;BINDUNG_SEND_TIME_EVENTS&#x60;); the defaults, each counting 1: email &#x60;Email Opened&#x60; and &#x60;Email Link Clicked&#x60;; push &#x60;Push Opened&#x60;; sms &#x60;SMS Link Clicked&#x60;; whatsapp &#x60;WhatsApp Read&#x60; and &#x60;WhatsApp Link Clicked&#x60;; &#x60;Order Completed&#x60; on every channel. Each counts halved for every half-life of its age (&#x60;BINDUNG_SEND_TIME_HALF_LIFE_DAYS&#x60;, default 180). A campaign message (events with the same &#x60;campaignId&#x60; and &#x60;messageKey&#x60;) counts once, by its first engagement, whatever order its events arrive in: a click minutes after the open, or a second open, repeats the hour the first showed.  **Exposure.** Each send or delivery (&#x60;Email Sent&#x60; or &#x60;Email Delivered&#x60;, and so on for push, sms and whatsapp) is kept by its local hour of the week and adds to the customer&#39;s exposure in the 48 hours after it, b(d) in hour d (the time to engage below), folded into the hours of a weekday and a weekend day. Engagement is read against the relative exposure r_t: a weighted mean of the exposure&#39;s shape (a tenth of it spread evenly) and 1, the first weighing the share of the channel&#39;s engagement that comes within two days of a send (from the time to engage below). The rhythm groups and the customer&#39;s membership use the likelihood of their engagement given r, and their own rhythm counts engagement per exposure. Opens that crowd the hours after a shop&#39;s fixed send time are thereby not taken for the customer&#39;s rhythm. Customers without recorded sends have r &#x3D; 1.  **Shrinkage toward the group** (empirical Bayes). The customer&#39;s rhythm (their engagement folded into the 48 hours of a weekday and a weekend day, smoothed over neighbouring hours with σ &#x3D; 1 hour) is shrunk toward their prior, (own_t + κ · prior_t) / (n + κ), and spread over the week as everybody&#39;s days of each type share each hour. The prior is the rhythm of the groups the customer is likely in: six rhythm groups (early birds, commuters, evening browsers, …) learned from the customers&#39; engagement against their exposure as a mixture of multinomials (EM; relearned hourly in the background, so only a channel&#39;s first request waits for it), weighted by how likely the customer&#39;s own engagement makes each; without engagement, everybody&#39;s rhythm (every engaged customer&#39;s shares on their own clock, averaged). κ is the Dirichlet-multinomial maximum-likelihood fit to the customers&#39; engagement counts of the last year around their priors (&#x60;explanation.priorStrength&#x60;; 10 until 20 customers have engaged twice). A customer without history gets everybody&#39;s pattern in their local time; &#x60;explanation.ownWeight&#x60; &#x3D; n / (n + κ) says how much of the answer is their own rhythm, and &#x60;explanation.likelyGroup&#x60; which group their history puts them in (with κ large, the main way their history speaks).  **Time to engage.** From the channel&#39;s campaign messages of the last 90 days (sent at their first &#x60;Sent&#x60; or &#x60;Delivered&#x60; event) and their first engagement, by whole hour since the send, the rate b(d) at average activity: a piecewise-exponential Poisson model in which a send at local hour of the week s engages in hour d at the rate b(d) · A(s + d), A being the activity of the hours of the week (mean 1), fitted by maximum a posteriori (so sends all made at one hour do not pass the busy hours after it off as fast engagement). The chance to engage within the horizon after a send at hour s is 1 − exp(−Σ_{d&lt;horizon} b(d) · 168 · q(s+d)), q being the customer&#39;s shares of the hours of the week, and hours are ranked by it. Until the channel has 100 sends of which 20 were engaged with, a default shape (10% in the first hour, fading by a quarter an hour) ranks the hours and &#x60;engagementProbability&#x60; is null (&#x60;explanation.calibrated&#x60; false). Ties go to the earliest hour. A window already begun starts now. 
   * @param id Your own id for the customer. (required)
   * @param channel  (optional, default to email)
   * @param from The window&#39;s start (default now). (optional)
   * @param to The window&#39;s end (default a day after &#x60;from&#x60;; at most 14 days after it; must be in the future). (optional)
   * @param quietStart Local start of quiet hours, e.g. 21:00 (with quietEnd). (optional)
   * @param quietEnd Local end of quiet hours, e.g. 08:00. (optional)
   * @param horizonHours How long after the send an engagement counts (default 24). (optional, default to 24)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;SendTime&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<SendTime> getSendTimeWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String channel, @javax.annotation.Nullable OffsetDateTime from, @javax.annotation.Nullable OffsetDateTime to, @javax.annotation.Nullable String quietStart, @javax.annotation.Nullable String quietEnd, @javax.annotation.Nullable Integer horizonHours, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getSendTimeRequestBuilder(id, channel, from, to, quietStart, quietEnd, horizonHours, xRequestId, headers);
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
          throw getApiException("getSendTime", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<SendTime>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        SendTime responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<SendTime>() {});
        

        return new ApiResponse<SendTime>(
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

  private HttpRequest.Builder getSendTimeRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nullable String channel, @javax.annotation.Nullable OffsetDateTime from, @javax.annotation.Nullable OffsetDateTime to, @javax.annotation.Nullable String quietStart, @javax.annotation.Nullable String quietEnd, @javax.annotation.Nullable Integer horizonHours, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling getSendTime");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/customers/{id}/send-time"
        .replace("{id}", ApiClient.urlEncode(id.toString()));

    List<Pair> localVarQueryParams = new ArrayList<>();
    StringJoiner localVarQueryStringJoiner = new StringJoiner("&");
    String localVarQueryParameterBaseName;
    localVarQueryParameterBaseName = "channel";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("channel", channel));
    localVarQueryParameterBaseName = "from";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("from", from));
    localVarQueryParameterBaseName = "to";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("to", to));
    localVarQueryParameterBaseName = "quietStart";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("quietStart", quietStart));
    localVarQueryParameterBaseName = "quietEnd";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("quietEnd", quietEnd));
    localVarQueryParameterBaseName = "horizonHours";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("horizonHours", horizonHours));

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
   * The best times to reach many customers
   * **Scope: &#x60;read&#x60;.** &#x60;GET /v1/customers/{id}/send-time&#x60; for up to 1,000 customers at once, with one channel, window and quiet hours for all. Unknown customers are listed in &#x60;unknownCustomers&#x60;, and customers whose window holds no whole local hour outside the quiet hours in &#x60;withoutHour&#x60;; nothing is stored. 
   * @param getSendTimesRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return GetSendTimes200Response
   * @throws ApiException if fails to make API call
   */
  public GetSendTimes200Response getSendTimes(@javax.annotation.Nonnull GetSendTimesRequest getSendTimesRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getSendTimes(getSendTimesRequest, xRequestId, null);
  }

  /**
   * The best times to reach many customers
   * **Scope: &#x60;read&#x60;.** &#x60;GET /v1/customers/{id}/send-time&#x60; for up to 1,000 customers at once, with one channel, window and quiet hours for all. Unknown customers are listed in &#x60;unknownCustomers&#x60;, and customers whose window holds no whole local hour outside the quiet hours in &#x60;withoutHour&#x60;; nothing is stored. 
   * @param getSendTimesRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return GetSendTimes200Response
   * @throws ApiException if fails to make API call
   */
  public GetSendTimes200Response getSendTimes(@javax.annotation.Nonnull GetSendTimesRequest getSendTimesRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<GetSendTimes200Response> localVarResponse = getSendTimesWithHttpInfo(getSendTimesRequest, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * The best times to reach many customers
   * **Scope: &#x60;read&#x60;.** &#x60;GET /v1/customers/{id}/send-time&#x60; for up to 1,000 customers at once, with one channel, window and quiet hours for all. Unknown customers are listed in &#x60;unknownCustomers&#x60;, and customers whose window holds no whole local hour outside the quiet hours in &#x60;withoutHour&#x60;; nothing is stored. 
   * @param getSendTimesRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;GetSendTimes200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<GetSendTimes200Response> getSendTimesWithHttpInfo(@javax.annotation.Nonnull GetSendTimesRequest getSendTimesRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getSendTimesWithHttpInfo(getSendTimesRequest, xRequestId, null);
  }

  /**
   * The best times to reach many customers
   * **Scope: &#x60;read&#x60;.** &#x60;GET /v1/customers/{id}/send-time&#x60; for up to 1,000 customers at once, with one channel, window and quiet hours for all. Unknown customers are listed in &#x60;unknownCustomers&#x60;, and customers whose window holds no whole local hour outside the quiet hours in &#x60;withoutHour&#x60;; nothing is stored. 
   * @param getSendTimesRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;GetSendTimes200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<GetSendTimes200Response> getSendTimesWithHttpInfo(@javax.annotation.Nonnull GetSendTimesRequest getSendTimesRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getSendTimesRequestBuilder(getSendTimesRequest, xRequestId, headers);
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
          throw getApiException("getSendTimes", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<GetSendTimes200Response>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        GetSendTimes200Response responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<GetSendTimes200Response>() {});
        

        return new ApiResponse<GetSendTimes200Response>(
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

  private HttpRequest.Builder getSendTimesRequestBuilder(@javax.annotation.Nonnull GetSendTimesRequest getSendTimesRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'getSendTimesRequest' is set
    if (getSendTimesRequest == null) {
      throw new ApiException(400, "Missing the required parameter 'getSendTimesRequest' when calling getSendTimes");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/send-times";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(getSendTimesRequest);
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
   * Import customers in bulk (CSV or NDJSON)
   * **Scope: &#x60;write&#x60;.**  Streams a file of customers into the store; files of any size are imported in constant memory, so there is no body limit. Every row is merged into the customer with its &#x60;id&#x60; (created when new), like a &#x60;PATCH&#x60;. Good rows are stored in transactions of 500 rows as the file is read; bad rows are skipped and reported with their line number (1-based, counting the CSV header as line 1) and reason. The answer comes when the whole file is read.  **CSV** (&#x60;Content-Type: text/csv&#x60;): a header row, then one customer per row, UTF-8, comma separated, RFC 4180 quoting; cells are trimmed and empty lines skipped. The &#x60;id&#x60; column is required in every row. The columns &#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60; and &#x60;locale&#x60; set those fields (validated as in &#x60;PUT&#x60;); an empty cell leaves the field as it is. Every other column becomes a string attribute; an empty cell leaves that attribute as it is. Consent cannot be set from CSV. A row with a different number of cells than the header is rejected. A header without an &#x60;id&#x60; column, or with an empty or repeated column name, is refused with 400 before any row is read; a UTF-8 byte-order mark (as spreadsheets write) is ignored.  **NDJSON** (&#x60;Content-Type: application/x-ndjson&#x60;; &#x60;application/ndjson&#x60; and &#x60;application/jsonl&#x60; are accepted too): one JSON object per line, with an &#x60;id&#x60; and the fields of a &#x60;PATCH&#x60; body (&#x60;email&#x60;, ..., &#x60;attributes&#x60; merged as a JSON merge patch, &#x60;consent&#x60; per channel; &#x60;null&#x60; clears a field). Blank lines are skipped. 
   * @param body  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ImportResult
   * @throws ApiException if fails to make API call
   */
  public ImportResult importCustomers(@javax.annotation.Nonnull String body, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return importCustomers(body, xRequestId, null);
  }

  /**
   * Import customers in bulk (CSV or NDJSON)
   * **Scope: &#x60;write&#x60;.**  Streams a file of customers into the store; files of any size are imported in constant memory, so there is no body limit. Every row is merged into the customer with its &#x60;id&#x60; (created when new), like a &#x60;PATCH&#x60;. Good rows are stored in transactions of 500 rows as the file is read; bad rows are skipped and reported with their line number (1-based, counting the CSV header as line 1) and reason. The answer comes when the whole file is read.  **CSV** (&#x60;Content-Type: text/csv&#x60;): a header row, then one customer per row, UTF-8, comma separated, RFC 4180 quoting; cells are trimmed and empty lines skipped. The &#x60;id&#x60; column is required in every row. The columns &#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60; and &#x60;locale&#x60; set those fields (validated as in &#x60;PUT&#x60;); an empty cell leaves the field as it is. Every other column becomes a string attribute; an empty cell leaves that attribute as it is. Consent cannot be set from CSV. A row with a different number of cells than the header is rejected. A header without an &#x60;id&#x60; column, or with an empty or repeated column name, is refused with 400 before any row is read; a UTF-8 byte-order mark (as spreadsheets write) is ignored.  **NDJSON** (&#x60;Content-Type: application/x-ndjson&#x60;; &#x60;application/ndjson&#x60; and &#x60;application/jsonl&#x60; are accepted too): one JSON object per line, with an &#x60;id&#x60; and the fields of a &#x60;PATCH&#x60; body (&#x60;email&#x60;, ..., &#x60;attributes&#x60; merged as a JSON merge patch, &#x60;consent&#x60; per channel; &#x60;null&#x60; clears a field). Blank lines are skipped. 
   * @param body  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ImportResult
   * @throws ApiException if fails to make API call
   */
  public ImportResult importCustomers(@javax.annotation.Nonnull String body, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<ImportResult> localVarResponse = importCustomersWithHttpInfo(body, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Import customers in bulk (CSV or NDJSON)
   * **Scope: &#x60;write&#x60;.**  Streams a file of customers into the store; files of any size are imported in constant memory, so there is no body limit. Every row is merged into the customer with its &#x60;id&#x60; (created when new), like a &#x60;PATCH&#x60;. Good rows are stored in transactions of 500 rows as the file is read; bad rows are skipped and reported with their line number (1-based, counting the CSV header as line 1) and reason. The answer comes when the whole file is read.  **CSV** (&#x60;Content-Type: text/csv&#x60;): a header row, then one customer per row, UTF-8, comma separated, RFC 4180 quoting; cells are trimmed and empty lines skipped. The &#x60;id&#x60; column is required in every row. The columns &#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60; and &#x60;locale&#x60; set those fields (validated as in &#x60;PUT&#x60;); an empty cell leaves the field as it is. Every other column becomes a string attribute; an empty cell leaves that attribute as it is. Consent cannot be set from CSV. A row with a different number of cells than the header is rejected. A header without an &#x60;id&#x60; column, or with an empty or repeated column name, is refused with 400 before any row is read; a UTF-8 byte-order mark (as spreadsheets write) is ignored.  **NDJSON** (&#x60;Content-Type: application/x-ndjson&#x60;; &#x60;application/ndjson&#x60; and &#x60;application/jsonl&#x60; are accepted too): one JSON object per line, with an &#x60;id&#x60; and the fields of a &#x60;PATCH&#x60; body (&#x60;email&#x60;, ..., &#x60;attributes&#x60; merged as a JSON merge patch, &#x60;consent&#x60; per channel; &#x60;null&#x60; clears a field). Blank lines are skipped. 
   * @param body  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;ImportResult&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ImportResult> importCustomersWithHttpInfo(@javax.annotation.Nonnull String body, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return importCustomersWithHttpInfo(body, xRequestId, null);
  }

  /**
   * Import customers in bulk (CSV or NDJSON)
   * **Scope: &#x60;write&#x60;.**  Streams a file of customers into the store; files of any size are imported in constant memory, so there is no body limit. Every row is merged into the customer with its &#x60;id&#x60; (created when new), like a &#x60;PATCH&#x60;. Good rows are stored in transactions of 500 rows as the file is read; bad rows are skipped and reported with their line number (1-based, counting the CSV header as line 1) and reason. The answer comes when the whole file is read.  **CSV** (&#x60;Content-Type: text/csv&#x60;): a header row, then one customer per row, UTF-8, comma separated, RFC 4180 quoting; cells are trimmed and empty lines skipped. The &#x60;id&#x60; column is required in every row. The columns &#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60; and &#x60;locale&#x60; set those fields (validated as in &#x60;PUT&#x60;); an empty cell leaves the field as it is. Every other column becomes a string attribute; an empty cell leaves that attribute as it is. Consent cannot be set from CSV. A row with a different number of cells than the header is rejected. A header without an &#x60;id&#x60; column, or with an empty or repeated column name, is refused with 400 before any row is read; a UTF-8 byte-order mark (as spreadsheets write) is ignored.  **NDJSON** (&#x60;Content-Type: application/x-ndjson&#x60;; &#x60;application/ndjson&#x60; and &#x60;application/jsonl&#x60; are accepted too): one JSON object per line, with an &#x60;id&#x60; and the fields of a &#x60;PATCH&#x60; body (&#x60;email&#x60;, ..., &#x60;attributes&#x60; merged as a JSON merge patch, &#x60;consent&#x60; per channel; &#x60;null&#x60; clears a field). Blank lines are skipped. 
   * @param body  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;ImportResult&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ImportResult> importCustomersWithHttpInfo(@javax.annotation.Nonnull String body, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = importCustomersRequestBuilder(body, xRequestId, headers);
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
          throw getApiException("importCustomers", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<ImportResult>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        ImportResult responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<ImportResult>() {});
        

        return new ApiResponse<ImportResult>(
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

  private HttpRequest.Builder importCustomersRequestBuilder(@javax.annotation.Nonnull String body, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'body' is set
    if (body == null) {
      throw new ApiException(400, "Missing the required parameter 'body' when calling importCustomers");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/customers/import";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "text/csv");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    localVarRequestBuilder.method("POST", HttpRequest.BodyPublishers.ofString(body));
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
   * List customers
   * **Scope: &#x60;read&#x60;.**  Lists customers ordered by &#x60;id&#x60;, filtered by every filter given (all must match). An empty filter value counts as no filter. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param email Only the customer(s) with exactly this email address (case-sensitive). (optional)
   * @param attribute &#x60;key:value&#x60;: only customers whose attribute &#x60;key&#x60; (a top-level key of &#x60;attributes&#x60;) has this value, compared as text. Strings compare without quotes (&#x60;plan:gold&#x60;), numbers and booleans as their JSON literal (&#x60;visits:3&#x60;, &#x60;vip:true&#x60;). The key is 1 to 64 letters, digits, &#x60;_&#x60;, &#x60;-&#x60; or &#x60;.&#x60;; everything after the first &#x60;:&#x60; is the value. Repeat the parameter to require several attributes (up to 10): &#x60;?attribute&#x3D;plan:gold&amp;attribute&#x3D;country:DE&#x60;.  (optional)
   * @param createdAfter Only customers created at or after this time. (optional)
   * @param createdBefore Only customers created before this time. (optional)
   * @param updatedAfter Only customers last changed at or after this time. (optional)
   * @param updatedBefore Only customers last changed before this time. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return CustomerPage
   * @throws ApiException if fails to make API call
   */
  public CustomerPage listCustomers(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String email, @javax.annotation.Nullable List<String> attribute, @javax.annotation.Nullable OffsetDateTime createdAfter, @javax.annotation.Nullable OffsetDateTime createdBefore, @javax.annotation.Nullable OffsetDateTime updatedAfter, @javax.annotation.Nullable OffsetDateTime updatedBefore, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listCustomers(limit, cursor, email, attribute, createdAfter, createdBefore, updatedAfter, updatedBefore, xRequestId, null);
  }

  /**
   * List customers
   * **Scope: &#x60;read&#x60;.**  Lists customers ordered by &#x60;id&#x60;, filtered by every filter given (all must match). An empty filter value counts as no filter. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param email Only the customer(s) with exactly this email address (case-sensitive). (optional)
   * @param attribute &#x60;key:value&#x60;: only customers whose attribute &#x60;key&#x60; (a top-level key of &#x60;attributes&#x60;) has this value, compared as text. Strings compare without quotes (&#x60;plan:gold&#x60;), numbers and booleans as their JSON literal (&#x60;visits:3&#x60;, &#x60;vip:true&#x60;). The key is 1 to 64 letters, digits, &#x60;_&#x60;, &#x60;-&#x60; or &#x60;.&#x60;; everything after the first &#x60;:&#x60; is the value. Repeat the parameter to require several attributes (up to 10): &#x60;?attribute&#x3D;plan:gold&amp;attribute&#x3D;country:DE&#x60;.  (optional)
   * @param createdAfter Only customers created at or after this time. (optional)
   * @param createdBefore Only customers created before this time. (optional)
   * @param updatedAfter Only customers last changed at or after this time. (optional)
   * @param updatedBefore Only customers last changed before this time. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return CustomerPage
   * @throws ApiException if fails to make API call
   */
  public CustomerPage listCustomers(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String email, @javax.annotation.Nullable List<String> attribute, @javax.annotation.Nullable OffsetDateTime createdAfter, @javax.annotation.Nullable OffsetDateTime createdBefore, @javax.annotation.Nullable OffsetDateTime updatedAfter, @javax.annotation.Nullable OffsetDateTime updatedBefore, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<CustomerPage> localVarResponse = listCustomersWithHttpInfo(limit, cursor, email, attribute, createdAfter, createdBefore, updatedAfter, updatedBefore, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * List customers
   * **Scope: &#x60;read&#x60;.**  Lists customers ordered by &#x60;id&#x60;, filtered by every filter given (all must match). An empty filter value counts as no filter. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param email Only the customer(s) with exactly this email address (case-sensitive). (optional)
   * @param attribute &#x60;key:value&#x60;: only customers whose attribute &#x60;key&#x60; (a top-level key of &#x60;attributes&#x60;) has this value, compared as text. Strings compare without quotes (&#x60;plan:gold&#x60;), numbers and booleans as their JSON literal (&#x60;visits:3&#x60;, &#x60;vip:true&#x60;). The key is 1 to 64 letters, digits, &#x60;_&#x60;, &#x60;-&#x60; or &#x60;.&#x60;; everything after the first &#x60;:&#x60; is the value. Repeat the parameter to require several attributes (up to 10): &#x60;?attribute&#x3D;plan:gold&amp;attribute&#x3D;country:DE&#x60;.  (optional)
   * @param createdAfter Only customers created at or after this time. (optional)
   * @param createdBefore Only customers created before this time. (optional)
   * @param updatedAfter Only customers last changed at or after this time. (optional)
   * @param updatedBefore Only customers last changed before this time. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;CustomerPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CustomerPage> listCustomersWithHttpInfo(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String email, @javax.annotation.Nullable List<String> attribute, @javax.annotation.Nullable OffsetDateTime createdAfter, @javax.annotation.Nullable OffsetDateTime createdBefore, @javax.annotation.Nullable OffsetDateTime updatedAfter, @javax.annotation.Nullable OffsetDateTime updatedBefore, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listCustomersWithHttpInfo(limit, cursor, email, attribute, createdAfter, createdBefore, updatedAfter, updatedBefore, xRequestId, null);
  }

  /**
   * List customers
   * **Scope: &#x60;read&#x60;.**  Lists customers ordered by &#x60;id&#x60;, filtered by every filter given (all must match). An empty filter value counts as no filter. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param email Only the customer(s) with exactly this email address (case-sensitive). (optional)
   * @param attribute &#x60;key:value&#x60;: only customers whose attribute &#x60;key&#x60; (a top-level key of &#x60;attributes&#x60;) has this value, compared as text. Strings compare without quotes (&#x60;plan:gold&#x60;), numbers and booleans as their JSON literal (&#x60;visits:3&#x60;, &#x60;vip:true&#x60;). The key is 1 to 64 letters, digits, &#x60;_&#x60;, &#x60;-&#x60; or &#x60;.&#x60;; everything after the first &#x60;:&#x60; is the value. Repeat the parameter to require several attributes (up to 10): &#x60;?attribute&#x3D;plan:gold&amp;attribute&#x3D;country:DE&#x60;.  (optional)
   * @param createdAfter Only customers created at or after this time. (optional)
   * @param createdBefore Only customers created before this time. (optional)
   * @param updatedAfter Only customers last changed at or after this time. (optional)
   * @param updatedBefore Only customers last changed before this time. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;CustomerPage&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<CustomerPage> listCustomersWithHttpInfo(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String email, @javax.annotation.Nullable List<String> attribute, @javax.annotation.Nullable OffsetDateTime createdAfter, @javax.annotation.Nullable OffsetDateTime createdBefore, @javax.annotation.Nullable OffsetDateTime updatedAfter, @javax.annotation.Nullable OffsetDateTime updatedBefore, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = listCustomersRequestBuilder(limit, cursor, email, attribute, createdAfter, createdBefore, updatedAfter, updatedBefore, xRequestId, headers);
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
          throw getApiException("listCustomers", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<CustomerPage>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        CustomerPage responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<CustomerPage>() {});
        

        return new ApiResponse<CustomerPage>(
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

  private HttpRequest.Builder listCustomersRequestBuilder(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String email, @javax.annotation.Nullable List<String> attribute, @javax.annotation.Nullable OffsetDateTime createdAfter, @javax.annotation.Nullable OffsetDateTime createdBefore, @javax.annotation.Nullable OffsetDateTime updatedAfter, @javax.annotation.Nullable OffsetDateTime updatedBefore, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/customers";

    List<Pair> localVarQueryParams = new ArrayList<>();
    StringJoiner localVarQueryStringJoiner = new StringJoiner("&");
    String localVarQueryParameterBaseName;
    localVarQueryParameterBaseName = "limit";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("limit", limit));
    localVarQueryParameterBaseName = "cursor";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("cursor", cursor));
    localVarQueryParameterBaseName = "email";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("email", email));
    localVarQueryParameterBaseName = "attribute";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("multi", "attribute", attribute));
    localVarQueryParameterBaseName = "createdAfter";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("createdAfter", createdAfter));
    localVarQueryParameterBaseName = "createdBefore";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("createdBefore", createdBefore));
    localVarQueryParameterBaseName = "updatedAfter";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("updatedAfter", updatedAfter));
    localVarQueryParameterBaseName = "updatedBefore";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("updatedBefore", updatedBefore));

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
   * Change some fields of a customer (merge)
   * **Scope: &#x60;write&#x60;.**  Changes only what the body names; the customer must exist (create it with &#x60;PUT&#x60;). A profile field set to &#x60;null&#x60; is cleared. &#x60;attributes&#x60; is applied as a JSON merge patch (RFC 7396): keys are set, nested objects are merged, a key set to &#x60;null&#x60; is removed, keys not named are kept. &#x60;consent&#x60; changes only the channels named. The body is validated before the customer is looked up, so an invalid body answers &#x60;400&#x60; even for an unknown id. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerPatch  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Customer
   * @throws ApiException if fails to make API call
   */
  public Customer patchCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerPatch customerPatch, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return patchCustomer(id, id2, customerPatch, xRequestId, null);
  }

  /**
   * Change some fields of a customer (merge)
   * **Scope: &#x60;write&#x60;.**  Changes only what the body names; the customer must exist (create it with &#x60;PUT&#x60;). A profile field set to &#x60;null&#x60; is cleared. &#x60;attributes&#x60; is applied as a JSON merge patch (RFC 7396): keys are set, nested objects are merged, a key set to &#x60;null&#x60; is removed, keys not named are kept. &#x60;consent&#x60; changes only the channels named. The body is validated before the customer is looked up, so an invalid body answers &#x60;400&#x60; even for an unknown id. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerPatch  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Customer
   * @throws ApiException if fails to make API call
   */
  public Customer patchCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerPatch customerPatch, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Customer> localVarResponse = patchCustomerWithHttpInfo(id, id2, customerPatch, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Change some fields of a customer (merge)
   * **Scope: &#x60;write&#x60;.**  Changes only what the body names; the customer must exist (create it with &#x60;PUT&#x60;). A profile field set to &#x60;null&#x60; is cleared. &#x60;attributes&#x60; is applied as a JSON merge patch (RFC 7396): keys are set, nested objects are merged, a key set to &#x60;null&#x60; is removed, keys not named are kept. &#x60;consent&#x60; changes only the channels named. The body is validated before the customer is looked up, so an invalid body answers &#x60;400&#x60; even for an unknown id. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerPatch  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Customer&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Customer> patchCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerPatch customerPatch, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return patchCustomerWithHttpInfo(id, id2, customerPatch, xRequestId, null);
  }

  /**
   * Change some fields of a customer (merge)
   * **Scope: &#x60;write&#x60;.**  Changes only what the body names; the customer must exist (create it with &#x60;PUT&#x60;). A profile field set to &#x60;null&#x60; is cleared. &#x60;attributes&#x60; is applied as a JSON merge patch (RFC 7396): keys are set, nested objects are merged, a key set to &#x60;null&#x60; is removed, keys not named are kept. &#x60;consent&#x60; changes only the channels named. The body is validated before the customer is looked up, so an invalid body answers &#x60;400&#x60; even for an unknown id. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerPatch  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Customer&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Customer> patchCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerPatch customerPatch, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = patchCustomerRequestBuilder(id, id2, customerPatch, xRequestId, headers);
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
          throw getApiException("patchCustomer", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Customer>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Customer responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Customer>() {});
        

        return new ApiResponse<Customer>(
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

  private HttpRequest.Builder patchCustomerRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerPatch customerPatch, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling patchCustomer");
    }
    // verify the required parameter 'id2' is set
    if (id2 == null) {
      throw new ApiException(400, "Missing the required parameter 'id2' when calling patchCustomer");
    }
    // verify the required parameter 'customerPatch' is set
    if (customerPatch == null) {
      throw new ApiException(400, "Missing the required parameter 'customerPatch' when calling patchCustomer");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/customers/{id}"
        .replace("{id}", ApiClient.urlEncode(id.toString()))
        .replace("{id}", ApiClient.urlEncode(id2.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(customerPatch);
      localVarRequestBuilder.method("PATCH", HttpRequest.BodyPublishers.ofByteArray(localVarPostBody));
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
   * Create or replace a customer (idempotent upsert)
   * **Scope: &#x60;write&#x60;.**  Creates the customer with this id (&#x60;201&#x60;), or replaces its profile (&#x60;200&#x60;). The profile fields (&#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60;, &#x60;locale&#x60;) and &#x60;attributes&#x60; are **replaced**: a field left out or &#x60;null&#x60; is cleared, and &#x60;attributes&#x60; becomes exactly the object sent (&#x60;{}&#x60; when left out). **Consent is never cleared by omission**: only the channels named in &#x60;consent&#x60; change, the others keep their state (see &#x60;CustomerReplace&#x60;). Sending the same body again changes nothing but &#x60;updatedAt&#x60;. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerReplace  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Customer
   * @throws ApiException if fails to make API call
   */
  public Customer putCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerReplace customerReplace, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return putCustomer(id, id2, customerReplace, xRequestId, null);
  }

  /**
   * Create or replace a customer (idempotent upsert)
   * **Scope: &#x60;write&#x60;.**  Creates the customer with this id (&#x60;201&#x60;), or replaces its profile (&#x60;200&#x60;). The profile fields (&#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60;, &#x60;locale&#x60;) and &#x60;attributes&#x60; are **replaced**: a field left out or &#x60;null&#x60; is cleared, and &#x60;attributes&#x60; becomes exactly the object sent (&#x60;{}&#x60; when left out). **Consent is never cleared by omission**: only the channels named in &#x60;consent&#x60; change, the others keep their state (see &#x60;CustomerReplace&#x60;). Sending the same body again changes nothing but &#x60;updatedAt&#x60;. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerReplace  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Customer
   * @throws ApiException if fails to make API call
   */
  public Customer putCustomer(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerReplace customerReplace, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Customer> localVarResponse = putCustomerWithHttpInfo(id, id2, customerReplace, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Create or replace a customer (idempotent upsert)
   * **Scope: &#x60;write&#x60;.**  Creates the customer with this id (&#x60;201&#x60;), or replaces its profile (&#x60;200&#x60;). The profile fields (&#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60;, &#x60;locale&#x60;) and &#x60;attributes&#x60; are **replaced**: a field left out or &#x60;null&#x60; is cleared, and &#x60;attributes&#x60; becomes exactly the object sent (&#x60;{}&#x60; when left out). **Consent is never cleared by omission**: only the channels named in &#x60;consent&#x60; change, the others keep their state (see &#x60;CustomerReplace&#x60;). Sending the same body again changes nothing but &#x60;updatedAt&#x60;. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerReplace  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Customer&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Customer> putCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerReplace customerReplace, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return putCustomerWithHttpInfo(id, id2, customerReplace, xRequestId, null);
  }

  /**
   * Create or replace a customer (idempotent upsert)
   * **Scope: &#x60;write&#x60;.**  Creates the customer with this id (&#x60;201&#x60;), or replaces its profile (&#x60;200&#x60;). The profile fields (&#x60;email&#x60;, &#x60;phone&#x60;, &#x60;firstName&#x60;, &#x60;lastName&#x60;, &#x60;timezone&#x60;, &#x60;locale&#x60;) and &#x60;attributes&#x60; are **replaced**: a field left out or &#x60;null&#x60; is cleared, and &#x60;attributes&#x60; becomes exactly the object sent (&#x60;{}&#x60; when left out). **Consent is never cleared by omission**: only the channels named in &#x60;consent&#x60; change, the others keep their state (see &#x60;CustomerReplace&#x60;). Sending the same body again changes nothing but &#x60;updatedAt&#x60;. Body limit: 256 KiB. 
   * @param id Your own id for the customer, 1 to 255 characters and not blank. (required)
   * @param id2 Your own id for the customer. (required)
   * @param customerReplace  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Customer&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Customer> putCustomerWithHttpInfo(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerReplace customerReplace, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = putCustomerRequestBuilder(id, id2, customerReplace, xRequestId, headers);
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
          throw getApiException("putCustomer", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Customer>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Customer responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Customer>() {});
        

        return new ApiResponse<Customer>(
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

  private HttpRequest.Builder putCustomerRequestBuilder(@javax.annotation.Nonnull String id, @javax.annotation.Nonnull String id2, @javax.annotation.Nonnull CustomerReplace customerReplace, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'id' is set
    if (id == null) {
      throw new ApiException(400, "Missing the required parameter 'id' when calling putCustomer");
    }
    // verify the required parameter 'id2' is set
    if (id2 == null) {
      throw new ApiException(400, "Missing the required parameter 'id2' when calling putCustomer");
    }
    // verify the required parameter 'customerReplace' is set
    if (customerReplace == null) {
      throw new ApiException(400, "Missing the required parameter 'customerReplace' when calling putCustomer");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/customers/{id}"
        .replace("{id}", ApiClient.urlEncode(id.toString()))
        .replace("{id}", ApiClient.urlEncode(id2.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(customerReplace);
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
