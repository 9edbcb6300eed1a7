package vn.dangbo.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
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

  void go(String path) {
    driver.get(base + path);
  }

  void signIn(String username, String password) {
    go("/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.getCurrentUrl().contains("/login"));
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
    openMenu().findElement(By.linkText(link)).click();
  }

  void signOut() {
    openMenu().findElement(By.cssSelector("form[action$='/logout'] button")).click();
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
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(size);
    return file;
  }

  /** From now on every load fetches everything again, as on a first visit. */
  void disableCache() {
    driver.executeCdpCommand("Network.enable", java.util.Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", java.util.Map.of("cacheDisabled", true));
  }

  /** Bytes that crossed the network for the current page and its resources (compressed). */
  long transferredBytes() {
    // the browser adds a resource's entry a moment after its response ends, which on a busy
    // machine can be after the load event: wait for the entries of the page's style sheets and
    // scripts before adding them up
    new WebDriverWait(driver, Duration.ofSeconds(10))
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
