#!/usr/bin/env bash
# The editor's trial: what the project's users do to i18n/ between two translation rounds, on a
# scratch copy of the repository, then the unit tests and the check, which must stay green.
#   1. the editor of the French original changes one section (the last paragraph of the text)
#      and sets lastmod, as i18n/README.md says: every translation becomes stale;
#   2. counsel adds the publisher's telephone to i18n/facts.properties and shows it in the French,
#      and the editor records the new version for the history (record-version);
#   3. a translator adds a language from two files alone, as the README's "Add a language" says,
#      the document not translated yet.
# Then `mvn test` must pass, and `exec:java@check` must name the changed sections as the reason
# each translation is stale. Usage: .ci/editor-trial.sh (from anywhere; writes only to a temp dir).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tar -C "$top" --exclude=./target --exclude=./.git -cf - . | tar -C "$scratch" -xf -
cd "$scratch"
french=i18n/content/legal-notice.fr.md
# The day of the edit: today, or the day after the newest recorded version if that is later (one version a day).
today=$(date -u +%F)
newest=$(grep -h '^lastmod:' i18n/history/*.md 2>/dev/null | sed 's/^lastmod: *//; s/"//g' | sort | tail -1)
if [ -n "$newest" ] && [[ ! "$today" > "$newest" ]]; then
    today=$(date -u -d "$newest + 1 day" +%F)
fi

# 1. One section edited: a sentence added to the French's last paragraph, and lastmod.
last=$(grep -n '[^[:space:]]' "$french" | tail -1 | cut -d: -f1)
sed -i "${last}s/\$/ Cette phrase a été ajoutée par l'éditeur./" "$french"
sed -i "0,/^lastmod:.*/s//lastmod: $today/" "$french"
edited=$(grep '^## ' "$french" | tail -1 | sed 's/^## //')

# 2. The telephone, in the facts and in the French (a paragraph after the first one of the text).
printf '\ncompany.phone = +33 1 84 60 00 00\n' >> i18n/facts.properties
first=$(awk '/^---$/{n++; next} n>=2 && /^## /{h=1; next} h && NF{print NR; exit}' "$french")
sed -i "${first}a\\
\\
Téléphone : {{company.phone}}." "$french"

# 3. A language from files alone: the first of these tags that i18n/ does not use.
for tag in pl pt sv da fi cs el hu; do
    [ -e "i18n/messages/$tag.properties" ] || [ -e "i18n/content/legal-notice.$tag.md" ] || break
done
sed -e "s/^language.name = .*/language.name = Trial $tag/" -e "s/^language.format-locale = .*/language.format-locale = $tag/" \
    i18n/messages/fr.properties > "i18n/messages/$tag.properties"
sed -e "s/^slug: .*/slug: \"trial-$tag\"/" "$french" > "i18n/content/legal-notice.$tag.md"

# The editor records the new version for the visitors' history, as i18n/README.md says.
mvn -B -ntp -q compile exec:java@record-version 2>&1 | grep -v '^\[' || true

echo "editor trial: edited section '$edited', added company.phone, recorded the version, added language '$tag' from files (in $scratch)"
if ! mvn -B -ntp test > "$scratch/test.log" 2>&1; then
    grep -E '<<< (FAILURE|ERROR)|^[a-zA-Z.]*(Error|Exception)|expected' "$scratch/test.log" | head -40 >&2
    echo "editor trial: FAILED: mvn test is red after the edits above" >&2
    exit 1
fi
grep -E '^\[INFO\] Tests run: [0-9]+, Failures' "$scratch/test.log" | tail -1
check=$(mvn -B -ntp -q compile exec:java@check 2>&1 || true)
echo "$check" | tail -15
stale=$(echo "$check" | grep -c ": warning: stale: translated from version" || true)
named=$(echo "$check" | grep ": warning: stale: translated from version" | grep -c "section '$edited'" || true)
if [ "$stale" -eq 0 ] || [ "$stale" -ne "$named" ]; then
    echo "editor trial: FAILED: $named of $stale stale translations name section '$edited' as changed" >&2
    exit 1
fi
if echo "$check" | grep -q '^[0-9]* errors\?,' && ! echo "$check" | grep -q '^0 errors,'; then
    echo "editor trial: FAILED: the check reports errors" >&2
    exit 1
fi
echo "editor trial: passed: $stale stale translations, each naming section '$edited'"
