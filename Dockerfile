# syntax=docker/dockerfile:1
# Temadag server (`temadag serve`): the API, the widget's files, the embed page and the
# provider's console. SQLite on the /data volume by default; set DATABASE_URL for PostgreSQL.
#
#   docker build -t temadag .
#   docker run -d --name temadag -p 8787:8787 -v temadag-data:/data \
#     -v "$PWD/catalog.json:/config/catalog.json:ro" temadag
#
# docs/server.md ("First day") goes from a fresh server to the console behind TLS.

# --- build: install, build every package, then a production-only copy of the CLI ------------
FROM node:20-slim AS build
# better-sqlite3 compiles its native addon from source (its prebuilt download may be blocked).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile \
  && pnpm build \
  && pnpm --filter @temadag/cli --prod deploy --legacy /app

# --- run: Node 20 slim, no build tools, not root -------------------------------------------------
FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    TEMADAG_CATALOG=/config/catalog.json \
    TEMADAG_DB=/data/temadag.sqlite
WORKDIR /app
COPY --from=build /app /app
# The example catalog, so the image starts without a mount; mount your own over it.
COPY examples/catalog/catalog.json /config/catalog.json
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8787) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/bin.js"]
CMD ["serve"]
