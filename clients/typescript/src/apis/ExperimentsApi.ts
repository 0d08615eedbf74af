/* tslint:disable */
/* eslint-disable */
/**
 * Bindung REST API
 * Bindung is a headless customer-retention server. This REST API is how partner systems push **customers** and **events** into it and read them back. Frontends read metrics and experiment results through GraphQL (`/graphql`), which this document does not cover.  JSON is camelCase. Times are ISO 8601 / RFC 3339 date-times **with an offset** (`2026-01-31T12:00:00Z`, `2026-01-31T13:00:00+01:00`). Answers always give times in UTC with a `Z` and at most millisecond precision. Customer time zones are IANA names (`Europe/Berlin`).  ## Authentication and scopes  Every `/v1` route needs an API key sent as `Authorization: Bearer <key>`. Keys look like `bdg_<id>_<secret>`, are stored hashed and are shown only once, when they are created (with the `keys create` command of the jar, or with `POST /v1/keys` by an admin key). A server may also be started with a bootstrap admin key (`BINDUNG_ADMIN_KEY`).  A key carries one or more scopes. Each operation names the scope it needs:  | scope | allows | |---|---| | `read` | reading customers and their events, previewing message templates, reading outbox messages | | `write` | creating, changing and erasing customers, importing customers, sending events, retrying dead letters | | `admin` | everything above, plus managing API keys and configuring channels |  `read` and `write` are independent: an ingestion key with only `write` cannot read customer data, and a dashboard key with only `read` cannot change it. `admin` includes both.  A missing or malformed `Authorization` header, or an unknown or revoked key, answers `401` with a `WWW-Authenticate` header; a valid key without the needed scope answers `403`. A revoked key stops working within about five seconds on every node.  `/health/live`, `/health/ready`, `/metrics`, `/openapi.yaml` and `/docs` need no key.  ## Errors  Every error is an RFC 9457 problem document with `Content-Type: application/problem+json`:  ```json {   \"type\": \"https://bindung.dev/problems/validation\",   \"title\": \"Invalid request\",   \"status\": 400,   \"detail\": \"The request has 2 invalid field(s).\",   \"instance\": \"/v1/events/batch\",   \"errors\": [     {\"field\": \"events[1].event\", \"message\": \"is required for a track event\"},     {\"field\": \"events[3].timestamp\", \"message\": \"must be an ISO 8601 date-time with offset, e.g. 2026-01-31T12:00:00Z\"}   ] } ```  `type` identifies the kind of problem and is stable; `title` is its short name; `detail` explains this occurrence; `instance` is the request path. `errors` appears only on validation problems and lists **every** invalid field at once, as a JSON path into the request (`email`, `consent.sms.subscribed`, `events[3].customerId`) or the name of the query parameter. Answers never contain stack traces, SQL or other internals.  | status | `type` (after `https://bindung.dev/problems/`) | when | |---|---|---| | 400 | `validation` | a field, path parameter or query parameter is invalid (with `errors`) | | 400 | `malformed-json` | the body is empty or not JSON | | 401 | `unauthorized` | no key, or an unknown or revoked key | | 403 | `forbidden` | the key lacks the scope | | 404 | `not-found` | no such customer or key, or no such route | | 405 | `method-not-allowed` | the path exists but not with this method (for example `DELETE /health/live`) | | 413 | `payload-too-large` | the body is over the route\'s limit | | 415 | `unsupported-media-type` | the body is not sent with a `Content-Type` the route accepts | | 429 | `too-many-requests` | the event ingestion queue is full; retry after `Retry-After` seconds | | 500 | `internal` | an unexpected failure; quote the `X-Request-Id` when reporting it | | 503 | `unavailable` | the server is shutting down, events could not be stored, or the database is not ready |  `404` for an unknown path and `405` for a method a path does not support can come from any URL and are not repeated on each operation (see the `NotFound` and `MethodNotAllowed` responses). A request that is refused changes nothing.  ## Request bodies and limits  JSON bodies must be sent with `Content-Type: application/json` (any `application/_*+json` type is accepted too) and must be a single JSON object. Unknown fields are refused with `400`, so typos do not pass silently. Bodies are limited per route, and a larger body is refused with `413` before it is read: 16 KiB for `POST /v1/keys`, 256 KiB for `PUT`/`PATCH /v1/customers/{id}`, 64 KiB for `POST /v1/events`, 2 MiB for `POST /v1/events/batch` and 1 MiB for `POST /v1/templates/preview`. Customer imports stream and have no limit.  ## Paging  Lists answer `{\"data\": [...], \"nextCursor\": \"...\"}`. `limit` takes 1 to 1000 items (default 50). To get the next page, send the same request with `cursor` set to the `nextCursor` of the last answer; `nextCursor` is `null` on the last page. Cursors are opaque tokens: do not build or change them (a cursor the server did not issue answers `400`). There is no offset paging, so pages stay correct while data changes: a page continues exactly after the last item you saw.  ## Idempotency  `PUT /v1/customers/{id}` is an idempotent upsert by your own customer id. Every event carries a `messageId` (one is generated when you leave it out); sending an event with a `messageId` that is already stored is accepted (`200`) and reported as a duplicate, but the event is stored only once. So a client that did not get an answer can always safely send the same events again.  ## Ingestion guarantee  Events are written by one writer in batched transactions. `POST /v1/events` and `POST /v1/events/batch` answer `200` **only after** the events are committed to the database: an acknowledged event is never lost, even if the server crashes right after. When more events wait for the writer than the server\'s queue holds, the request is refused whole with `429` and a `Retry-After` header (seconds); nothing of it is stored, so send it again after that time. While the server shuts down, new events are refused with `503`; events already queued are committed.  ## Request ids  Every answer, errors included, carries an `X-Request-Id` header. Send your own (`[A-Za-z0-9._:-]`, up to 128 characters) to correlate logs across systems; otherwise the server makes one up. It appears in the server\'s logs. 
 *
 * The version of the OpenAPI document: 1.0.0
 * 
 *
 * NOTE: This class is auto generated by OpenAPI Generator (https://openapi-generator.tech).
 * https://openapi-generator.tech
 * Do not edit the class manually.
 */

import * as runtime from '../runtime';
import {
    type AnalyzeStatisticsRequest,
    AnalyzeStatisticsRequestFromJSON,
    AnalyzeStatisticsRequestToJSON,
} from '../models/AnalyzeStatisticsRequest';
import {
    type AssignExperiment200Response,
    AssignExperiment200ResponseFromJSON,
    AssignExperiment200ResponseToJSON,
} from '../models/AssignExperiment200Response';
import {
    type AssignExperimentRequest,
    AssignExperimentRequestFromJSON,
    AssignExperimentRequestToJSON,
} from '../models/AssignExperimentRequest';
import {
    type Experiment,
    ExperimentFromJSON,
    ExperimentToJSON,
} from '../models/Experiment';
import {
    type ExperimentDefinition,
    ExperimentDefinitionFromJSON,
    ExperimentDefinitionToJSON,
} from '../models/ExperimentDefinition';
import {
    type ExperimentResults,
    ExperimentResultsFromJSON,
    ExperimentResultsToJSON,
} from '../models/ExperimentResults';
import {
    type ListExperiments200Response,
    ListExperiments200ResponseFromJSON,
    ListExperiments200ResponseToJSON,
} from '../models/ListExperiments200Response';
import {
    type Problem,
    ProblemFromJSON,
    ProblemToJSON,
} from '../models/Problem';
import {
    type StatsAnalysis,
    StatsAnalysisFromJSON,
    StatsAnalysisToJSON,
} from '../models/StatsAnalysis';

export interface AnalyzeStatisticsOperationRequest {
    /**
     * 
     */
    analyzeStatisticsRequest: AnalyzeStatisticsRequest;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface AssignExperimentOperationRequest {
    /**
     * The experiment's key.
     */
    key: string;
    /**
     * 
     */
    assignExperimentRequest: AssignExperimentRequest;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface CreateExperimentRequest {
    /**
     * 
     */
    experimentDefinition: ExperimentDefinition;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface GetExperimentRequest {
    /**
     * The experiment's key.
     */
    key: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface GetExperimentResultsRequest {
    /**
     * The experiment's key.
     */
    key: string;
    /**
     * The time to compute the results for (ISO 8601 with offset); default now, or when it stopped.
     */
    asOf?: Date;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ListExperimentsRequest {
    /**
     * How many items to answer, 1 to 1000.
     */
    limit?: number;
    /**
     * The `nextCursor` of the previous page, unchanged. Leave it out for the first page.
     */
    cursor?: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface ReplaceExperimentRequest {
    /**
     * The experiment's key.
     */
    key: string;
    /**
     * 
     */
    experimentDefinition: ExperimentDefinition;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface StartExperimentRequest {
    /**
     * The experiment's key.
     */
    key: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface StartExperimentPhaseRequest {
    /**
     * The experiment's key.
     */
    key: string;
    /**
     * 
     */
    experimentDefinition: ExperimentDefinition;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

export interface StopExperimentRequest {
    /**
     * The experiment's key.
     */
    key: string;
    /**
     * Optional id for this request, echoed in the answer's `X-Request-Id` and written to the
     * server's logs. Used when it is 1 to 128 characters of `A-Z a-z 0-9 . _ : -`; otherwise the
     * server makes up its own.
     * 
     */
    xRequestId?: string;
}

/**
 * 
 */
export class ExperimentsApi extends runtime.BaseAPI {

    /**
     * Creates request options for analyzeStatistics without sending the request
     */
    async analyzeStatisticsRequestOpts(requestParameters: AnalyzeStatisticsOperationRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['analyzeStatisticsRequest'] == null) {
            throw new runtime.RequiredError(
                'analyzeStatisticsRequest',
                'Required parameter "analyzeStatisticsRequest" was null or undefined when calling analyzeStatistics().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/stats/analyze`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: AnalyzeStatisticsRequestToJSON(requestParameters['analyzeStatisticsRequest']),
        };
    }

    /**
     * **Scope: `read`.**  Runs Bindung\'s frequentist experiment analysis on sufficient statistics you bring, for data Bindung does not hold. Nothing is stored.  - `proportion` arms give `n` and `conversions`. Each arm is compared with control by the   two-proportion z-test with pooled variance (p-value) and the unpooled Wald interval of   the difference. - `mean` arms give `n`, `sum` and `sumSquares` (Σx and Σx²). Each arm is compared with   control by Welch\'s t-test with Welch–Satterthwaite degrees of freedom. - `ratio` arms (e.g. revenue per order: per unit a numerator x and a denominator y) give `n`,   `sum`, `sumSquares` (Σx, Σx²), `denominatorSum`, `denominatorSumSquares` (Σy, Σy²) and   `sumProducts` (Σxy). The arm\'s `mean` is the ratio Σx/Σy; its per-unit variance is the   delta method\'s, as GrowthBook\'s gbstats `RatioStatistic`:   σ² = sx²/μy² − 2·μx·sxy/μy³ + μx²·sy²/μy⁴ with μ = Σ/n and n − 1 sample (co)variances.   The arms are then compared as means (Welch\'s t-test, relative lift, Bayesian, sequential).   An arm whose denominator sums to 0 has no ratio: it is reported as 0 with a warning and is not compared (p-value 1, no lifts). - The relative lift (μB − μA)/μA uses the delta method as GrowthBook\'s gbstats:   var = σB²/(nB·μA²) + σA²·μB²/(nA·μA⁴), interval lift ± t(1−α/2, ν)·√var. - `omnibus` tests all arms at once: Pearson\'s χ² test of independence (proportions) or   Welch\'s ANOVA (means and ratios). `adjustedPValue` applies `correction` across the comparisons. - With `weights` (the configured traffic split, one per arm) the answer checks for a   sample-ratio mismatch: χ² goodness of fit of the arms\' `n` over the arms with positive   weight; an arm with weight 0 that has units is listed in `unexpectedArms`. `mismatch` is   true when p < 0.001 or such an arm exists.  Degenerate input (an empty arm, no variance, no or all conversions, a single arm, a control mean of 0) gets defined values — `null` for what cannot be computed, p-value 1 for a test that cannot be run — and `explanations` saying why; never NaN. 
     * Significance calculator
     */
    async analyzeStatisticsRaw(requestParameters: AnalyzeStatisticsOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<StatsAnalysis>> {
        const requestOptions = await this.analyzeStatisticsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => StatsAnalysisFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  Runs Bindung\'s frequentist experiment analysis on sufficient statistics you bring, for data Bindung does not hold. Nothing is stored.  - `proportion` arms give `n` and `conversions`. Each arm is compared with control by the   two-proportion z-test with pooled variance (p-value) and the unpooled Wald interval of   the difference. - `mean` arms give `n`, `sum` and `sumSquares` (Σx and Σx²). Each arm is compared with   control by Welch\'s t-test with Welch–Satterthwaite degrees of freedom. - `ratio` arms (e.g. revenue per order: per unit a numerator x and a denominator y) give `n`,   `sum`, `sumSquares` (Σx, Σx²), `denominatorSum`, `denominatorSumSquares` (Σy, Σy²) and   `sumProducts` (Σxy). The arm\'s `mean` is the ratio Σx/Σy; its per-unit variance is the   delta method\'s, as GrowthBook\'s gbstats `RatioStatistic`:   σ² = sx²/μy² − 2·μx·sxy/μy³ + μx²·sy²/μy⁴ with μ = Σ/n and n − 1 sample (co)variances.   The arms are then compared as means (Welch\'s t-test, relative lift, Bayesian, sequential).   An arm whose denominator sums to 0 has no ratio: it is reported as 0 with a warning and is not compared (p-value 1, no lifts). - The relative lift (μB − μA)/μA uses the delta method as GrowthBook\'s gbstats:   var = σB²/(nB·μA²) + σA²·μB²/(nA·μA⁴), interval lift ± t(1−α/2, ν)·√var. - `omnibus` tests all arms at once: Pearson\'s χ² test of independence (proportions) or   Welch\'s ANOVA (means and ratios). `adjustedPValue` applies `correction` across the comparisons. - With `weights` (the configured traffic split, one per arm) the answer checks for a   sample-ratio mismatch: χ² goodness of fit of the arms\' `n` over the arms with positive   weight; an arm with weight 0 that has units is listed in `unexpectedArms`. `mismatch` is   true when p < 0.001 or such an arm exists.  Degenerate input (an empty arm, no variance, no or all conversions, a single arm, a control mean of 0) gets defined values — `null` for what cannot be computed, p-value 1 for a test that cannot be run — and `explanations` saying why; never NaN. 
     * Significance calculator
     */
    async analyzeStatistics(requestParameters: AnalyzeStatisticsOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<StatsAnalysis> {
        const response = await this.analyzeStatisticsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for assignExperiment without sending the request
     */
    async assignExperimentRequestOpts(requestParameters: AssignExperimentOperationRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['key'] == null) {
            throw new runtime.RequiredError(
                'key',
                'Required parameter "key" was null or undefined when calling assignExperiment().'
            );
        }

        if (requestParameters['assignExperimentRequest'] == null) {
            throw new runtime.RequiredError(
                'assignExperimentRequest',
                'Required parameter "assignExperimentRequest" was null or undefined when calling assignExperiment().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments/{key}/assignments`;
        urlPath = urlPath.replace('{key}', encodeURIComponent(String(requestParameters['key'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: AssignExperimentRequestToJSON(requestParameters['assignExperimentRequest']),
        };
    }

    /**
     * **Scope: `write`.**  Stateless and deterministic (see \"Assignment\" in the README for the hash and its test vectors): a customer outside the `namespace` range or the target segment, or beyond `trafficPercent`, gets `variant: null`; everyone else an arm by weight. Each assigned customer\'s first exposure in the phase is recorded as an `Experiment Viewed` event (`experimentId`, `variationId`, `phase`); later assignments record nothing new. Up to 1,000 customers per call; only a running experiment assigns (`409` otherwise). Each node reads the experiment at most once a second for assignment, so a change made through another node applies here within a second. 
     * Assign customers to arms and record their exposure
     */
    async assignExperimentRaw(requestParameters: AssignExperimentOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<AssignExperiment200Response>> {
        const requestOptions = await this.assignExperimentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => AssignExperiment200ResponseFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  Stateless and deterministic (see \"Assignment\" in the README for the hash and its test vectors): a customer outside the `namespace` range or the target segment, or beyond `trafficPercent`, gets `variant: null`; everyone else an arm by weight. Each assigned customer\'s first exposure in the phase is recorded as an `Experiment Viewed` event (`experimentId`, `variationId`, `phase`); later assignments record nothing new. Up to 1,000 customers per call; only a running experiment assigns (`409` otherwise). Each node reads the experiment at most once a second for assignment, so a change made through another node applies here within a second. 
     * Assign customers to arms and record their exposure
     */
    async assignExperiment(requestParameters: AssignExperimentOperationRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<AssignExperiment200Response> {
        const response = await this.assignExperimentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for createExperiment without sending the request
     */
    async createExperimentRequestOpts(requestParameters: CreateExperimentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['experimentDefinition'] == null) {
            throw new runtime.RequiredError(
                'experimentDefinition',
                'Required parameter "experimentDefinition" was null or undefined when calling createExperiment().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments`;

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: ExperimentDefinitionToJSON(requestParameters['experimentDefinition']),
        };
    }

    /**
     * **Scope: `write`.** Every invalid field is named by its JSON path; the key must be new (`409`). 
     * Create an experiment (as a draft)
     */
    async createExperimentRaw(requestParameters: CreateExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Experiment>> {
        const requestOptions = await this.createExperimentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ExperimentFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Every invalid field is named by its JSON path; the key must be new (`409`). 
     * Create an experiment (as a draft)
     */
    async createExperiment(requestParameters: CreateExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Experiment> {
        const response = await this.createExperimentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getExperiment without sending the request
     */
    async getExperimentRequestOpts(requestParameters: GetExperimentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['key'] == null) {
            throw new runtime.RequiredError(
                'key',
                'Required parameter "key" was null or undefined when calling getExperiment().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments/{key}`;
        urlPath = urlPath.replace('{key}', encodeURIComponent(String(requestParameters['key'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.** 
     * Read an experiment
     */
    async getExperimentRaw(requestParameters: GetExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Experiment>> {
        const requestOptions = await this.getExperimentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ExperimentFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** 
     * Read an experiment
     */
    async getExperiment(requestParameters: GetExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Experiment> {
        const response = await this.getExperimentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for getExperimentResults without sending the request
     */
    async getExperimentResultsRequestOpts(requestParameters: GetExperimentResultsRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['key'] == null) {
            throw new runtime.RequiredError(
                'key',
                'Required parameter "key" was null or undefined when calling getExperimentResults().'
            );
        }

        const queryParameters: any = {};

        if (requestParameters['asOf'] != null) {
            queryParameters['asOf'] = runtime.serializeDateTime(requestParameters['asOf'] as any);
        }

        const headerParameters: runtime.HTTPHeaders = {};

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments/{key}/results`;
        urlPath = urlPath.replace('{key}', encodeURIComponent(String(requestParameters['key'])));

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.**  Exposures are each customer\'s first `Experiment Viewed` event of the experiment since the current phase started: assigned by this server or sent by your own frontend (`experimentId`, `variationId`). `sampleRatioMismatch` tests exposures against the weights (alarm at p < 0.001). Every metric is analysed from SQL aggregates in the same shape as `POST /v1/stats/analyze`, with Holm-adjusted comparisons against control; a ratio metric (e.g. revenue per order) is Σnumerator/Σdenominator per arm with the delta-method variance, as GrowthBook\'s gbstats (`metric` `ratio`). `verdict` reads the primary metric: `sample ratio mismatch — do not trust`, `<arm> wins`, `control wins`, `needs about N more exposures per arm` (with a `minimumDetectableEffect`), or `inconclusive`. `asOf` gives the state at a past time. With `\"cuped\": true` every conversion, count and sum metric is adjusted by its pre-exposure value (`metrics[].cuped`); `power` projects the days still needed; a multivariate experiment adds `metrics[].factorial` (main effects and interactions). On SQLite, live results (without `asOf`) are kept up to date incrementally: a look costs what changed since the last one; the first look after a start is computed in full. `409` before the experiment started. 
     * An experiment\'s results
     */
    async getExperimentResultsRaw(requestParameters: GetExperimentResultsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<ExperimentResults>> {
        const requestOptions = await this.getExperimentResultsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ExperimentResultsFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.**  Exposures are each customer\'s first `Experiment Viewed` event of the experiment since the current phase started: assigned by this server or sent by your own frontend (`experimentId`, `variationId`). `sampleRatioMismatch` tests exposures against the weights (alarm at p < 0.001). Every metric is analysed from SQL aggregates in the same shape as `POST /v1/stats/analyze`, with Holm-adjusted comparisons against control; a ratio metric (e.g. revenue per order) is Σnumerator/Σdenominator per arm with the delta-method variance, as GrowthBook\'s gbstats (`metric` `ratio`). `verdict` reads the primary metric: `sample ratio mismatch — do not trust`, `<arm> wins`, `control wins`, `needs about N more exposures per arm` (with a `minimumDetectableEffect`), or `inconclusive`. `asOf` gives the state at a past time. With `\"cuped\": true` every conversion, count and sum metric is adjusted by its pre-exposure value (`metrics[].cuped`); `power` projects the days still needed; a multivariate experiment adds `metrics[].factorial` (main effects and interactions). On SQLite, live results (without `asOf`) are kept up to date incrementally: a look costs what changed since the last one; the first look after a start is computed in full. `409` before the experiment started. 
     * An experiment\'s results
     */
    async getExperimentResults(requestParameters: GetExperimentResultsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<ExperimentResults> {
        const response = await this.getExperimentResultsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for listExperiments without sending the request
     */
    async listExperimentsRequestOpts(requestParameters: ListExperimentsRequest): Promise<runtime.RequestOpts> {
        const queryParameters: any = {};

        if (requestParameters['limit'] != null) {
            queryParameters['limit'] = requestParameters['limit'];
        }

        if (requestParameters['cursor'] != null) {
            queryParameters['cursor'] = requestParameters['cursor'];
        }

        const headerParameters: runtime.HTTPHeaders = {};

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments`;

        return {
            path: urlPath,
            method: 'GET',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `read`.** Ordered by `key`. 
     * List experiments
     */
    async listExperimentsRaw(requestParameters: ListExperimentsRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<ListExperiments200Response>> {
        const requestOptions = await this.listExperimentsRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ListExperiments200ResponseFromJSON(jsonValue));
    }

    /**
     * **Scope: `read`.** Ordered by `key`. 
     * List experiments
     */
    async listExperiments(requestParameters: ListExperimentsRequest = {}, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<ListExperiments200Response> {
        const response = await this.listExperimentsRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for replaceExperiment without sending the request
     */
    async replaceExperimentRequestOpts(requestParameters: ReplaceExperimentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['key'] == null) {
            throw new runtime.RequiredError(
                'key',
                'Required parameter "key" was null or undefined when calling replaceExperiment().'
            );
        }

        if (requestParameters['experimentDefinition'] == null) {
            throw new runtime.RequiredError(
                'experimentDefinition',
                'Required parameter "experimentDefinition" was null or undefined when calling replaceExperiment().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments/{key}`;
        urlPath = urlPath.replace('{key}', encodeURIComponent(String(requestParameters['key'])));

        return {
            path: urlPath,
            method: 'PUT',
            headers: headerParameters,
            query: queryParameters,
            body: ExperimentDefinitionToJSON(requestParameters['experimentDefinition']),
        };
    }

    /**
     * **Scope: `write`.**  A draft may change freely. A running experiment may change everything but its arms and their weights (that would bias its results; start a new phase instead): raising `trafficPercent` only adds customers, it never moves one to another arm. A stopped experiment cannot change (`409`). The body\'s `key`, if given, must be the path\'s. 
     * Edit an experiment
     */
    async replaceExperimentRaw(requestParameters: ReplaceExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Experiment>> {
        const requestOptions = await this.replaceExperimentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ExperimentFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.**  A draft may change freely. A running experiment may change everything but its arms and their weights (that would bias its results; start a new phase instead): raising `trafficPercent` only adds customers, it never moves one to another arm. A stopped experiment cannot change (`409`). The body\'s `key`, if given, must be the path\'s. 
     * Edit an experiment
     */
    async replaceExperiment(requestParameters: ReplaceExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Experiment> {
        const response = await this.replaceExperimentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for startExperiment without sending the request
     */
    async startExperimentRequestOpts(requestParameters: StartExperimentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['key'] == null) {
            throw new runtime.RequiredError(
                'key',
                'Required parameter "key" was null or undefined when calling startExperiment().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments/{key}/start`;
        urlPath = urlPath.replace('{key}', encodeURIComponent(String(requestParameters['key'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.** `409` unless it is a draft. 
     * Start a draft experiment
     */
    async startExperimentRaw(requestParameters: StartExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Experiment>> {
        const requestOptions = await this.startExperimentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ExperimentFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** `409` unless it is a draft. 
     * Start a draft experiment
     */
    async startExperiment(requestParameters: StartExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Experiment> {
        const response = await this.startExperimentRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for startExperimentPhase without sending the request
     */
    async startExperimentPhaseRequestOpts(requestParameters: StartExperimentPhaseRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['key'] == null) {
            throw new runtime.RequiredError(
                'key',
                'Required parameter "key" was null or undefined when calling startExperimentPhase().'
            );
        }

        if (requestParameters['experimentDefinition'] == null) {
            throw new runtime.RequiredError(
                'experimentDefinition',
                'Required parameter "experimentDefinition" was null or undefined when calling startExperimentPhase().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        headerParameters['Content-Type'] = 'application/json';

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments/{key}/phases`;
        urlPath = urlPath.replace('{key}', encodeURIComponent(String(requestParameters['key'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
            body: ExperimentDefinitionToJSON(requestParameters['experimentDefinition']),
        };
    }

    /**
     * **Scope: `write`.** Replaces the definition (new arms or weights allowed), increments `phase` and re-salts assignment (salt `<key>:<phase>`), so nobody carries an arm over from the previous phase. Only for a running experiment (`409` otherwise). 
     * Start a new phase of a running experiment
     */
    async startExperimentPhaseRaw(requestParameters: StartExperimentPhaseRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Experiment>> {
        const requestOptions = await this.startExperimentPhaseRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ExperimentFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** Replaces the definition (new arms or weights allowed), increments `phase` and re-salts assignment (salt `<key>:<phase>`), so nobody carries an arm over from the previous phase. Only for a running experiment (`409` otherwise). 
     * Start a new phase of a running experiment
     */
    async startExperimentPhase(requestParameters: StartExperimentPhaseRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Experiment> {
        const response = await this.startExperimentPhaseRaw(requestParameters, initOverrides);
        return await response.value();
    }

    /**
     * Creates request options for stopExperiment without sending the request
     */
    async stopExperimentRequestOpts(requestParameters: StopExperimentRequest): Promise<runtime.RequestOpts> {
        if (requestParameters['key'] == null) {
            throw new runtime.RequiredError(
                'key',
                'Required parameter "key" was null or undefined when calling stopExperiment().'
            );
        }

        const queryParameters: any = {};

        const headerParameters: runtime.HTTPHeaders = {};

        if (requestParameters['xRequestId'] != null) {
            headerParameters['X-Request-Id'] = String(requestParameters['xRequestId']);
        }

        if (this.configuration && this.configuration.accessToken) {
            const token = this.configuration.accessToken;
            const tokenString = await token("bearerAuth", []);

            if (tokenString) {
                headerParameters["Authorization"] = `Bearer ${tokenString}`;
            }
        }

        let urlPath = `/v1/experiments/{key}/stop`;
        urlPath = urlPath.replace('{key}', encodeURIComponent(String(requestParameters['key'])));

        return {
            path: urlPath,
            method: 'POST',
            headers: headerParameters,
            query: queryParameters,
        };
    }

    /**
     * **Scope: `write`.** `409` unless it is running. A stopped experiment assigns no one. 
     * Stop a running experiment
     */
    async stopExperimentRaw(requestParameters: StopExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<runtime.ApiResponse<Experiment>> {
        const requestOptions = await this.stopExperimentRequestOpts(requestParameters);
        const response = await this.request(requestOptions, initOverrides);

        return new runtime.JSONApiResponse(response, (jsonValue) => ExperimentFromJSON(jsonValue));
    }

    /**
     * **Scope: `write`.** `409` unless it is running. A stopped experiment assigns no one. 
     * Stop a running experiment
     */
    async stopExperiment(requestParameters: StopExperimentRequest, initOverrides?: RequestInit | runtime.InitOverrideFunction): Promise<Experiment> {
        const response = await this.stopExperimentRaw(requestParameters, initOverrides);
        return await response.value();
    }

}
