#!/usr/bin/env node
// Serves the repository (gallery in examples/, bundle in dist/) on localhost and prints the URL,
// with the API reference (site/api, made by `npm run docs`) at /api/ as in the built gallery.
// Used by `npm start` and by the browser tests, which import startServer().
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Starts the server; port 0 picks a free port. Resolves to { url, close }. */
export function startServer(port = 0) {
  const files = sirv(root, { dev: true, dotfiles: false });
  const api = sirv(`${root}site/api`, { dev: true });
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(302, { Location: "/examples/" });
      res.end();
      return;
    }
    const notFound = () => {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("Not found");
    };
    if (req.url?.startsWith("/api/")) {
      req.url = req.url.slice("/api".length);
      api(req, res, notFound);
      return;
    }
    files(req, res, notFound);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://localhost:${actual}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 8080);
  startServer(port)
    .then(({ url }) => console.log(`chronoline gallery: ${url}/examples/  (Ctrl+C to stop)`))
    .catch((error) => {
      if (error.code === "EADDRINUSE") {
        console.error(`Port ${port} is busy; run with another, e.g. PORT=8081 npm start`);
        process.exit(1);
      }
      throw error;
    });
}
