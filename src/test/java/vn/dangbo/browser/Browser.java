package vn.dangbo.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with screenshots written under {@code
 * target/screenshots}. Tests using it are skipped where Chromium is not installed, unless the
 * environment variable {@code DANGBO_REQUIRE_BROWSER=true} asks for them: then they fail. {@code
 * .ci/run} installs Chromium and sets it, so CI never passes without running them.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Duration WAIT = Duration.ofSeconds(10);

  final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  static Browser open(int port) {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("DANGBO_REQUIRE_BROWSER"))) {
      throw new IllegalStateException(
          "DANGBO_REQUIRE_BROWSER is set but Chromium and chromedriver are not installed");
    }
    Assumptions.assumeTrue(
        installed, "Chromium and chromedriver are not installed: browser test skipped");
    var options = new ChromeOptions();
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
        "--lang=vi");
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return new Browser(driver, "http://localhost:" + port);
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Opens the page and waits until it is drawn (see {@link #settle()}). */
  void go(String path) {
    driver.get(base + path);
    settle();
  }

  /**
   * Clicks what leads to another page (a link, a form's button) and waits until that page has
   * replaced this one and is drawn: a click may return before the browser has even sent the
   * request, and what is read next would then be read from the old page.
   */
  void follow(WebElement element) {
    String from = driver.getCurrentUrl();
    element.click();
    // while the old page is being replaced the driver may answer with another error than "stale"
    new WebDriverWait(driver, WAIT)
        .withMessage("no other page came after the click on " + from)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              }
            });
    settle();
  }

  void follow(By by) {
    follow(driver.findElement(by));
  }

  /**
   * Waits until the page is drawn as a person would see it: the parts it fetches after loading
   * ({@code hx-trigger="load"}, replaced by their answer) are in, no htmx request is running, the
   * fonts are loaded and two frames have been rendered. The load event alone comes before all of
   * that; on a busy machine a print, a screenshot or the focus read just after it saw the page
   * blank or unfocused.
   */
  void settle() {
    new WebDriverWait(driver, WAIT)
        .withMessage("parts of " + driver.getCurrentUrl() + " still loading")
        .until(
            d ->
                (Boolean)
                    driver.executeScript(
                        "return !document.querySelector('[hx-trigger=\"load\"], .htmx-request')"));
    driver.executeAsyncScript(
        """
        const done = arguments[arguments.length - 1];
        document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)));
        """);
  }

  void signIn(String username, String password) {
    go("/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    follow(By.cssSelector("form.stack button[type=submit]"));
    new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Submits the page's main form. */
  void submit() {
    follow(By.cssSelector("form.stack button[type=submit]"));
  }

  /** Puts a day in a date input (typing it would depend on the browser's locale). */
  void date(String id, java.time.LocalDate day) {
    driver.executeScript(
        "document.getElementById(arguments[0]).value = arguments[1]", id, day.toString());
  }

  /**
   * Fetches a file the way a download link would, with this browser's session, and returns its
   * status, type, file name and first bytes (as text).
   */
  @SuppressWarnings("unchecked")
  java.util.Map<String, Object> fetch(String path) {
    return (java.util.Map<String, Object>)
        driver.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(async r => {
              const bytes = new Uint8Array(await r.arrayBuffer());
              done({status: r.status, type: r.headers.get('Content-Type'),
                    disposition: r.headers.get('Content-Disposition'), size: bytes.length,
                    head: String.fromCharCode(...bytes.slice(0, 4))});
            }).catch(e => done({status: -1, type: String(e)}));
            """,
            path);
  }

  /** Follows a link of the main menu. */
  void menu(String link) {
    follow(openMenu().findElement(By.linkText(link)));
  }

  void signOut() {
    follow(openMenu().findElement(By.cssSelector("form[action$='/logout'] button")));
  }

  /** Opens the main menu where it is folded into its button (on a phone). */
  WebElement openMenu() {
    var menu = driver.findElement(By.id("menu"));
    if (menu.getDomAttribute("open") == null) {
      menu.findElement(By.tagName("summary")).click();
    }
    return menu;
  }

  /** Saves a full-page screenshot as target/screenshots/NAME.png. */
  Path screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    var size = driver.manage().window().getSize();
    driver
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), (int) Math.min(height + 100, 4000)));
    settle();
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(size);
    return file;
  }

  /**
   * From now on every load fetches everything again, as on a first visit (before the service worker
   * keeps the app shell).
   */
  void disableCache() {
    driver.executeCdpCommand("Network.enable", java.util.Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
    // nor from the service worker's cache of the app shell
    driver.executeCdpCommand("Network.setBypassServiceWorker", java.util.Map.of("bypass", true));
  }

  /** Bytes that crossed the network for the current page and its resources (compressed). */
  long transferredBytes() {
    // the browser adds a resource's entry a moment after its response ends, which on a busy
    // machine can be after the load event: wait for the entries of the page's style sheets and
    // scripts before adding them up
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                (Boolean)
                    driver.executeScript(
                        """
                        const wanted = [...document.querySelectorAll(
                            'link[rel=stylesheet][href], script[src]')].map(e => e.href || e.src);
                        const seen = performance.getEntriesByType('resource').map(r => r.name);
                        return wanted.every(url => seen.includes(url));
                        """));
    return (Long)
        driver.executeScript(
            """
            const nav = performance.getEntriesByType('navigation')[0];
            const res = performance.getEntriesByType('resource');
            return Math.round(nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0));
            """);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
