#!/usr/bin/env bash
# Builds the wasm modules of the page into www/pkg (the core, loaded at
# start), www/pkg-xlsx (the core with the XLSX writer and the DOCX reader,
# loaded only when a workbook is asked for or a Word document opened) and www/pkg-search (the core with the regex crate,
# loaded when the find box or a /pattern/ is first used), each through
# wasm-bindgen and wasm-opt -Oz.
set -euo pipefail
cd "$(dirname "$0")/.."
wasmopt=node_modules/.bin/wasm-opt

build() { # features out-dir opt-level
  local feat=$1 out=$2
  CARGO_PROFILE_WASM_OPT_LEVEL=$3 \
    cargo build --profile wasm --target wasm32-unknown-unknown --lib --no-default-features $feat
  rm -rf "$out.tmp" && mkdir -p "$out.tmp"
  wasm-bindgen --target web --no-typescript --out-dir "$out.tmp" --out-name zhibiao \
    target/wasm32-unknown-unknown/wasm/zhibiao.wasm
  "$wasmopt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out.tmp/zhibiao_bg.wasm" -o "$out.tmp/zhibiao_bg.wasm"
  rm -rf "$out" && mv "$out.tmp" "$out"
}
# The core module is built for speed (opt-level 3: ~30% faster analysis for
# ~10 KB more); the workbook module, loaded once per download, for size.
build "" www/pkg 3
build "--features xlsx,docx" www/pkg-xlsx z
build "--features search" www/pkg-search z
# pdf.js (pdfjs-dist, an npm dependency) for PDF files, loaded by the worker
# only when a PDF is opened: its module, its worker, the CMaps of CJK fonts
# and the standard fonts, served from the page's own origin. files.json lists
# them for the service worker.
pdfjs=node_modules/pdfjs-dist
rm -rf www/vendor/pdfjs && mkdir -p www/vendor/pdfjs
cp "$pdfjs/build/pdf.min.mjs" "$pdfjs/build/pdf.worker.min.mjs" "$pdfjs/LICENSE" www/vendor/pdfjs/
cp -r "$pdfjs/cmaps" "$pdfjs/standard_fonts" www/vendor/pdfjs/
(cd www && find vendor -type f ! -name files.json | sort | node -e 'const l=require("fs").readFileSync(0,"utf8").trim().split("\n");process.stdout.write(JSON.stringify(l))' > vendor/files.json)
pdfkb=$(( $(cat www/vendor/pdfjs/pdf.min.mjs www/vendor/pdfjs/pdf.worker.min.mjs | gzip -9c | wc -c) / 1024 ))
echo "pdf.js: $pdfkb KB gzipped (module and worker), CMaps $(du -sk www/vendor/pdfjs/cmaps | cut -f1) KB"
gz=$(gzip -9c www/pkg/zhibiao_bg.wasm | wc -c)
gzx=$(gzip -9c www/pkg-xlsx/zhibiao_bg.wasm | wc -c)
gzs=$(gzip -9c www/pkg-search/zhibiao_bg.wasm | wc -c)
echo "wasm: core $((gz / 1024)) KB gzipped, with xlsx $((gzx / 1024)) KB, with search $((gzs / 1024)) KB (each lazy module holds the core too)"
# The size budget (gzipped): the first paint loads the core only. The core
# grew from 126 KB to about 166 KB with the English grammar (tagger, lexicons,
# bilingual reading, +29 KB) and the speed work's indexes (+11 KB); the budget
# follows it with a little room, no more. Issue 13 sets the core's at 250 KB;
# reading files (web-sys, HTML) added ~9 KB, and the regex crate (~110 KB
# even without its Unicode tables) is kept out of it, in the search module.
# The Word reader (quick-xml; zip was there) adds ~53 KB to the xlsx module.
# The panel workbook (three sheets) adds ~9 KB to the xlsx module.
# Many reports (issue 12) added about 55 KB to the core: the concepts and
# governments tables with their readers (~30 KB), the promise check and the
# panel's binding (~25 KB).
budget_core=$((250 * 1024)) budget_xlsx=$((480 * 1024)) budget_search=$((400 * 1024))
if [ "$gz" -gt "$budget_core" ] || [ "$gzx" -gt "$budget_xlsx" ] || [ "$gzs" -gt "$budget_search" ]; then
  echo "wasm: over the size budget (core $((budget_core / 1024)) KB, xlsx $((budget_xlsx / 1024)) KB, search $((budget_search / 1024)) KB gzipped)" >&2
  exit 1
fi
