#!/usr/bin/env bash
# Renders every BPMN diagram in processes/ to processes/diagrams/<file>.svg with bpmn-js in
# headless Chromium, for the designer's guide (processes/README.md). Run after changing a model:
#   bash processes/.tools/render-diagrams.sh
# Needs Node/npm (bpmn-js from the npm registry) and Chromium (/usr/bin/chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund bpmn-js@17.11.1 >/dev/null)
mkdir -p "$root/processes/diagrams"
for model in "$root"/processes/*.bpmn; do
  name="$(basename "$model" .bpmn)"
  python3 - "$model" "$work/page.html" "$work/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js" <<'PY'
import json, sys
model, page, viewer = sys.argv[1:4]
xml = open(model, encoding="utf-8").read()
open(page, "w", encoding="utf-8").write(f"""<!doctype html><meta charset="utf-8">
<div id="canvas" style="width:1600px;height:900px"></div><pre id="out"></pre>
<script src="file://{viewer}"></script>
<script>
const viewer = new BpmnJS({{ container: '#canvas' }});
viewer.importXML({json.dumps(xml)}).then(() => viewer.saveSVG()).then(({{ svg }}) => {{
  document.getElementById('out').textContent = svg;
}}).catch(e => {{ document.getElementById('out').textContent = 'ERROR ' + e.message; }});
</script>""")
PY
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --allow-file-access-from-files --user-data-dir="$work/profile" \
    --virtual-time-budget=10000 --dump-dom "file://$work/page.html" 2>/dev/null > "$work/dom.html"
  python3 - "$work/dom.html" "$root/processes/diagrams/$name.svg" <<'PY'
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<pre id="out">(.*?)</pre>', dom, re.S)
svg = html.unescape(m.group(1)) if m else ""
if not svg.startswith("<?xml") and not svg.startswith("<svg"):
    sys.exit("rendering failed: " + svg[:200])
open(sys.argv[2], "w", encoding="utf-8").write(svg)
PY
  echo "rendered processes/diagrams/$name.svg"
done
