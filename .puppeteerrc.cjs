// pa11y brings puppeteer, whose install step would download a browser; there is no network for that here,
// and the audit uses Debian's Chromium (CHROME_PATH / CHROMIUM_PATH) instead.
module.exports = { skipDownload: true };
