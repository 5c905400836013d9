#!/usr/bin/env bash
# Builds the library into .build/NAME (ESM only, no types) so that several people can build and
# score at once without touching dist/:  scripts/build-to.sh NAME && node ../shared/eval/score.mjs --lib .build/NAME ...
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/build-to.sh NAME}
out=.build/$name
mkdir -p "$out/dist"
npx esbuild src/index.ts --bundle --format=esm --platform=neutral --target=es2022 --log-level=warning --outfile="$out/dist/index.js"
printf '{ "name": "warta", "type": "module", "exports": "./dist/index.js" }\n' > "$out/package.json"
