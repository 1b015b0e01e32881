// A static server for the built site on loopback: what the browser tests and benchmarks
// read, so that they see exactly the files a deployment would serve.
import http from 'node:http';
import sirv from 'sirv';
import compression from 'compression';

const compress = compression();

/**
 * Serves `dir` on 127.0.0.1 (a free port unless given). With `gzip`, responses are
 * compressed on the fly, as a production static host would.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveStatic(dir, { port = 0, gzip = false } = {}) {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], single: false });
  const server = http.createServer((req, res) => {
    if (gzip) {
      compress(req, res, () => serve(req, res));
      return;
    }
    serve(req, res);
  });
  function serve(req, res) {
    files(req, res, () => {
      // Unknown paths get the site's own 404 page, as static hosts do.
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      const locale404 = req.url.startsWith('/zh-Hans/') ? '/zh-Hans/404.html' : '/404.html';
      req.url = locale404;
      req.path = locale404;
      files(req, res, () => res.end('not found'));
    });
  }
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address();
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
