package io.bindung.client;

import io.bindung.client.api.CustomersApi;
import io.bindung.client.api.EventsApi;
import io.bindung.client.api.ExperimentsApi;
import io.bindung.client.model.AssignExperimentRequest;
import io.bindung.client.model.BatchReceipt;
import io.bindung.client.model.Customer;
import io.bindung.client.model.CustomerReplace;
import io.bindung.client.model.EventBatch;
import io.bindung.client.model.EventInput;
import io.bindung.client.model.EventType;
import io.bindung.client.model.ExperimentDefinition;
import io.bindung.client.model.ExperimentDefinitionVariantsInner;
import io.bindung.client.model.ExperimentMetric;
import io.bindung.client.model.ExperimentResults;
import io.bindung.client.model.ExperimentResultsArmsInner;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed Java client (clients/java, generated from openapi.yaml) drives a real server:
 * customers, an event batch, an experiment started, customers assigned, results read.
 */
class GeneratedClientTest extends EndToEndTest {
    @Test
    void theGeneratedJavaClientDrivesTheServer() throws ApiException {
        ApiClient client = new ApiClient().setScheme("http").setHost("127.0.0.1").setPort(server.app().port())
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TestServer.ADMIN_KEY));
        CustomersApi customers = new CustomersApi(client);
        Customer anna = customers.putCustomer("anna", "anna", new CustomerReplace().email("anna@example.com").firstName("Anna")
                .attributes(Map.of("plan", "gold")), null);
        assertEquals("Anna", anna.getFirstName());

        ExperimentsApi experiments = new ExperimentsApi(client);
        experiments.createExperiment(new ExperimentDefinition().key("banner").name("Banner")
                .addVariantsItem(new ExperimentDefinitionVariantsInner().key("a"))
                .addVariantsItem(new ExperimentDefinitionVariantsInner().key("b"))
                .primaryMetric(new ExperimentMetric().type(ExperimentMetric.TypeEnum.CONVERSION).event("Order Completed")), null);
        experiments.startExperiment("banner", null);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add("c" + i);
        }
        assertEquals(40, experiments.assignExperiment("banner", new AssignExperimentRequest().customerIds(ids), null).getAssignments().size());

        EventBatch batch = new EventBatch();
        for (int i = 0; i < 40; i += 4) {
            batch.addEventsItem(new EventInput().type(EventType.TRACK).event("Order Completed").customerId("c" + i)
                    .properties(Map.of("revenue", 10 + i)));
        }
        BatchReceipt receipt = new EventsApi(client).sendEvents(batch, null);
        assertEquals(10, receipt.getAccepted());

        ExperimentResults results = experiments.getExperimentResults("banner", null, null);
        assertEquals(40, results.getArms().stream().mapToInt(ExperimentResultsArmsInner::getExposures).sum());
        assertTrue(results.getVerdict() != null && !results.getVerdict().isBlank());
    }
}
