#!/usr/bin/env python3
"""Judges rendered HTML pages in a real browser: headless Chromium through selenium,
in ONE browser session for every page.

For each page given on the command line it prints one JSON object per line:

  {"page": PATH,
   "axe": {"1280": [violations], "390": [violations]},   # axe-core, WCAG 2.0/2.1/2.2 A and AA
   "width": {"320": W, "390": W, "1280": W},             # the document's scroll width at each viewport
   "svgText390": PX or null,                             # the smallest SVG text at 390 px
   "screenshot": {"nonWhite": F, "accent": F, "leftMargin": F, "colours": N}}

axe-core is read from the `axe_playwright_python` wheel (pip install --no-deps
axe-playwright-python), which carries axe.min.js; nothing is fetched from the network.
The screenshot statistics (share of non-white pixels, share of pixels in the house
accent colour, number of distinct colours) tell a styled page from a blank or
unstyled one.

Exit status: 0 when every page was judged (the caller decides what passes), 2 when
a tool is missing (the message says what to install), 1 on any other failure.
"""
import io
import json
import os
import sys
import time

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = [1280, 390, 320]
AXE_WIDTHS = {1280, 390}
HEIGHT = 900


def missing(what):
    print(f"check_pages.py: {what}", file=sys.stderr)
    sys.exit(2)


def axe_source():
    try:
        import axe_playwright_python
    except ImportError:
        missing("axe-core is missing: pip install --no-deps axe-playwright-python")
    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("selenium is missing: pip install selenium")
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(binary):
            break
    else:
        missing("Chromium is missing: apt-get install chromium chromium-driver")
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    if driver_path is None:
        missing("chromedriver is missing: apt-get install chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
                     "--disable-extensions", "--no-first-run", f"--window-size=1280,{HEIGHT}"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(driver_path), options=options)


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})


def run_axe(driver, source):
    # Injected once per loaded page (a width change keeps it).
    if not driver.execute_script("return typeof window.axe !== 'undefined';"):
        driver.execute_script(source)
    driver.set_script_timeout(120)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        TAGS)
    return result


def screenshot_statistics(driver):
    """Pixel statistics of the first screen at 1280 px: share of non-white pixels (a
    blank page has none), share in the packs' accent colour (#1d4f7a), and share of
    non-white pixels in the left 120 px (a styled page is a centred column with an
    empty margin there; an unstyled one starts its text at 8 px)."""
    try:
        from PIL import Image
    except ImportError:
        missing("Pillow is missing: pip install pillow (WeasyPrint depends on it)")
    image = Image.open(io.BytesIO(driver.get_screenshot_as_png())).convert("RGB")
    width, height = image.size
    pixels = image.load()
    total = non_white = accent = margin = margin_total = 0
    colours = set()
    for y in range(0, height, 4):
        for x in range(0, width, 4):
            r, g, b = pixels[x, y]
            total += 1
            colours.add((r, g, b))
            dark = r + g + b < 720
            non_white += dark
            accent += abs(r - 0x1d) < 40 and abs(g - 0x4f) < 40 and abs(b - 0x7a) < 40
            if x < 120:
                margin_total += 1
                margin += dark
    return {"nonWhite": round(non_white / total, 4), "accent": round(accent / total, 4),
            "leftMargin": round(margin / margin_total, 4), "colours": len(colours)}


def main(pages):
    started = time.monotonic()
    source = axe_source()
    driver = browser()
    timings = {"start": time.monotonic() - started, "load": 0.0, "axe": 0.0, "width": 0.0, "screenshot": 0.0}
    try:
        for page in pages:
            url = "file://" + os.path.abspath(page)
            report = {"page": page, "axe": {}, "width": {}}
            mark = time.monotonic()
            set_width(driver, 1280)
            driver.get(url)
            timings["load"] += time.monotonic() - mark
            for width in WIDTHS:
                mark = time.monotonic()
                set_width(driver, width)
                report["width"][str(width)] = driver.execute_script(
                    "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")
                timings["width"] += time.monotonic() - mark
                if width == 390:
                    # The smallest text in an SVG diagram (the pathway), in CSS px: it must
                    # stay readable on a phone, not shrink with the picture.
                    report["svgText390"] = driver.execute_script(
                        "const sizes = Array.from(document.querySelectorAll('svg text'))"
                        ".map(t => t.getBoundingClientRect().height).filter(h => h > 0);"
                        "return sizes.length ? Math.min(...sizes) : null;")
                if width in AXE_WIDTHS:
                    mark = time.monotonic()
                    report["axe"][str(width)] = run_axe(driver, source)
                    timings["axe"] += time.monotonic() - mark
                if width == 1280:
                    mark = time.monotonic()
                    report["screenshot"] = screenshot_statistics(driver)
                    timings["screenshot"] += time.monotonic() - mark
            print(json.dumps(report, sort_keys=True), flush=True)
    finally:
        driver.quit()
    timings["total"] = time.monotonic() - started
    print("check_pages.py: %d pages, seconds: %s" % (len(pages), json.dumps({k: round(v, 1) for k, v in timings.items()})),
          file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: check_pages.py PAGE.html...", file=sys.stderr)
        sys.exit(64)
    main(sys.argv[1:])
