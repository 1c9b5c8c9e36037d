/**
 * The review console's front end: static files built into dist/web by `npm run build` (no CDN,
 * everything from the package). `/` and `/s/<token>` (a share link) serve the same page; the page
 * decides what to show from its path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

/** dist/web of the package this module belongs to (from src/ under tsx, or from dist/src/). */
export function webDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.join(dir, 'dist', 'web');
}

export function webRouter(dir = webDir()): Router {
  const router = Router();
  const page = (_req: express.Request, res: express.Response) => {
    res.set('Cache-Control', 'no-cache').set('Referrer-Policy', 'no-referrer');
    res.sendFile(path.join(dir, 'index.html'));
  };
  router.get('/', page);
  router.get('/s/:token', page);
  router.use('/web', express.static(dir, { index: false, maxAge: 0 }));
  return router;
}
