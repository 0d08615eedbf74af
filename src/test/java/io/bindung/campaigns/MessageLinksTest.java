package io.bindung.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.bindung.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open pixel, click redirect and unsubscribe links in campaign messages, followed through the API. */
class MessageLinksTest extends CampaignTest {
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/(?:t/o|t/c|u)/[A-Za-z0-9_.-]+)");

    @Test
    void opensClicksAndUnsubscribesAreRecordedAgainstTheCampaign() {
        reachable("anna", "UTC");
        String id = activeCampaign("""
                {"name":"Cart","type":"triggered","trigger":{"event":"Cart Abandoned"},"content":{"channel":"email",
                 "subject":"Your cart","html":"<p><a href=\\"https://shop.example/cart?id=1&amp;x=2\\">Back to your cart</a></p>",
                 "text":"Back to your cart: https://shop.example/cart"}}""");
        track("anna", "Cart Abandoned", "{}");
        runScheduler();
        JsonNode content = onlyMessage().get("content");
        List<String> htmlLinks = links(content.get("html").asText());
        assertEquals(3, htmlLinks.size(), "click redirect, unsubscribe footer, open pixel: " + htmlLinks);
        String click = htmlLinks.get(0);
        String unsubscribe = htmlLinks.get(1);
        String pixel = htmlLinks.get(2);
        assertTrue(click.startsWith("/t/c/") && unsubscribe.startsWith("/u/") && pixel.startsWith("/t/o/"), htmlLinks.toString());
        assertEquals(List.of(unsubscribe), links(content.get("text").asText()), "the text part carries the unsubscribe link too");

        Api.Response image = api.get(pixel).key(null).expect(200);
        assertEquals("image/gif", image.header("content-type"));
        api.get(pixel).key(null).expect(200);
        api.call("HEAD", click).key(null).outsideContract().send();
        assertFalse(api.allPages("/v1/customers/anna/events").stream().anyMatch(event -> event.get("event").asText().equals("Email Link Clicked")),
                "a link checker's HEAD is no click");
        assertEquals("https://shop.example/cart?id=1&x=2", api.get(click).key(null).expect(302).header("location"));
        api.call("POST", unsubscribe).key(null).expect(204);
        api.get(unsubscribe).key(null).expect(200);

        assertFalse(api.get("/v1/customers/anna").expect(200).json().at("/consent/email/subscribed").asBoolean());
        List<JsonNode> timeline = api.allPages("/v1/customers/anna/events");
        List<String> names = timeline.stream().map(event -> event.get("event").asText()).toList();
        assertEquals(1, names.stream().filter("Email Opened"::equals).count(), "opens of one message count once");
        assertEquals(1, names.stream().filter("Email Link Clicked"::equals).count());
        assertEquals(1, names.stream().filter("Unsubscribed"::equals).count());
        JsonNode opened = timeline.stream().filter(event -> event.get("event").asText().equals("Email Opened")).findFirst().orElseThrow();
        assertEquals(id, opened.at("/properties/campaignId").asText());
        assertEquals("default", opened.at("/properties/variant").asText());
        JsonNode stats = api.get("/v1/campaigns/" + id + "/stats").expect(200).json().get("messages");
        assertEquals(List.of(1, 1, 1), List.of(stats.get("opened").asInt(), stats.get("clicked").asInt(), stats.get("unsubscribed").asInt()),
                "the message counts once per event name, however often it was opened");

        String tampered = click.substring(0, click.length() - 2) + (click.endsWith("A") ? "BB" : "AA");
        api.get(tampered).key(null).expect(404);
        api.get("/u/not-a-token").key(null).expect(404);
    }

    @Test
    void marketingSmsCarriesAStopKeywordAndTransactionalEmailNoUnsubscribeLink() {
        reachable("anna", "UTC");
        activeCampaign("""
                {"name":"Promo","type":"triggered","trigger":{"event":"Browsed"},"content":{"channel":"sms","text":"20% off today"}}""");
        activeCampaign("""
                {"name":"Receipt","type":"triggered","trigger":{"event":"Order Completed"},"transactional":true,
                 "content":{"channel":"email","subject":"Your receipt","text":"Thanks!"}}""");
        track("anna", "Browsed", "{}");
        track("anna", "Order Completed", "{}");
        runScheduler();
        List<JsonNode> messages = api.allPages("/v1/messages");
        JsonNode sms = messages.stream().filter(m -> m.get("channel").asText().equals("sms")).findFirst().orElseThrow();
        JsonNode email = messages.stream().filter(m -> m.get("channel").asText().equals("email")).findFirst().orElseThrow();
        assertEquals("20% off today Reply STOP to opt out.", sms.at("/content/text").asText());
        assertEquals("Thanks!", email.at("/content/text").asText());
    }

    private JsonNode onlyMessage() {
        List<JsonNode> messages = api.allPages("/v1/messages");
        assertEquals(1, messages.size());
        return messages.get(0);
    }

    private static List<String> links(String text) {
        Matcher matcher = LINK.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
