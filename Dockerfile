# syntax=docker/dockerfile:1
# Production image: build once, run as a non-root user, keep the SQLite file and uploads on volumes.
# With MongoDB and an S3 bucket (docker-compose.yml) the volumes simply stay empty. Node 20 (20.19 or
# later, as every dependency accepts; see the README).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# Builds the admin and stamps the sources (package-lock.json included), so `npm start` in the runtime
# stage finds the build current; the lock file is put back after pruning so the stamp still matches.
RUN npm run build \
 && cp package-lock.json /tmp/package-lock.json \
 && npm prune --omit=dev --no-audit --no-fund \
 && cp /tmp/package-lock.json package-lock.json

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    DATABASE_URL=file:/app/data/cms.db \
    MEDIA_DIR=/app/media \
    SEED_DEMO=false
WORKDIR /app
RUN groupadd --system --gid 1001 cchc && useradd --system --uid 1001 --gid cchc --home-dir /app cchc
COPY --from=build --chown=cchc:cchc /app /app
RUN mkdir -p /app/data /app/media && chown cchc:cchc /app/data /app/media
USER cchc
VOLUME ["/app/data", "/app/media"]
EXPOSE 3000
# /api/health answers 200 while the database does (503 when it does not); a first start builds nothing
# here (the image is built), but applies migrations and may load demo data.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Checks the configuration (PAYLOAD_SECRET is required), applies pending migrations, then serves and
# restarts the server if it crashes. Run with --init (compose: init: true) and a restart policy.
STOPSIGNAL SIGTERM
CMD ["npm", "start"]
