#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources: every string for French, plural forms only for
# English (the source language). Then translate what lupdate marks unfinished, e.g. in Qt Linguist:
#   /usr/lib/qt6/bin/linguist translations/bureau_fr.ts
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
sources=(core ui app)
"$lupdate" -no-obsolete -locations none -I . -extensions cpp,h "${sources[@]}" -ts translations/bureau_fr.ts
"$lupdate" -no-obsolete -locations none -I . -pluralonly -extensions cpp,h "${sources[@]}" -ts translations/bureau_en.ts
unfinished=$(grep -c 'type="unfinished"' translations/bureau_fr.ts || true)
echo "translations/bureau_fr.ts: ${unfinished} unfinished string(s)"
