package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Harbor's therapist shows their own video of the hip flexor stretch instead of its drawing: a text file named like a
 * video is refused next to the form; the real one is stored. Maya, whose program has the stretch, starts it in the
 * middle on her program page, which her player does by asking for a range of it (206). Northside's patient gets
 * 404 for it. Removing it brings the drawing back.
 */
class ExerciseVideoJourneyIT extends Journey {

    private static final String STRETCH_PAGE = "/therapist/library/exercise.xhtml?id=40";
    private static final String STRETCH_MEDIUM_PAGE = "/therapist/library/medium.xhtml?id=40";
    private static final String STRETCH_VIDEO = "/media/exercises/40";
    /** Maya Chen's program at Harbor, which has the hip flexor stretch every day. */
    private static final String MAYAS_PROGRAM = "/patient/program.xhtml?id=900002";

    @Test
    void anUploadedVideoPlaysFromTheMiddleForThePatientAndNobodyElse() throws Exception {
        Path video = TestVideo.mp4(6);
        Path notAVideo = Files.createTempFile("not-a-video-", ".mp4");
        Files.writeString(notAVideo, "just some notes, whatever the name says", StandardCharsets.UTF_8);
        try {
            browser.signIn(STRETCH_PAGE, "harbor-pt", "demo");
            browser.awaitText(By.id("page-title"), "Half-kneeling hip flexor stretch");
            browser.await(By.cssSelector("img.exercise-drawing"));
            browser.await(By.id("medium-link")).click();
            browser.awaitText(By.id("page-title"), "Your clinic's picture or video");
            assertEquals("Half-kneeling hip flexor stretch", browser.text(By.id("exercise-name")));
            upload(notAVideo);
            browser.awaitText(
                    By.id("medium:medium-messages"),
                    "Upload a picture (PNG, JPEG or WebP) or a short video (MP4 or WebM); this file is neither,"
                            + " whatever its name says.");
            upload(video);
            browser.awaitText(By.id("medium:medium-messages"), "Uploaded: your patients see it with the exercise.");
            assertFalse(browser.await(By.cssSelector("video.exercise-medium"))
                    .getAttribute("src")
                    .isEmpty());
            browser.open(STRETCH_PAGE);
            browser.await(By.cssSelector("video.exercise-medium"));
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector("img.exercise-drawing"))
                            .isEmpty(),
                    "the clinic's video instead of the drawing");
            browser.signOut();

            browser.signIn(MAYAS_PROGRAM, "harbor-patient", "demo");
            WebElement player = browser.await(By.cssSelector("video.exercise-medium"));
            Map<?, ?> played = playFromTheMiddle(player);
            double duration = ((Number) played.get("duration")).doubleValue();
            assertTrue(duration > 5 && duration < 7, "a six-second video: " + played);
            assertTrue(((Number) played.get("at")).doubleValue() >= duration / 2, "played from the middle: " + played);
            assertEquals(Boolean.FALSE, played.get("paused"), played.toString());

            byte[] file = Files.readAllBytes(video);
            HttpResponse<byte[]> middle = browser.download(STRETCH_VIDEO, "bytes=" + file.length / 2 + "-");
            assertEquals(206, middle.statusCode());
            assertEquals(
                    "bytes " + file.length / 2 + "-" + (file.length - 1) + "/" + file.length,
                    middle.headers().firstValue("Content-Range").orElse(""));
            assertArrayEquals(Arrays.copyOfRange(file, file.length / 2, file.length), middle.body());
            assertEquals(
                    416,
                    browser.download(STRETCH_VIDEO, "bytes=" + file.length + "-")
                            .statusCode());
            browser.signOut();

            browser.signIn("/patient/", "northside-patient", "demo");
            browser.awaitText(By.id("page-title"), "My program");
            assertEquals(404, browser.download(STRETCH_VIDEO).statusCode(), "another clinic's patient");
            browser.signOut();
        } finally {
            Files.deleteIfExists(video);
            Files.deleteIfExists(notAVideo);
        }

        browser.signIn(STRETCH_MEDIUM_PAGE, "harbor-pt", "demo");
        browser.await(By.id("medium:remove")).click();
        browser.awaitText(By.id("medium:medium-messages"), "Removed.");
        assertTrue(browser.driver()
                .findElements(By.cssSelector("video.exercise-medium"))
                .isEmpty());
        browser.open(STRETCH_PAGE);
        browser.await(By.cssSelector("img.exercise-drawing"));
    }

    private void upload(Path file) {
        browser.driver()
                .findElement(By.cssSelector("#medium input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.await(By.id("medium:upload")).click();
    }

    /** Seeks the player to half its length once it knows it, plays, and says where it got to a moment later. */
    private Map<?, ?> playFromTheMiddle(WebElement player) {
        return (Map<?, ?>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const video = arguments[0], done = arguments[arguments.length - 1];"
                                + "video.muted = true;"
                                + "const report = () => done({duration: video.duration, at: video.currentTime,"
                                + " paused: video.paused, ready: video.readyState});"
                                + "const seek = () => {"
                                + "  video.addEventListener('seeked', () => video.play()"
                                + "    .then(() => setTimeout(report, 800), error => done({error: String(error)})),"
                                + "    {once: true});"
                                + "  video.currentTime = video.duration / 2;"
                                + "};"
                                + "if (video.readyState >= 1) { seek(); }"
                                + " else { video.addEventListener('loadedmetadata', seek, {once: true}); video.load(); }",
                        player);
    }
}
