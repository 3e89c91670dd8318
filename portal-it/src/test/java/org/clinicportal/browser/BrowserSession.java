package org.clinicportal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicportal.it.StackSession;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * A fresh browser on the test stack for every journey, closed afterwards. When a journey fails,
 * its screenshot, address and page source are kept in target/browser-failures, taken while the
 * browser is still open.
 */
final class BrowserSession implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private Browser browser;

    Browser browser() {
        return browser;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser = new Browser(StackSession.current().baseUrl());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            keepEvidence(context.getRequiredTestMethod().getName() + "-"
                    + context.getUniqueId().hashCode());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser.close();
        browser = null;
    }

    private void keepEvidence(String name) {
        WebDriver driver = browser.driver();
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep the evidence of " + name + ": " + e.getMessage());
        }
    }
}
