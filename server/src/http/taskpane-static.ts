import express, { type RequestHandler } from 'express';

/** The add-in's files change with each build; Office caches hard, so it must revalidate. */
const NO_STALE_PANE = 'no-cache';

/**
 * Serves the built task pane (addin/dist) at /addin on the API's own origin, so the pane calls
 * the API without CORS. Text files go out as UTF-8: the pane is Chinese by default.
 */
export function taskPaneStatic(dir: string): RequestHandler {
  return express.static(dir, {
    index: false,
    setHeaders(res, filePath) {
      res.setHeader('Cache-Control', NO_STALE_PANE);
      const type = /\.(html|js|css|json)$/.exec(filePath)?.[1];
      if (type === 'js') res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      else if (type === 'html') res.setHeader('Content-Type', 'text/html; charset=utf-8');
      else if (type === 'css') res.setHeader('Content-Type', 'text/css; charset=utf-8');
    },
  });
}
