#!/usr/bin/env bash
# Regenerate the reports in this folder: the shipped catalog in every format, the demo of
# typical mistakes (with plots), and the sample homework documents. Run from anywhere.
set -u
cd "$(dirname "$0")/.."
for pair in markdown:md html:html json:json junit:xml; do
    verify all --no-cache --no-progress --format "${pair%%:*}" --output "reports/catalog.${pair##*:}" > /dev/null
done
verify all --no-cache --no-progress --derivations reports/demo/derivations --format text > reports/demo.txt
for pair in markdown:md html:html; do
    verify all --no-cache --no-progress --derivations reports/demo/derivations \
        --format "${pair%%:*}" --output "reports/demo.${pair##*:}" > /dev/null
done
if [ -d tests/samples/annotated ]; then
    for pair in markdown:md html:html; do
        verify doc tests/samples/annotated --format "${pair%%:*}" --output "reports/samples.${pair##*:}" > /dev/null
    done
fi
exit 0
