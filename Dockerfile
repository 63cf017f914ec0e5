# Production image: `docker compose up` (see docker-compose.yml) runs it next to Postgres.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app ./
EXPOSE 3000
# Apply committed migrations, then serve. Several containers can share one database. `exec` makes
# Next the container's main process, so `docker stop`'s SIGTERM reaches it (npx would not pass it
# on) and a report being rendered can finish (decision 51).
CMD ["sh", "-c", "node_modules/.bin/tsx scripts/migrate.ts && exec node_modules/.bin/next start --port ${PORT}"]
