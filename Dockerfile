# syntax=docker/dockerfile:1
# Multi-stage image of the commerce GraphQL server: compiled JavaScript on
# production dependencies only.
#   docker build -t commerce-graphql .
#   docker run -p 4000:4000 -e NODE_ENV=development commerce-graphql   (embedded demo database)
# With docker compose, DATABASE_URL points at the postgres service instead.

# --- build: all dependencies, the generated Prisma client (postinstall), tsc ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV CI=true
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY src/cli/generate.ts ./src/cli/generate.ts
COPY admin ./admin
# postinstall runs `npm run generate` (Prisma client + Pothos types into src/generated; no
# Prisma engine download) and `npm run admin:build` (the admin console into admin/dist).
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- production dependencies only (the client is already generated and compiled) ---
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# --- runtime ---
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY prisma ./prisma
COPY --from=build /app/dist ./dist
COPY --from=build /app/admin/dist ./admin/dist
# /data holds the embedded database when DATABASE_URL is not set.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Migrations run on start (dist/main.js); node receives SIGTERM itself and shuts down gracefully.
# The same command as `npm run start:prod` (a smaller old generation: docs/performance.md, RSS).
CMD ["node", "--max-old-space-size=256", "dist/main.js"]
