#!/usr/bin/env bash
# Cluster check with PostgreSQL membership (issue 9): a throwaway PostgreSQL on 127.0.0.1, the membership
# table tests against it, two silo processes, `extract --cluster postgres:...` over 4,000 generated
# documents with one silo killed by PID midway; every document exactly once, equal to the local run.
# Same machinery and options as scripts/cluster-check.sh (CLUSTER_CHECK_DOCS, CLUSTER_CHECK_SKIP_BUILD, ...):
#   scripts/postgres-check.sh            # the check
#   scripts/postgres-check.sh --bench    # throughput with PostgreSQL membership
exec bash "$(dirname "$0")/cluster-check.sh" --postgres "$@"
