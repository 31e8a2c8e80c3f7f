package org.helpdesk.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by chromedriver, with the waits and screenshots the browser tests need. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    /** Where the files the pages give to download land. */
    private final Path downloads;

    public Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000", "--lang=es",
                "--user-data-dir=" + Files.createTempDirectory("helpdesk-chromium"));
        downloads = Files.createTempDirectory("helpdesk-downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Paths.get(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** All elements the locator finds now (none: an empty list). */
    public java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Clicks as soon as the element can take the click (an overlay still fading out is waited for). */
    public void click(By by) {
        wait.ignoring(ElementClickInterceptedException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Resizes the window, e.g. to a phone's screen. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Whether the page is wider than the window, which on a phone means scrolling sideways. */
    public boolean overflowsSideways() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(overflow);
    }

    /** Runs JavaScript in the page and returns its result (numbers come back as Long or Double, see Selenium). */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Follows a link to where it points, whatever may lie over it on the page (row selection, overlays). */
    public void follow(By link) {
        driver.get(find(link).getAttribute("href"));
    }

    /** Waits until exactly {@code count} elements match. */
    public void waitForRows(By by, int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(by, count));
    }

    /** The unread count in an agent's bell (0 when it shows none). */
    public int bellCount() {
        List<WebElement> count = driver.findElements(By.id("header:bell-count"));
        // "99+" is read as 99
        return count.isEmpty() ? 0 : Integer.parseInt(count.get(0).getText().replace("+", "").trim());
    }

    /** Waits until the condition holds (checked twice a second, for up to 20 seconds). */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    /** Waits until the input field holds exactly {@code value}. */
    public void waitForValue(By by, String value) {
        wait.until(ExpectedConditions.attributeToBe(by, "value", value));
    }

    /** Waits until the element's text contains {@code text}. */
    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until a PrimeFaces checkbox shows a state: {@code ui-state-active} (ticked) or {@code ui-state-disabled}. */
    public void waitForCheckbox(String id, String state) {
        find(By.xpath("//div[@id='" + id + "']/div[contains(@class,'ui-chkbox-box') and contains(@class,'" + state + "')]"));
    }

    /**
     * Chooses an option of a PrimeFaces selectOneMenu by its label, as a user does: open the menu,
     * click the option, and again if a click landed while the menu was still opening.
     */
    public void choose(String menuId, String label) {
        WebElement menu = find(By.id(menuId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        By shown = By.id(menuId + "_label");
        By option = By.xpath("//*[@id='" + menuId + "_panel']//li[@data-label='" + label + "']");
        wait.ignoring(WebDriverException.class).until(d -> {
            if (label.equals(d.findElement(shown).getText())) {
                return true;
            }
            List<WebElement> options = d.findElements(option);
            if (options.isEmpty() || !options.get(0).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
            } else {
                options.get(0).click();
            }
            return false;
        });
    }

    /**
     * Ticks an option of a PrimeFaces selectCheckboxMenu by its label, as a user does: open the menu, tick
     * the box, close the menu.
     */
    public void tick(String menuId, String label) {
        WebElement menu = find(By.id(menuId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
        By box = By.xpath("//*[@id='" + menuId + "_panel']//li[normalize-space(.)='" + label + "']//div[contains(@class, 'ui-chkbox-box')]");
        wait.ignoring(WebDriverException.class).until(d -> {
            List<WebElement> boxes = d.findElements(box);
            if (boxes.isEmpty() || !boxes.get(0).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
                return false;
            }
            if (!boxes.get(0).getAttribute("class").contains("ui-state-active")) {
                boxes.get(0).click();
                return false;
            }
            return true;
        });
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", menuId);
    }

    /** The file the page gave to download whose name ends with {@code suffix}, once it has arrived whole. */
    public byte[] downloaded(String suffix) throws IOException {
        wait.until(d -> {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(suffix));
            } catch (IOException e) {
                return false;
            }
        });
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            return Files.readAllBytes(files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow());
        }
    }

    /** Runs the steps; if one fails, keeps a screenshot and the page source under the screenshots folder. */
    public void recordOnFailure(String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            Files.writeString(screenshot(name + "-failure").resolveSibling(name + "-failure.html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
            // CI keeps only the console: say there what the browser showed
            String text = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
            System.out.println("Browser test '" + name + "' failed at " + driver.getCurrentUrl() + ", the page showed:\n"
                    + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
            throw e;
        }
    }

    /** Browser steps that may fail. */
    @FunctionalInterface
    public interface Steps {
        void run() throws Exception;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
