package io.bindung;

import io.bindung.demo.DemoShop;
import io.bindung.testing.EndToEndTest;
import io.bindung.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the README's shell examples, in order and in one shell as a reader would paste them, against
 * a server holding the demo shop: every call must answer, none with a server error or a GraphQL
 * error, and a client error only where the README says so (a comment "answers 4xx" on the call).
 */
class ReadmeExamplesTest extends EndToEndTest {
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("^HTTP (\\d{3})$", Pattern.MULTILINE);
    private static final Pattern EXPECTED_ERROR = Pattern.compile("# answers (4\\d\\d)");

    @Test
    void theReadmeExamplesWorkOnTheDemoShop() throws IOException, InterruptedException {
        new DemoShop("http://127.0.0.1:" + server.app().port(), TestServer.ADMIN_KEY, () -> server.app().campaignScheduler().runOnce(),
                sent -> { }).load(new DemoShop.Size(200, 4000, 7));
        String readme = Files.readString(Path.of("README.md"));
        String tour = readme.substring(readme.indexOf("## A five-minute tour"), readme.indexOf("## API conventions"));
        StringBuilder script = new StringBuilder("set -eo pipefail\n"
                + "curl() { command curl -sS --write-out '%{stderr}HTTP %{http_code}\\n' \"$@\"; }\n"
                + "ADMIN_KEY=" + TestServer.ADMIN_KEY + "\n");
        List<String> expectedErrors = new ArrayList<>();
        Matcher block = SHELL_BLOCK.matcher(tour);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            script.append(block.group(1).replace("localhost:8080", "127.0.0.1:" + server.app().port())
                    .replace("dev-admin-key", TestServer.ADMIN_KEY)).append('\n');
            Matcher expected = EXPECTED_ERROR.matcher(block.group(1));
            while (expected.find()) {
                expectedErrors.add(expected.group(1));
            }
        }
        assertTrue(blocks >= 10, "the README's examples were found: " + blocks);

        Process shell = new ProcessBuilder("bash", "-c", script.toString()).start();
        byte[] out = shell.getInputStream().readAllBytes();
        String answers = new String(out, StandardCharsets.UTF_8);
        String statuses = new String(shell.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(shell.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, shell.exitValue(), "the examples ran to the end:\n" + statuses + "\n" + answers);

        List<String> errors = new ArrayList<>();
        Matcher status = STATUS.matcher(statuses);
        int calls = 0;
        while (status.find()) {
            calls++;
            String code = status.group(1);
            assertFalse(code.startsWith("5") || code.equals("000"), "a call answered " + code + ":\n" + answers);
            if (code.startsWith("4")) {
                errors.add(code);
            }
        }
        assertTrue(calls >= 30, "every curl answered: " + calls);
        assertEquals(expectedErrors, errors, "client errors only where the README says so:\n" + answers);
        assertFalse(answers.contains("\"extensions\":{\"code\""), "no GraphQL errors:\n" + answers);
    }
}
