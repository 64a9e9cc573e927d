#!/usr/bin/env bash
# Every check, the same for a developer and CI: `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
echo "== cargo fmt --check"; cargo fmt --check
echo "== clippy (native)"; cargo clippy --all-targets -- -D warnings
echo "== clippy (wasm32)"; cargo clippy --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings
echo "== clippy (wasm32, the lazy modules)"; cargo clippy --target wasm32-unknown-unknown --lib --no-default-features --features xlsx,search,docx -- -D warnings
echo "== cargo test (release: the CLI tests use the same binary)"; cargo test --release
echo "== wasm build"; bash scripts/build-wasm.sh
echo "== browser and CLI tests"; node --test --test-concurrency=1 tests/browser/ tests/js/
