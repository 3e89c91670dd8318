package org.clinicportal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Keeps a screenshot, the address and the page source of every failed journey in
 * target/browser-failures. Runs right after the test method, while the browser is still open.
 */
final class FailureEvidence implements AfterTestExecutionCallback {

    private final Supplier<Browser> browser;

    FailureEvidence(Supplier<Browser> browser) {
        this.browser = browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser current = browser.get();
        if (current == null || context.getExecutionException().isEmpty()) {
            return;
        }
        WebDriver driver = current.driver();
        String name = context.getRequiredTestMethod().getName() + "-" + context.getUniqueId().hashCode();
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep the evidence of " + name + ": " + e.getMessage());
        }
    }

}
