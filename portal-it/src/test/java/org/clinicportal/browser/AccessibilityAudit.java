package org.clinicportal.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core over every screen of the portal a journey visits, once per screen: the WCAG 2.1 A and AA rules, and a
 * finding of serious or critical impact fails the journey. Keycloak's own pages are its theme's, not ours.
 */
final class AccessibilityAudit {

    private static final List<String> STANDARDS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final String baseUrl;
    private final Set<String> audited = new HashSet<>();
    private final List<String> findings = new ArrayList<>();

    AccessibilityAudit(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Audits the screen the browser shows, unless this screen was audited already. */
    void audit(WebDriver driver) {
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith(baseUrl)) {
            return;
        }
        String screen = URI.create(url).getPath();
        if (!audited.add(screen)) {
            return;
        }
        Results results = new AxeBuilder().withTags(STANDARDS).analyze(driver);
        for (Rule violation : results.getViolations()) {
            if (FAILING_IMPACTS.contains(violation.getImpact())) {
                findings.add(screen + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getHelp() + " at "
                        + violation.getNodes().stream()
                                .map(node -> node.getTarget() + " " + node.getHtml())
                                .toList());
            }
        }
    }

    int screens() {
        return audited.size();
    }

    /** What the journey's screens got wrong; empty when axe found nothing serious or critical. */
    List<String> findings() {
        return List.copyOf(findings);
    }
}
