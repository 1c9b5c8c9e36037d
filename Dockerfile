# syntax=docker/dockerfile:1
# Build stage: compile TypeScript (and the native better-sqlite3 addon) with dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3 msgpackr-extract
COPY tsconfig.json tsconfig.build.json tsconfig.web.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev --omit=optional

# Runtime stage: system ffmpeg, no compilers, non-root user.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg tini && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production STORAGE_DIR=/data/storage SQLITE_PATH=/data/callredact.sqlite
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY lexicons ./lexicons
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# `docker run IMAGE serve` for the API, `docker run IMAGE worker` for a queue worker,
# or any other callredact command (redact, doctor, keys ...).
ENTRYPOINT ["/usr/bin/tini", "--", "node", "dist/src/cli.js"]
CMD ["serve"]
