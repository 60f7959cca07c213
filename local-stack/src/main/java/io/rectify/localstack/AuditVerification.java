package io.rectify.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./rectify verify}: asks each running service to recompute every hash chain of its event
 * store ({@code GET /admin/audit/verification}, as an admin) and prints what it found, naming the
 * first broken link of each stream. Exit status 0 when every chain holds, 1 when one does not.
 */
final class AuditVerification {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern COUNTS = Pattern.compile("\"streams\"\\s*:\\s*(\\d+).*?\"events\"\\s*:\\s*(\\d+)", Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("\\{\"streamType\":\"([^\"]*)\",\"streamId\":\"([^\"]*)\",\"version\":(\\d+),"
            + "\"type\":\"([^\"]*)\",\"occurredAt\":\"([^\"]*)\",\"fault\":\"([^\"]*)\"}");

    private AuditVerification() {
    }

    static int run(LocalStack.Settings settings, Map<String, String> environment) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String user = environment.getOrDefault("RECTIFY_ADMIN_USER", "ada");
        String password = environment.getOrDefault("RECTIFY_ADMIN_PASSWORD", "demo");
        String form = "grant_type=password&client_id=rectify-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + settings.keycloakPort()
                                + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(tokens.body());
        if (tokens.statusCode() != 200 || !token.find()) {
            System.err.println("rectify verify: no token for " + user + " (" + tokens.statusCode() + "); is the system up? "
                    + "Set RECTIFY_ADMIN_USER and RECTIFY_ADMIN_PASSWORD to an admin's");
            return 2;
        }
        boolean allHold = true;
        for (Service service : Service.values()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + settings.servicePorts().get(service) + "/admin/audit/verification"))
                    .header("Authorization", "Bearer " + token.group(1)).timeout(Duration.ofMinutes(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                System.out.printf("%-22s could not verify: HTTP %d%n", service.moduleName(), answer.statusCode());
                allHold = false;
                continue;
            }
            Matcher counts = COUNTS.matcher(answer.body());
            String summary = counts.find() ? counts.group(1) + " streams, " + counts.group(2) + " events" : "?";
            Matcher broken = BREAK.matcher(answer.body());
            int breaks = 0;
            StringBuilder lines = new StringBuilder();
            while (broken.find()) {
                breaks++;
                lines.append(String.format("    %s %s: first broken at version %s (%s, %s): %s%n", broken.group(1), broken.group(2),
                        broken.group(3), broken.group(4), broken.group(5), broken.group(6)));
            }
            System.out.printf("%-22s %s: %s%n", service.moduleName(), summary,
                    breaks == 0 ? "every chain holds" : breaks + " broken");
            System.out.print(lines);
            allHold &= breaks == 0;
        }
        return allHold ? 0 : 1;
    }
}
