package org.clinicportal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the development mail server took for an address, read through GreenMail's API as a developer reads it. */
public final class Mailbox {

    /** A Keycloak action link in an email's text: the invitation to choose a password. */
    private static final Pattern ACTION_LINK = Pattern.compile(
            "(https?://[^\\s\"<>]+/login-actions/action-token\\?key=[A-Za-z0-9._\\-=]+(?:&amp;|&)?[^\\s\"<>]*)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String api;

    public Mailbox(String mailApiUrl) {
        this.api = mailApiUrl;
    }

    /** Every message to the address, oldest first, as its raw text (headers and body). */
    public List<String> messagesTo(String address) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(
                                api + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> messages = new ArrayList<>();
        if (answer.statusCode() == 200) {
            for (JsonNode message : JSON.readTree(answer.body())) {
                messages.add(message.path("mimeMessage").asText());
            }
        }
        return messages;
    }

    /** The action link of the latest message to the address, waiting up to a few seconds for it to arrive. */
    public String latestActionLink(String address, int messagesBefore) throws IOException, InterruptedException {
        return actionLink(latestMessage(address, messagesBefore))
                .orElseThrow(() -> new AssertionError("no action link in the email to " + address));
    }

    /** The latest message to the address once there are more than before, waiting up to a few seconds for it. */
    public String latestMessage(String address, int messagesBefore) throws IOException, InterruptedException {
        return latestMessage(address, messagesBefore, Duration.ofSeconds(15));
    }

    /** The latest message to the address once there are more than before, waiting up to so long for it. */
    public String latestMessage(String address, int messagesBefore, Duration wait)
            throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(wait);
        while (true) {
            List<String> messages = messagesTo(address);
            if (messages.size() > messagesBefore) {
                return messages.get(messages.size() - 1);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("no new email to " + address + " (" + messages.size() + " before)");
            }
            Thread.sleep(250);
        }
    }

    static Optional<String> actionLink(String message) {
        String text = message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher link = ACTION_LINK.matcher(text);
        return link.find() ? Optional.of(link.group(1).replace("&amp;", "&")) : Optional.empty();
    }
}
