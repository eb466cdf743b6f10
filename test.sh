#!/usr/bin/env bash
# Builds the project and runs every test against real PostgreSQL, RabbitMQ and Keycloak; see README.md.
exec "$(dirname "$0")/deploy/local/test.sh" "$@"
