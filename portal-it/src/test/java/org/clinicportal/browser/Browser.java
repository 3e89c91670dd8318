package org.clinicportal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicportal.stack.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, never a downloaded one) with a fresh profile, and the few
 * steps every journey shares: open a page, sign in through Keycloak, sign out.
 */
final class Browser implements AutoCloseable {

    /** Selenium warns on every start that it has no DevTools binding for this Chromium; the journeys use none. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final WebDriver driver;
    private final String baseUrl;
    private final AccessibilityAudit accessibility;

    Browser(String baseUrl) {
        this(baseUrl, false);
    }

    /** A browser that also accepts a certificate no authority signed: the tests' own, at HAProxy with TLS. */
    Browser(String baseUrl, boolean acceptTheSelfSignedCertificate) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ". Install them with: sudo apt-get install -y chromium chromium-driver");
        }
        this.baseUrl = baseUrl;
        this.accessibility = new AccessibilityAudit(baseUrl);
        try {
            profile = Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setAcceptInsecureCerts(acceptTheSelfSignedCertificate);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens a page that needs a login and signs in on Keycloak's form (with the demo staff's one-time code where asked). */
    void signIn(String path, String username, String password) {
        open(path);
        signInOnKeycloaksForm(username, password);
    }

    /**
     * Types the username and password into Keycloak's form, and the demo staff's one-time code if Keycloak
     * asks for one next; ends wherever Keycloak sends the browser (the portal, an error, a required action).
     */
    void signInOnKeycloaksForm(String username, String password) {
        await(By.id("kc-form-login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndAwaitTheNextPage(driver.findElement(By.id("kc-login")));
        if (!driver.findElements(By.id("kc-otp-login-form")).isEmpty()) {
            driver.findElement(By.id("otp")).sendKeys(Totp.code(Totp.DEMO_KEY));
            driver.findElement(By.id("kc-login")).click();
        }
    }

    /**
     * Clicks what sends a form and waits until the browser shows the page that answers it, whatever that page
     * is: the old page marks itself, and the mark is gone once another document is loaded.
     */
    void clickAndAwaitTheNextPage(WebElement submit) {
        ((JavascriptExecutor) driver).executeScript("window.portalTestOldPage = true;");
        submit.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(browser -> Boolean.FALSE.equals(((JavascriptExecutor) browser)
                        .executeScript(
                                "return window.portalTestOldPage === true || document.readyState !== 'complete';")));
    }

    /**
     * Opens an invitation's link as its receiver does, chooses the password on Keycloak's page and follows the way
     * back to the portal, which asks to sign in.
     */
    void acceptInvitation(String link, String password) {
        driver.get(link);
        await(By.partialLinkText("Click here to proceed")).click();
        choosePassword(password);
        await(By.partialLinkText("Back to Application")).click();
    }

    /** Types a new password twice on Keycloak's page for it and sends it. */
    void choosePassword(String password) {
        await(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]"))
                .click();
    }

    /**
     * Enrols an authenticator app on Keycloak's page for it, as a new staff member does at their first sign-in:
     * reads the key Keycloak shows for typing in by hand, and confirms it with the app's current code.
     *
     * @return the key, in Base32, for the staff member's later sign-ins
     */
    String enrolAuthenticator() {
        await(By.id("mode-manual")).click();
        String key = await(By.id("kc-totp-secret-key")).getText().replace(" ", "");
        driver.findElement(By.id("totp")).sendKeys(Totp.codeForBase32(key));
        driver.findElement(By.id("userLabel")).sendKeys("Clinic phone");
        driver.findElement(By.id("saveTOTPBtn")).click();
        return key;
    }

    void signOut() {
        await(By.id("sign-out")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    WebElement await(By locator) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
        accessibility.audit(driver);
        return element;
    }

    /** Replaces a field's content with the text, as typed, and moves on to the next field. */
    void type(String id, String text) {
        WebElement field = await(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }

    /**
     * The buttons on the page a screen reader could only call "button" (or a class name): no text, no
     * aria-label, no aria-labelledby, no title.
     */
    @SuppressWarnings("unchecked")
    List<String> unnamedButtons() {
        return (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return Array.from(document.querySelectorAll("
                        + "'button, [role=button], input[type=button], input[type=submit]')).filter(b => b.offsetParent !== null"
                        + " && !(b.innerText || b.value || '').trim() && !b.getAttribute('aria-label') && !b.getAttribute('aria-labelledby')"
                        + " && !b.getAttribute('title')).map(b => b.outerHTML.substring(0, 120));");
    }

    /**
     * Enters a date into a browser's date field. What a person picks or types there reaches the page as
     * {@code 2026-03-14} whatever the browser's language, so the journey sets that value and lets the
     * page hear the change.
     */
    void date(String id, String isoDate) {
        WebElement field = await(By.id(id));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        isoDate);
    }

    /**
     * Picks an option of a PrimeFaces select menu as a user does: open it, click the option, until the
     * menu shows it chosen (a click during the panel's opening animation can go nowhere).
     */
    void choose(String menuId, String label) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
                        return true;
                    }
                    Optional<WebElement> option = d.findElements(By.cssSelector("li[data-label]")).stream()
                            .filter(item -> label.equals(item.getAttribute("data-label")) && item.isDisplayed())
                            .findFirst();
                    if (option.isPresent()) {
                        option.get().click();
                    } else {
                        d.findElement(By.id(menuId)).click();
                    }
                    return false;
                });
    }

    /** Waits until PrimeFaces has no ajax request under way, so the page no longer changes under the test. */
    void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !PrimeFaces.ajax.Queue.xhrs.length);")));
    }

    /** Waits until the element shows exactly this text, as after a navigation or an ajax update. */
    void awaitText(By locator, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(locator, expected));
    }

    /** Downloads a page as the signed-in user, with the browser's cookies: for files the browser would only display. */
    HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Part of a file as the signed-in user's player asks for it, with a {@code Range} header such as "bytes=0-99". */
    HttpResponse<byte[]> download(String path, String range) {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Range", range)
                        .GET(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page as the signed-in user gets it, with its status: for answers a browser would not show as they are. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as the signed-in user, as a hand-made request that no page of the portal would send. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        return send(HttpUser.formPost(URI.create(baseUrl + path), form), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String text(By locator) {
        return await(locator).getText();
    }

    /** Quits the browser; a journey whose screens axe found serious or critical faults in fails here. */
    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!accessibility.findings().isEmpty()) {
            throw new AssertionError("axe found serious or critical faults: " + accessibility.findings());
        }
    }
}
