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

import io.bindung.client.model.AnalyzeStatisticsRequest;
import io.bindung.client.model.AssignExperiment200Response;
import io.bindung.client.model.AssignExperimentRequest;
import io.bindung.client.model.Experiment;
import io.bindung.client.model.ExperimentDefinition;
import io.bindung.client.model.ExperimentResults;
import io.bindung.client.model.ListExperiments200Response;
import java.time.OffsetDateTime;
import io.bindung.client.model.Problem;
import io.bindung.client.model.StatsAnalysis;

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
public class ExperimentsApi {
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

  public ExperimentsApi() {
    this(Configuration.getDefaultApiClient());
  }

  public ExperimentsApi(ApiClient apiClient) {
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
   * Significance calculator
   * **Scope: &#x60;read&#x60;.**  Runs Bindung&#39;s frequentist experiment analysis on sufficient statistics you bring, for data Bindung does not hold. Nothing is stored.  - &#x60;proportion&#x60; arms give &#x60;n&#x60; and &#x60;conversions&#x60;. Each arm is compared with control by the   two-proportion z-test with pooled variance (p-value) and the unpooled Wald interval of   the difference. - &#x60;mean&#x60; arms give &#x60;n&#x60;, &#x60;sum&#x60; and &#x60;sumSquares&#x60; (Σx and Σx²). Each arm is compared with   control by Welch&#39;s t-test with Welch–Satterthwaite degrees of freedom. - &#x60;ratio&#x60; arms (e.g. revenue per order: per unit a numerator x and a denominator y) give &#x60;n&#x60;,   &#x60;sum&#x60;, &#x60;sumSquares&#x60; (Σx, Σx²), &#x60;denominatorSum&#x60;, &#x60;denominatorSumSquares&#x60; (Σy, Σy²) and   &#x60;sumProducts&#x60; (Σxy). The arm&#39;s &#x60;mean&#x60; is the ratio Σx/Σy; its per-unit variance is the   delta method&#39;s, as GrowthBook&#39;s gbstats &#x60;RatioStatistic&#x60;:   σ² &#x3D; sx²/μy² − 2·μx·sxy/μy³ + μx²·sy²/μy⁴ with μ &#x3D; Σ/n and n − 1 sample (co)variances.   The arms are then compared as means (Welch&#39;s t-test, relative lift, Bayesian, sequential).   An arm whose denominator sums to 0 has no ratio: it is reported as 0 with a warning and is not compared (p-value 1, no lifts). - The relative lift (μB − μA)/μA uses the delta method as GrowthBook&#39;s gbstats:   var &#x3D; σB²/(nB·μA²) + σA²·μB²/(nA·μA⁴), interval lift ± t(1−α/2, ν)·√var. - &#x60;omnibus&#x60; tests all arms at once: Pearson&#39;s χ² test of independence (proportions) or   Welch&#39;s ANOVA (means and ratios). &#x60;adjustedPValue&#x60; applies &#x60;correction&#x60; across the comparisons. - With &#x60;weights&#x60; (the configured traffic split, one per arm) the answer checks for a   sample-ratio mismatch: χ² goodness of fit of the arms&#39; &#x60;n&#x60; over the arms with positive   weight; an arm with weight 0 that has units is listed in &#x60;unexpectedArms&#x60;. &#x60;mismatch&#x60; is   true when p &lt; 0.001 or such an arm exists.  Degenerate input (an empty arm, no variance, no or all conversions, a single arm, a control mean of 0) gets defined values — &#x60;null&#x60; for what cannot be computed, p-value 1 for a test that cannot be run — and &#x60;explanations&#x60; saying why; never NaN. 
   * @param analyzeStatisticsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return StatsAnalysis
   * @throws ApiException if fails to make API call
   */
  public StatsAnalysis analyzeStatistics(@javax.annotation.Nonnull AnalyzeStatisticsRequest analyzeStatisticsRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return analyzeStatistics(analyzeStatisticsRequest, xRequestId, null);
  }

  /**
   * Significance calculator
   * **Scope: &#x60;read&#x60;.**  Runs Bindung&#39;s frequentist experiment analysis on sufficient statistics you bring, for data Bindung does not hold. Nothing is stored.  - &#x60;proportion&#x60; arms give &#x60;n&#x60; and &#x60;conversions&#x60;. Each arm is compared with control by the   two-proportion z-test with pooled variance (p-value) and the unpooled Wald interval of   the difference. - &#x60;mean&#x60; arms give &#x60;n&#x60;, &#x60;sum&#x60; and &#x60;sumSquares&#x60; (Σx and Σx²). Each arm is compared with   control by Welch&#39;s t-test with Welch–Satterthwaite degrees of freedom. - &#x60;ratio&#x60; arms (e.g. revenue per order: per unit a numerator x and a denominator y) give &#x60;n&#x60;,   &#x60;sum&#x60;, &#x60;sumSquares&#x60; (Σx, Σx²), &#x60;denominatorSum&#x60;, &#x60;denominatorSumSquares&#x60; (Σy, Σy²) and   &#x60;sumProducts&#x60; (Σxy). The arm&#39;s &#x60;mean&#x60; is the ratio Σx/Σy; its per-unit variance is the   delta method&#39;s, as GrowthBook&#39;s gbstats &#x60;RatioStatistic&#x60;:   σ² &#x3D; sx²/μy² − 2·μx·sxy/μy³ + μx²·sy²/μy⁴ with μ &#x3D; Σ/n and n − 1 sample (co)variances.   The arms are then compared as means (Welch&#39;s t-test, relative lift, Bayesian, sequential).   An arm whose denominator sums to 0 has no ratio: it is reported as 0 with a warning and is not compared (p-value 1, no lifts). - The relative lift (μB − μA)/μA uses the delta method as GrowthBook&#39;s gbstats:   var &#x3D; σB²/(nB·μA²) + σA²·μB²/(nA·μA⁴), interval lift ± t(1−α/2, ν)·√var. - &#x60;omnibus&#x60; tests all arms at once: Pearson&#39;s χ² test of independence (proportions) or   Welch&#39;s ANOVA (means and ratios). &#x60;adjustedPValue&#x60; applies &#x60;correction&#x60; across the comparisons. - With &#x60;weights&#x60; (the configured traffic split, one per arm) the answer checks for a   sample-ratio mismatch: χ² goodness of fit of the arms&#39; &#x60;n&#x60; over the arms with positive   weight; an arm with weight 0 that has units is listed in &#x60;unexpectedArms&#x60;. &#x60;mismatch&#x60; is   true when p &lt; 0.001 or such an arm exists.  Degenerate input (an empty arm, no variance, no or all conversions, a single arm, a control mean of 0) gets defined values — &#x60;null&#x60; for what cannot be computed, p-value 1 for a test that cannot be run — and &#x60;explanations&#x60; saying why; never NaN. 
   * @param analyzeStatisticsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return StatsAnalysis
   * @throws ApiException if fails to make API call
   */
  public StatsAnalysis analyzeStatistics(@javax.annotation.Nonnull AnalyzeStatisticsRequest analyzeStatisticsRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<StatsAnalysis> localVarResponse = analyzeStatisticsWithHttpInfo(analyzeStatisticsRequest, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Significance calculator
   * **Scope: &#x60;read&#x60;.**  Runs Bindung&#39;s frequentist experiment analysis on sufficient statistics you bring, for data Bindung does not hold. Nothing is stored.  - &#x60;proportion&#x60; arms give &#x60;n&#x60; and &#x60;conversions&#x60;. Each arm is compared with control by the   two-proportion z-test with pooled variance (p-value) and the unpooled Wald interval of   the difference. - &#x60;mean&#x60; arms give &#x60;n&#x60;, &#x60;sum&#x60; and &#x60;sumSquares&#x60; (Σx and Σx²). Each arm is compared with   control by Welch&#39;s t-test with Welch–Satterthwaite degrees of freedom. - &#x60;ratio&#x60; arms (e.g. revenue per order: per unit a numerator x and a denominator y) give &#x60;n&#x60;,   &#x60;sum&#x60;, &#x60;sumSquares&#x60; (Σx, Σx²), &#x60;denominatorSum&#x60;, &#x60;denominatorSumSquares&#x60; (Σy, Σy²) and   &#x60;sumProducts&#x60; (Σxy). The arm&#39;s &#x60;mean&#x60; is the ratio Σx/Σy; its per-unit variance is the   delta method&#39;s, as GrowthBook&#39;s gbstats &#x60;RatioStatistic&#x60;:   σ² &#x3D; sx²/μy² − 2·μx·sxy/μy³ + μx²·sy²/μy⁴ with μ &#x3D; Σ/n and n − 1 sample (co)variances.   The arms are then compared as means (Welch&#39;s t-test, relative lift, Bayesian, sequential).   An arm whose denominator sums to 0 has no ratio: it is reported as 0 with a warning and is not compared (p-value 1, no lifts). - The relative lift (μB − μA)/μA uses the delta method as GrowthBook&#39;s gbstats:   var &#x3D; σB²/(nB·μA²) + σA²·μB²/(nA·μA⁴), interval lift ± t(1−α/2, ν)·√var. - &#x60;omnibus&#x60; tests all arms at once: Pearson&#39;s χ² test of independence (proportions) or   Welch&#39;s ANOVA (means and ratios). &#x60;adjustedPValue&#x60; applies &#x60;correction&#x60; across the comparisons. - With &#x60;weights&#x60; (the configured traffic split, one per arm) the answer checks for a   sample-ratio mismatch: χ² goodness of fit of the arms&#39; &#x60;n&#x60; over the arms with positive   weight; an arm with weight 0 that has units is listed in &#x60;unexpectedArms&#x60;. &#x60;mismatch&#x60; is   true when p &lt; 0.001 or such an arm exists.  Degenerate input (an empty arm, no variance, no or all conversions, a single arm, a control mean of 0) gets defined values — &#x60;null&#x60; for what cannot be computed, p-value 1 for a test that cannot be run — and &#x60;explanations&#x60; saying why; never NaN. 
   * @param analyzeStatisticsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;StatsAnalysis&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<StatsAnalysis> analyzeStatisticsWithHttpInfo(@javax.annotation.Nonnull AnalyzeStatisticsRequest analyzeStatisticsRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return analyzeStatisticsWithHttpInfo(analyzeStatisticsRequest, xRequestId, null);
  }

  /**
   * Significance calculator
   * **Scope: &#x60;read&#x60;.**  Runs Bindung&#39;s frequentist experiment analysis on sufficient statistics you bring, for data Bindung does not hold. Nothing is stored.  - &#x60;proportion&#x60; arms give &#x60;n&#x60; and &#x60;conversions&#x60;. Each arm is compared with control by the   two-proportion z-test with pooled variance (p-value) and the unpooled Wald interval of   the difference. - &#x60;mean&#x60; arms give &#x60;n&#x60;, &#x60;sum&#x60; and &#x60;sumSquares&#x60; (Σx and Σx²). Each arm is compared with   control by Welch&#39;s t-test with Welch–Satterthwaite degrees of freedom. - &#x60;ratio&#x60; arms (e.g. revenue per order: per unit a numerator x and a denominator y) give &#x60;n&#x60;,   &#x60;sum&#x60;, &#x60;sumSquares&#x60; (Σx, Σx²), &#x60;denominatorSum&#x60;, &#x60;denominatorSumSquares&#x60; (Σy, Σy²) and   &#x60;sumProducts&#x60; (Σxy). The arm&#39;s &#x60;mean&#x60; is the ratio Σx/Σy; its per-unit variance is the   delta method&#39;s, as GrowthBook&#39;s gbstats &#x60;RatioStatistic&#x60;:   σ² &#x3D; sx²/μy² − 2·μx·sxy/μy³ + μx²·sy²/μy⁴ with μ &#x3D; Σ/n and n − 1 sample (co)variances.   The arms are then compared as means (Welch&#39;s t-test, relative lift, Bayesian, sequential).   An arm whose denominator sums to 0 has no ratio: it is reported as 0 with a warning and is not compared (p-value 1, no lifts). - The relative lift (μB − μA)/μA uses the delta method as GrowthBook&#39;s gbstats:   var &#x3D; σB²/(nB·μA²) + σA²·μB²/(nA·μA⁴), interval lift ± t(1−α/2, ν)·√var. - &#x60;omnibus&#x60; tests all arms at once: Pearson&#39;s χ² test of independence (proportions) or   Welch&#39;s ANOVA (means and ratios). &#x60;adjustedPValue&#x60; applies &#x60;correction&#x60; across the comparisons. - With &#x60;weights&#x60; (the configured traffic split, one per arm) the answer checks for a   sample-ratio mismatch: χ² goodness of fit of the arms&#39; &#x60;n&#x60; over the arms with positive   weight; an arm with weight 0 that has units is listed in &#x60;unexpectedArms&#x60;. &#x60;mismatch&#x60; is   true when p &lt; 0.001 or such an arm exists.  Degenerate input (an empty arm, no variance, no or all conversions, a single arm, a control mean of 0) gets defined values — &#x60;null&#x60; for what cannot be computed, p-value 1 for a test that cannot be run — and &#x60;explanations&#x60; saying why; never NaN. 
   * @param analyzeStatisticsRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;StatsAnalysis&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<StatsAnalysis> analyzeStatisticsWithHttpInfo(@javax.annotation.Nonnull AnalyzeStatisticsRequest analyzeStatisticsRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = analyzeStatisticsRequestBuilder(analyzeStatisticsRequest, xRequestId, headers);
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
          throw getApiException("analyzeStatistics", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<StatsAnalysis>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        StatsAnalysis responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<StatsAnalysis>() {});
        

        return new ApiResponse<StatsAnalysis>(
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

  private HttpRequest.Builder analyzeStatisticsRequestBuilder(@javax.annotation.Nonnull AnalyzeStatisticsRequest analyzeStatisticsRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'analyzeStatisticsRequest' is set
    if (analyzeStatisticsRequest == null) {
      throw new ApiException(400, "Missing the required parameter 'analyzeStatisticsRequest' when calling analyzeStatistics");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/stats/analyze";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(analyzeStatisticsRequest);
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
   * Assign customers to arms and record their exposure
   * **Scope: &#x60;write&#x60;.**  Stateless and deterministic (see \&quot;Assignment\&quot; in the README for the hash and its test vectors): a customer outside the &#x60;namespace&#x60; range or the target segment, or beyond &#x60;trafficPercent&#x60;, gets &#x60;variant: null&#x60;; everyone else an arm by weight. Each assigned customer&#39;s first exposure in the phase is recorded as an &#x60;Experiment Viewed&#x60; event (&#x60;experimentId&#x60;, &#x60;variationId&#x60;, &#x60;phase&#x60;); later assignments record nothing new. Up to 1,000 customers per call; only a running experiment assigns (&#x60;409&#x60; otherwise). Each node reads the experiment at most once a second for assignment, so a change made through another node applies here within a second. 
   * @param key The experiment&#39;s key. (required)
   * @param assignExperimentRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return AssignExperiment200Response
   * @throws ApiException if fails to make API call
   */
  public AssignExperiment200Response assignExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull AssignExperimentRequest assignExperimentRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return assignExperiment(key, assignExperimentRequest, xRequestId, null);
  }

  /**
   * Assign customers to arms and record their exposure
   * **Scope: &#x60;write&#x60;.**  Stateless and deterministic (see \&quot;Assignment\&quot; in the README for the hash and its test vectors): a customer outside the &#x60;namespace&#x60; range or the target segment, or beyond &#x60;trafficPercent&#x60;, gets &#x60;variant: null&#x60;; everyone else an arm by weight. Each assigned customer&#39;s first exposure in the phase is recorded as an &#x60;Experiment Viewed&#x60; event (&#x60;experimentId&#x60;, &#x60;variationId&#x60;, &#x60;phase&#x60;); later assignments record nothing new. Up to 1,000 customers per call; only a running experiment assigns (&#x60;409&#x60; otherwise). Each node reads the experiment at most once a second for assignment, so a change made through another node applies here within a second. 
   * @param key The experiment&#39;s key. (required)
   * @param assignExperimentRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return AssignExperiment200Response
   * @throws ApiException if fails to make API call
   */
  public AssignExperiment200Response assignExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull AssignExperimentRequest assignExperimentRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<AssignExperiment200Response> localVarResponse = assignExperimentWithHttpInfo(key, assignExperimentRequest, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Assign customers to arms and record their exposure
   * **Scope: &#x60;write&#x60;.**  Stateless and deterministic (see \&quot;Assignment\&quot; in the README for the hash and its test vectors): a customer outside the &#x60;namespace&#x60; range or the target segment, or beyond &#x60;trafficPercent&#x60;, gets &#x60;variant: null&#x60;; everyone else an arm by weight. Each assigned customer&#39;s first exposure in the phase is recorded as an &#x60;Experiment Viewed&#x60; event (&#x60;experimentId&#x60;, &#x60;variationId&#x60;, &#x60;phase&#x60;); later assignments record nothing new. Up to 1,000 customers per call; only a running experiment assigns (&#x60;409&#x60; otherwise). Each node reads the experiment at most once a second for assignment, so a change made through another node applies here within a second. 
   * @param key The experiment&#39;s key. (required)
   * @param assignExperimentRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;AssignExperiment200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<AssignExperiment200Response> assignExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull AssignExperimentRequest assignExperimentRequest, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return assignExperimentWithHttpInfo(key, assignExperimentRequest, xRequestId, null);
  }

  /**
   * Assign customers to arms and record their exposure
   * **Scope: &#x60;write&#x60;.**  Stateless and deterministic (see \&quot;Assignment\&quot; in the README for the hash and its test vectors): a customer outside the &#x60;namespace&#x60; range or the target segment, or beyond &#x60;trafficPercent&#x60;, gets &#x60;variant: null&#x60;; everyone else an arm by weight. Each assigned customer&#39;s first exposure in the phase is recorded as an &#x60;Experiment Viewed&#x60; event (&#x60;experimentId&#x60;, &#x60;variationId&#x60;, &#x60;phase&#x60;); later assignments record nothing new. Up to 1,000 customers per call; only a running experiment assigns (&#x60;409&#x60; otherwise). Each node reads the experiment at most once a second for assignment, so a change made through another node applies here within a second. 
   * @param key The experiment&#39;s key. (required)
   * @param assignExperimentRequest  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;AssignExperiment200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<AssignExperiment200Response> assignExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull AssignExperimentRequest assignExperimentRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = assignExperimentRequestBuilder(key, assignExperimentRequest, xRequestId, headers);
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
          throw getApiException("assignExperiment", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<AssignExperiment200Response>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        AssignExperiment200Response responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<AssignExperiment200Response>() {});
        

        return new ApiResponse<AssignExperiment200Response>(
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

  private HttpRequest.Builder assignExperimentRequestBuilder(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull AssignExperimentRequest assignExperimentRequest, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'key' is set
    if (key == null) {
      throw new ApiException(400, "Missing the required parameter 'key' when calling assignExperiment");
    }
    // verify the required parameter 'assignExperimentRequest' is set
    if (assignExperimentRequest == null) {
      throw new ApiException(400, "Missing the required parameter 'assignExperimentRequest' when calling assignExperiment");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments/{key}/assignments"
        .replace("{key}", ApiClient.urlEncode(key.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(assignExperimentRequest);
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
   * Create an experiment (as a draft)
   * **Scope: &#x60;write&#x60;.** Every invalid field is named by its JSON path; the key must be new (&#x60;409&#x60;). 
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment createExperiment(@javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return createExperiment(experimentDefinition, xRequestId, null);
  }

  /**
   * Create an experiment (as a draft)
   * **Scope: &#x60;write&#x60;.** Every invalid field is named by its JSON path; the key must be new (&#x60;409&#x60;). 
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment createExperiment(@javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Experiment> localVarResponse = createExperimentWithHttpInfo(experimentDefinition, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Create an experiment (as a draft)
   * **Scope: &#x60;write&#x60;.** Every invalid field is named by its JSON path; the key must be new (&#x60;409&#x60;). 
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> createExperimentWithHttpInfo(@javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return createExperimentWithHttpInfo(experimentDefinition, xRequestId, null);
  }

  /**
   * Create an experiment (as a draft)
   * **Scope: &#x60;write&#x60;.** Every invalid field is named by its JSON path; the key must be new (&#x60;409&#x60;). 
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> createExperimentWithHttpInfo(@javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = createExperimentRequestBuilder(experimentDefinition, xRequestId, headers);
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
          throw getApiException("createExperiment", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Experiment>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Experiment responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Experiment>() {});
        

        return new ApiResponse<Experiment>(
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

  private HttpRequest.Builder createExperimentRequestBuilder(@javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'experimentDefinition' is set
    if (experimentDefinition == null) {
      throw new ApiException(400, "Missing the required parameter 'experimentDefinition' when calling createExperiment");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments";

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(experimentDefinition);
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
   * Read an experiment
   * **Scope: &#x60;read&#x60;.** 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment getExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getExperiment(key, xRequestId, null);
  }

  /**
   * Read an experiment
   * **Scope: &#x60;read&#x60;.** 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment getExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Experiment> localVarResponse = getExperimentWithHttpInfo(key, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Read an experiment
   * **Scope: &#x60;read&#x60;.** 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> getExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getExperimentWithHttpInfo(key, xRequestId, null);
  }

  /**
   * Read an experiment
   * **Scope: &#x60;read&#x60;.** 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> getExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getExperimentRequestBuilder(key, xRequestId, headers);
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
          throw getApiException("getExperiment", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Experiment>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Experiment responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Experiment>() {});
        

        return new ApiResponse<Experiment>(
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

  private HttpRequest.Builder getExperimentRequestBuilder(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'key' is set
    if (key == null) {
      throw new ApiException(400, "Missing the required parameter 'key' when calling getExperiment");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments/{key}"
        .replace("{key}", ApiClient.urlEncode(key.toString()));

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
   * An experiment&#39;s results
   * **Scope: &#x60;read&#x60;.**  Exposures are each customer&#39;s first &#x60;Experiment Viewed&#x60; event of the experiment since the current phase started: assigned by this server or sent by your own frontend (&#x60;experimentId&#x60;, &#x60;variationId&#x60;). &#x60;sampleRatioMismatch&#x60; tests exposures against the weights (alarm at p &lt; 0.001). Every metric is analysed from SQL aggregates in the same shape as &#x60;POST /v1/stats/analyze&#x60;, with Holm-adjusted comparisons against control; a ratio metric (e.g. revenue per order) is Σnumerator/Σdenominator per arm with the delta-method variance, as GrowthBook&#39;s gbstats (&#x60;metric&#x60; &#x60;ratio&#x60;). &#x60;verdict&#x60; reads the primary metric: &#x60;sample ratio mismatch — do not trust&#x60;, &#x60;&lt;arm&gt; wins&#x60;, &#x60;control wins&#x60;, &#x60;needs about N more exposures per arm&#x60; (with a &#x60;minimumDetectableEffect&#x60;), or &#x60;inconclusive&#x60;. &#x60;asOf&#x60; gives the state at a past time. With &#x60;\&quot;cuped\&quot;: true&#x60; every conversion, count and sum metric is adjusted by its pre-exposure value (&#x60;metrics[].cuped&#x60;); &#x60;power&#x60; projects the days still needed; a multivariate experiment adds &#x60;metrics[].factorial&#x60; (main effects and interactions). On SQLite, live results (without &#x60;asOf&#x60;) are kept up to date incrementally: a look costs what changed since the last one; the first look after a start is computed in full. &#x60;409&#x60; before the experiment started. 
   * @param key The experiment&#39;s key. (required)
   * @param asOf The time to compute the results for (ISO 8601 with offset); default now, or when it stopped. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ExperimentResults
   * @throws ApiException if fails to make API call
   */
  public ExperimentResults getExperimentResults(@javax.annotation.Nonnull String key, @javax.annotation.Nullable OffsetDateTime asOf, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getExperimentResults(key, asOf, xRequestId, null);
  }

  /**
   * An experiment&#39;s results
   * **Scope: &#x60;read&#x60;.**  Exposures are each customer&#39;s first &#x60;Experiment Viewed&#x60; event of the experiment since the current phase started: assigned by this server or sent by your own frontend (&#x60;experimentId&#x60;, &#x60;variationId&#x60;). &#x60;sampleRatioMismatch&#x60; tests exposures against the weights (alarm at p &lt; 0.001). Every metric is analysed from SQL aggregates in the same shape as &#x60;POST /v1/stats/analyze&#x60;, with Holm-adjusted comparisons against control; a ratio metric (e.g. revenue per order) is Σnumerator/Σdenominator per arm with the delta-method variance, as GrowthBook&#39;s gbstats (&#x60;metric&#x60; &#x60;ratio&#x60;). &#x60;verdict&#x60; reads the primary metric: &#x60;sample ratio mismatch — do not trust&#x60;, &#x60;&lt;arm&gt; wins&#x60;, &#x60;control wins&#x60;, &#x60;needs about N more exposures per arm&#x60; (with a &#x60;minimumDetectableEffect&#x60;), or &#x60;inconclusive&#x60;. &#x60;asOf&#x60; gives the state at a past time. With &#x60;\&quot;cuped\&quot;: true&#x60; every conversion, count and sum metric is adjusted by its pre-exposure value (&#x60;metrics[].cuped&#x60;); &#x60;power&#x60; projects the days still needed; a multivariate experiment adds &#x60;metrics[].factorial&#x60; (main effects and interactions). On SQLite, live results (without &#x60;asOf&#x60;) are kept up to date incrementally: a look costs what changed since the last one; the first look after a start is computed in full. &#x60;409&#x60; before the experiment started. 
   * @param key The experiment&#39;s key. (required)
   * @param asOf The time to compute the results for (ISO 8601 with offset); default now, or when it stopped. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ExperimentResults
   * @throws ApiException if fails to make API call
   */
  public ExperimentResults getExperimentResults(@javax.annotation.Nonnull String key, @javax.annotation.Nullable OffsetDateTime asOf, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<ExperimentResults> localVarResponse = getExperimentResultsWithHttpInfo(key, asOf, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * An experiment&#39;s results
   * **Scope: &#x60;read&#x60;.**  Exposures are each customer&#39;s first &#x60;Experiment Viewed&#x60; event of the experiment since the current phase started: assigned by this server or sent by your own frontend (&#x60;experimentId&#x60;, &#x60;variationId&#x60;). &#x60;sampleRatioMismatch&#x60; tests exposures against the weights (alarm at p &lt; 0.001). Every metric is analysed from SQL aggregates in the same shape as &#x60;POST /v1/stats/analyze&#x60;, with Holm-adjusted comparisons against control; a ratio metric (e.g. revenue per order) is Σnumerator/Σdenominator per arm with the delta-method variance, as GrowthBook&#39;s gbstats (&#x60;metric&#x60; &#x60;ratio&#x60;). &#x60;verdict&#x60; reads the primary metric: &#x60;sample ratio mismatch — do not trust&#x60;, &#x60;&lt;arm&gt; wins&#x60;, &#x60;control wins&#x60;, &#x60;needs about N more exposures per arm&#x60; (with a &#x60;minimumDetectableEffect&#x60;), or &#x60;inconclusive&#x60;. &#x60;asOf&#x60; gives the state at a past time. With &#x60;\&quot;cuped\&quot;: true&#x60; every conversion, count and sum metric is adjusted by its pre-exposure value (&#x60;metrics[].cuped&#x60;); &#x60;power&#x60; projects the days still needed; a multivariate experiment adds &#x60;metrics[].factorial&#x60; (main effects and interactions). On SQLite, live results (without &#x60;asOf&#x60;) are kept up to date incrementally: a look costs what changed since the last one; the first look after a start is computed in full. &#x60;409&#x60; before the experiment started. 
   * @param key The experiment&#39;s key. (required)
   * @param asOf The time to compute the results for (ISO 8601 with offset); default now, or when it stopped. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;ExperimentResults&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ExperimentResults> getExperimentResultsWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable OffsetDateTime asOf, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return getExperimentResultsWithHttpInfo(key, asOf, xRequestId, null);
  }

  /**
   * An experiment&#39;s results
   * **Scope: &#x60;read&#x60;.**  Exposures are each customer&#39;s first &#x60;Experiment Viewed&#x60; event of the experiment since the current phase started: assigned by this server or sent by your own frontend (&#x60;experimentId&#x60;, &#x60;variationId&#x60;). &#x60;sampleRatioMismatch&#x60; tests exposures against the weights (alarm at p &lt; 0.001). Every metric is analysed from SQL aggregates in the same shape as &#x60;POST /v1/stats/analyze&#x60;, with Holm-adjusted comparisons against control; a ratio metric (e.g. revenue per order) is Σnumerator/Σdenominator per arm with the delta-method variance, as GrowthBook&#39;s gbstats (&#x60;metric&#x60; &#x60;ratio&#x60;). &#x60;verdict&#x60; reads the primary metric: &#x60;sample ratio mismatch — do not trust&#x60;, &#x60;&lt;arm&gt; wins&#x60;, &#x60;control wins&#x60;, &#x60;needs about N more exposures per arm&#x60; (with a &#x60;minimumDetectableEffect&#x60;), or &#x60;inconclusive&#x60;. &#x60;asOf&#x60; gives the state at a past time. With &#x60;\&quot;cuped\&quot;: true&#x60; every conversion, count and sum metric is adjusted by its pre-exposure value (&#x60;metrics[].cuped&#x60;); &#x60;power&#x60; projects the days still needed; a multivariate experiment adds &#x60;metrics[].factorial&#x60; (main effects and interactions). On SQLite, live results (without &#x60;asOf&#x60;) are kept up to date incrementally: a look costs what changed since the last one; the first look after a start is computed in full. &#x60;409&#x60; before the experiment started. 
   * @param key The experiment&#39;s key. (required)
   * @param asOf The time to compute the results for (ISO 8601 with offset); default now, or when it stopped. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;ExperimentResults&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ExperimentResults> getExperimentResultsWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable OffsetDateTime asOf, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = getExperimentResultsRequestBuilder(key, asOf, xRequestId, headers);
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
          throw getApiException("getExperimentResults", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<ExperimentResults>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        ExperimentResults responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<ExperimentResults>() {});
        

        return new ApiResponse<ExperimentResults>(
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

  private HttpRequest.Builder getExperimentResultsRequestBuilder(@javax.annotation.Nonnull String key, @javax.annotation.Nullable OffsetDateTime asOf, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'key' is set
    if (key == null) {
      throw new ApiException(400, "Missing the required parameter 'key' when calling getExperimentResults");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments/{key}/results"
        .replace("{key}", ApiClient.urlEncode(key.toString()));

    List<Pair> localVarQueryParams = new ArrayList<>();
    StringJoiner localVarQueryStringJoiner = new StringJoiner("&");
    String localVarQueryParameterBaseName;
    localVarQueryParameterBaseName = "asOf";
    localVarQueryParams.addAll(ApiClient.parameterToPairs("asOf", asOf));

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
   * List experiments
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;key&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ListExperiments200Response
   * @throws ApiException if fails to make API call
   */
  public ListExperiments200Response listExperiments(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listExperiments(limit, cursor, xRequestId, null);
  }

  /**
   * List experiments
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;key&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ListExperiments200Response
   * @throws ApiException if fails to make API call
   */
  public ListExperiments200Response listExperiments(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<ListExperiments200Response> localVarResponse = listExperimentsWithHttpInfo(limit, cursor, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * List experiments
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;key&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;ListExperiments200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ListExperiments200Response> listExperimentsWithHttpInfo(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return listExperimentsWithHttpInfo(limit, cursor, xRequestId, null);
  }

  /**
   * List experiments
   * **Scope: &#x60;read&#x60;.** Ordered by &#x60;key&#x60;. 
   * @param limit How many items to answer, 1 to 1000. (optional, default to 50)
   * @param cursor The &#x60;nextCursor&#x60; of the previous page, unchanged. Leave it out for the first page. (optional)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;ListExperiments200Response&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<ListExperiments200Response> listExperimentsWithHttpInfo(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = listExperimentsRequestBuilder(limit, cursor, xRequestId, headers);
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
          throw getApiException("listExperiments", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<ListExperiments200Response>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        ListExperiments200Response responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<ListExperiments200Response>() {});
        

        return new ApiResponse<ListExperiments200Response>(
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

  private HttpRequest.Builder listExperimentsRequestBuilder(@javax.annotation.Nullable Integer limit, @javax.annotation.Nullable String cursor, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments";

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
   * Edit an experiment
   * **Scope: &#x60;write&#x60;.**  A draft may change freely. A running experiment may change everything but its arms and their weights (that would bias its results; start a new phase instead): raising &#x60;trafficPercent&#x60; only adds customers, it never moves one to another arm. A stopped experiment cannot change (&#x60;409&#x60;). The body&#39;s &#x60;key&#x60;, if given, must be the path&#39;s. 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment replaceExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return replaceExperiment(key, experimentDefinition, xRequestId, null);
  }

  /**
   * Edit an experiment
   * **Scope: &#x60;write&#x60;.**  A draft may change freely. A running experiment may change everything but its arms and their weights (that would bias its results; start a new phase instead): raising &#x60;trafficPercent&#x60; only adds customers, it never moves one to another arm. A stopped experiment cannot change (&#x60;409&#x60;). The body&#39;s &#x60;key&#x60;, if given, must be the path&#39;s. 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment replaceExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Experiment> localVarResponse = replaceExperimentWithHttpInfo(key, experimentDefinition, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Edit an experiment
   * **Scope: &#x60;write&#x60;.**  A draft may change freely. A running experiment may change everything but its arms and their weights (that would bias its results; start a new phase instead): raising &#x60;trafficPercent&#x60; only adds customers, it never moves one to another arm. A stopped experiment cannot change (&#x60;409&#x60;). The body&#39;s &#x60;key&#x60;, if given, must be the path&#39;s. 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> replaceExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return replaceExperimentWithHttpInfo(key, experimentDefinition, xRequestId, null);
  }

  /**
   * Edit an experiment
   * **Scope: &#x60;write&#x60;.**  A draft may change freely. A running experiment may change everything but its arms and their weights (that would bias its results; start a new phase instead): raising &#x60;trafficPercent&#x60; only adds customers, it never moves one to another arm. A stopped experiment cannot change (&#x60;409&#x60;). The body&#39;s &#x60;key&#x60;, if given, must be the path&#39;s. 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> replaceExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = replaceExperimentRequestBuilder(key, experimentDefinition, xRequestId, headers);
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
          throw getApiException("replaceExperiment", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Experiment>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Experiment responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Experiment>() {});
        

        return new ApiResponse<Experiment>(
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

  private HttpRequest.Builder replaceExperimentRequestBuilder(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'key' is set
    if (key == null) {
      throw new ApiException(400, "Missing the required parameter 'key' when calling replaceExperiment");
    }
    // verify the required parameter 'experimentDefinition' is set
    if (experimentDefinition == null) {
      throw new ApiException(400, "Missing the required parameter 'experimentDefinition' when calling replaceExperiment");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments/{key}"
        .replace("{key}", ApiClient.urlEncode(key.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(experimentDefinition);
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
   * Start a draft experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is a draft. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment startExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return startExperiment(key, xRequestId, null);
  }

  /**
   * Start a draft experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is a draft. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment startExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Experiment> localVarResponse = startExperimentWithHttpInfo(key, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Start a draft experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is a draft. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> startExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return startExperimentWithHttpInfo(key, xRequestId, null);
  }

  /**
   * Start a draft experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is a draft. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> startExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = startExperimentRequestBuilder(key, xRequestId, headers);
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
          throw getApiException("startExperiment", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Experiment>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Experiment responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Experiment>() {});
        

        return new ApiResponse<Experiment>(
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

  private HttpRequest.Builder startExperimentRequestBuilder(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'key' is set
    if (key == null) {
      throw new ApiException(400, "Missing the required parameter 'key' when calling startExperiment");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments/{key}/start"
        .replace("{key}", ApiClient.urlEncode(key.toString()));

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
   * Start a new phase of a running experiment
   * **Scope: &#x60;write&#x60;.** Replaces the definition (new arms or weights allowed), increments &#x60;phase&#x60; and re-salts assignment (salt &#x60;&lt;key&gt;:&lt;phase&gt;&#x60;), so nobody carries an arm over from the previous phase. Only for a running experiment (&#x60;409&#x60; otherwise). 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment startExperimentPhase(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return startExperimentPhase(key, experimentDefinition, xRequestId, null);
  }

  /**
   * Start a new phase of a running experiment
   * **Scope: &#x60;write&#x60;.** Replaces the definition (new arms or weights allowed), increments &#x60;phase&#x60; and re-salts assignment (salt &#x60;&lt;key&gt;:&lt;phase&gt;&#x60;), so nobody carries an arm over from the previous phase. Only for a running experiment (&#x60;409&#x60; otherwise). 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment startExperimentPhase(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Experiment> localVarResponse = startExperimentPhaseWithHttpInfo(key, experimentDefinition, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Start a new phase of a running experiment
   * **Scope: &#x60;write&#x60;.** Replaces the definition (new arms or weights allowed), increments &#x60;phase&#x60; and re-salts assignment (salt &#x60;&lt;key&gt;:&lt;phase&gt;&#x60;), so nobody carries an arm over from the previous phase. Only for a running experiment (&#x60;409&#x60; otherwise). 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> startExperimentPhaseWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return startExperimentPhaseWithHttpInfo(key, experimentDefinition, xRequestId, null);
  }

  /**
   * Start a new phase of a running experiment
   * **Scope: &#x60;write&#x60;.** Replaces the definition (new arms or weights allowed), increments &#x60;phase&#x60; and re-salts assignment (salt &#x60;&lt;key&gt;:&lt;phase&gt;&#x60;), so nobody carries an arm over from the previous phase. Only for a running experiment (&#x60;409&#x60; otherwise). 
   * @param key The experiment&#39;s key. (required)
   * @param experimentDefinition  (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> startExperimentPhaseWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = startExperimentPhaseRequestBuilder(key, experimentDefinition, xRequestId, headers);
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
          throw getApiException("startExperimentPhase", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Experiment>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Experiment responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Experiment>() {});
        

        return new ApiResponse<Experiment>(
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

  private HttpRequest.Builder startExperimentPhaseRequestBuilder(@javax.annotation.Nonnull String key, @javax.annotation.Nonnull ExperimentDefinition experimentDefinition, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'key' is set
    if (key == null) {
      throw new ApiException(400, "Missing the required parameter 'key' when calling startExperimentPhase");
    }
    // verify the required parameter 'experimentDefinition' is set
    if (experimentDefinition == null) {
      throw new ApiException(400, "Missing the required parameter 'experimentDefinition' when calling startExperimentPhase");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments/{key}/phases"
        .replace("{key}", ApiClient.urlEncode(key.toString()));

    localVarRequestBuilder.uri(URI.create(memberVarBaseUri + localVarPath));

    if (xRequestId != null) {
      localVarRequestBuilder.header("X-Request-Id", xRequestId.toString());
    }
    localVarRequestBuilder.header("Content-Type", "application/json");
    localVarRequestBuilder.header("Accept", "application/json, application/problem+json");

    try {
      byte[] localVarPostBody = memberVarObjectMapper.writeValueAsBytes(experimentDefinition);
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
   * Stop a running experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is running. A stopped experiment assigns no one. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment stopExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return stopExperiment(key, xRequestId, null);
  }

  /**
   * Stop a running experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is running. A stopped experiment assigns no one. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return Experiment
   * @throws ApiException if fails to make API call
   */
  public Experiment stopExperiment(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    ApiResponse<Experiment> localVarResponse = stopExperimentWithHttpInfo(key, xRequestId, headers);
    return localVarResponse.getData();
  }

  /**
   * Stop a running experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is running. A stopped experiment assigns no one. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> stopExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId) throws ApiException {
    return stopExperimentWithHttpInfo(key, xRequestId, null);
  }

  /**
   * Stop a running experiment
   * **Scope: &#x60;write&#x60;.** &#x60;409&#x60; unless it is running. A stopped experiment assigns no one. 
   * @param key The experiment&#39;s key. (required)
   * @param xRequestId Optional id for this request, echoed in the answer&#39;s &#x60;X-Request-Id&#x60; and written to the server&#39;s logs. Used when it is 1 to 128 characters of &#x60;A-Z a-z 0-9 . _ : -&#x60;; otherwise the server makes up its own.  (optional)
   * @param headers Optional headers to include in the request
   * @return ApiResponse&lt;Experiment&gt;
   * @throws ApiException if fails to make API call
   */
  public ApiResponse<Experiment> stopExperimentWithHttpInfo(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    HttpRequest.Builder localVarRequestBuilder = stopExperimentRequestBuilder(key, xRequestId, headers);
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
          throw getApiException("stopExperiment", localVarResponse);
        }
        localVarResponseBody = ApiClient.getResponseBody(localVarResponse);
        if (localVarResponseBody == null) {
          return new ApiResponse<Experiment>(
              localVarResponse.statusCode(),
              localVarResponse.headers().map(),
              null
          );
        }

        
        
        String responseBody = new String(localVarResponseBody.readAllBytes());
        Experiment responseValue = responseBody.isBlank()? null: memberVarObjectMapper.readValue(responseBody, new TypeReference<Experiment>() {});
        

        return new ApiResponse<Experiment>(
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

  private HttpRequest.Builder stopExperimentRequestBuilder(@javax.annotation.Nonnull String key, @javax.annotation.Nullable String xRequestId, Map<String, String> headers) throws ApiException {
    // verify the required parameter 'key' is set
    if (key == null) {
      throw new ApiException(400, "Missing the required parameter 'key' when calling stopExperiment");
    }

    HttpRequest.Builder localVarRequestBuilder = HttpRequest.newBuilder();

    String localVarPath = "/v1/experiments/{key}/stop"
        .replace("{key}", ApiClient.urlEncode(key.toString()));

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
