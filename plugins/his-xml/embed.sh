#!/bin/sh
# embed.sh NAME FILE: write FILE's text as the C string NAME on stdout.
# Backslashes, quotes and '?' (no trigraphs) are escaped; each line keeps
# its "\n", so libxml2 reports schema problems at the file's own lines.
name=$1
file=$2
echo "/* Generated from $(basename "$file") by embed.sh at build time; do not edit. */"
echo "extern const char $name[];"
echo "const char $name[] ="
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/^/"/' -e 's/$/\\n"/' "$file" || exit 1
echo ";"
