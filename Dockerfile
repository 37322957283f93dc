# Candor in a container: a static binary on a distroless base, run as a non-root user.
#
#   docker build -t candor .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/site" candor build
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/site" -p 1111:1111 candor serve --bind 0.0.0.0
#
# See README.md (Install) and docs/deploy.md for using it in CI.

# Build: Rust on Alpine makes a statically linked (musl) binary.
FROM rust:1.95-alpine AS build
# musl-dev: the C runtime that mimalloc and other C parts link against; make: jemalloc (a
# dependency of the search indexer on musl) builds with it. Both follow the
# Alpine release of the image above, so they are not pinned again here.
# hadolint ignore=DL3018
RUN apk add --no-cache musl-dev make
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin candor \
 && cp target/release/candor /candor

# Run: only the binary, CA certificates and a non-root user (distroless "nonroot": uid and gid 65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /candor /usr/local/bin/candor
WORKDIR /site
USER 65532:65532
EXPOSE 1111
ENTRYPOINT ["/usr/local/bin/candor"]
CMD ["build"]
