package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zongzhi.testsupport.Tokens;

/**
 * A person at a browser: Debian's Chromium, headless, driven through its own chromedriver, signing in on
 * Keycloak's real login form through the gateway. Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String gateway;
    private final WebDriverWait wait;

    private Browser(String gateway, int width, int height) {
        assertThat(CHROMIUM)
                .as("Debian's chromium is needed for the browser tests: apt-get install chromium chromium-driver"
                        + " fonts-noto-cjk (./platform test and .ci/run install them where they can)")
                .exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=" + width + "," + height);
        // Headless Chromium on Linux sends Accept-Language from this preference, not from --lang.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(new Dimension(width, height));
        this.gateway = gateway;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20)) {
            @Override
            public <V> V until(java.util.function.Function<? super org.openqa.selenium.WebDriver, ? extends V> isTrue) {
                try {
                    return super.until(isTrue);
                } catch (org.openqa.selenium.TimeoutException e) {
                    Path shot = screenshot("failed-" + System.currentTimeMillis());
                    throw new org.openqa.selenium.TimeoutException(
                            "timed out on " + driver.getCurrentUrl() + " (screenshot " + shot + "); the page said: "
                                    + abbreviate(driver.findElement(By.tagName("body"))
                                            .getText()),
                            e);
                }
            }
        };
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** A desk: 1366×900. */
    static Browser desk(String gateway) {
        return new Browser(gateway, 1366, 900);
    }

    /** A phone held in one hand: 390×844. */
    static Browser phone(String gateway) {
        return new Browser(gateway, 390, 844);
    }

    /** The 指挥调度区's wall screen. */
    static Browser wall(String gateway) {
        return new Browser(gateway, 1920, 1080);
    }

    /** Fetches a console path with this browser's session, as a click on a download link would. */
    byte[] download(String href) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.URI uri = java.net.URI.create(gateway).resolve(href);
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(uri)
                                .header("Cookie", cookies)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return response.body();
    }

    /** The text of every part of a zip (an .xlsx), to look for what a workbook says. */
    static String unzipped(byte[] zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                text.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    /** What a script on the page answers. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Signs in on Keycloak's form and lands on the console's home page. */
    Browser signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/");
        wait.until(d -> !d.findElements(By.id("username")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Tokens.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(gateway)
                && !d.findElements(By.cssSelector("main#main")).isEmpty());
        return this;
    }

    ChromeDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(gateway + path);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    /** The text of the page's main content. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    WebElement find(String css) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into the field with this id, replacing what it held. */
    Browser type(String id, String text) {
        WebElement field = find("#" + id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser typeIn(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a date field (its picker takes keys in the locale's order, so the value is set directly). */
    Browser date(String css, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", find(css), isoDate);
        return this;
    }

    Browser select(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    Browser click(String css) {
        activate(find(css));
        return this;
    }

    /**
     * Clicks an element; when it is a link or a submit button, waits until the next page has replaced this
     * one, so what follows reads the new page.
     */
    private void activate(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        String tag = element.getTagName();
        String type = element.getDomAttribute("type");
        boolean navigates = "a".equals(tag) || ("button".equals(tag) && (type == null || "submit".equals(type)));
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        if (navigates) {
            wait.until(ExpectedConditions.stalenessOf(page));
            find("body");
        }
    }

    /** Clicks the button or link whose text is exactly {@code label}, within {@code scope} (a CSS selector). */
    Browser press(String scope, String label) {
        WebElement element = wait.until(
                d -> d.findElements(By.cssSelector(scope + " button, " + scope + " a, " + scope + " summary")).stream()
                        .filter(e -> e.isDisplayed() && e.getText().strip().equals(label))
                        .findFirst()
                        .orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        return this;
    }

    /** Opens an action's form in the 办理 card and returns its CSS scope. */
    String openAction(String action) {
        String scope = "#act-" + action;
        WebElement details = find(scope);
        if (details.getDomAttribute("open") == null) {
            click(scope + " > summary");
        }
        return scope + " form";
    }

    /** Waits until the page's text contains {@code text}. */
    Browser waitForText(String text) {
        wait.until(d -> bodyTextWhileNavigating().contains(text));
        return this;
    }

    /**
     * The page's text, or nothing while the document is being replaced: between finding the body and
     * reading it, a page that navigates (a form posted, a redirect) can leave Chrome answering "Node with
     * given id does not belong to the document" — an unknown error, not a stale element — which means
     * only "ask again".
     */
    private String bodyTextWhileNavigating() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return "";
            }
            throw e;
        }
    }

    /** Reloads until the page's text contains {@code text}, for what the platform does in the background. */
    Browser reloadUntil(String text, Duration atMost) {
        await("'" + text + "' on " + url())
                .atMost(atMost)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    driver.navigate().refresh();
                    return text().contains(text);
                });
        return this;
    }

    /** Whether the page is wider than the window (a phone would scroll sideways). */
    boolean scrollsSideways() {
        Object wider = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(wider);
    }

    long innerWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
    }

    /** Saves a full-window screenshot as {@code target/screenshots/<name>.png} and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Long height =
                    (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
            Dimension window = driver.manage().window().getSize();
            if (height != null && height > window.getHeight()) {
                driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 6000)));
            }
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(window);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
