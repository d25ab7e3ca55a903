#!/usr/bin/env python3
"""Writes locales/countries.tsv: the name of every region of the phone picker
(src/domain/countries.rs, COUNTRIES) in each language of the pages, from CLDR.

    npm install --prefix /tmp/cldr cldr-localenames-full
    python3 locales/countries.py /tmp/cldr/node_modules/cldr-localenames-full

CLDR_PATH is the `cldr-localenames-full` package (npm), or a checkout of the cldr-json
repository (its `cldr-json/cldr-localenames-full` folder is found), or any folder with
`main/<locale>/territories.json` in it.

The English column is the table's own English names (the pages' English stays as it
is: "Bosnia and Herzegovina" where CLDR writes "Bosnia & Herzegovina"); every other
column is CLDR's standard territory name (not its `-alt-variant` forms; the
`-alt-short` form only for the regions of SHORT, whose standard names are descriptions
like "Sonderverwaltungsregion Hongkong" that nobody looks for in a list), from the locale `pt` for pt-BR and `zh` (Simplified) for zh-CN. A region CLDR
does not name in a language is an error.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COUNTRIES_RS = os.path.join(HERE, "..", "src", "domain", "countries.rs")
OUT = os.path.join(HERE, "countries.tsv")

# Column (the pages' language tag) -> CLDR locale.
# Regions named by CLDR's short form (as the pickers of phones and browsers do).
SHORT = {"HK", "MO", "PS"}

COLUMNS = [("es", "es"), ("pt-BR", "pt"), ("fr", "fr"), ("de", "de"), ("ar", "ar"), ("hi", "hi"), ("zh-CN", "zh")]


def main_dir(path):
    for candidate in [path, os.path.join(path, "cldr-json", "cldr-localenames-full"), os.path.join(path, "cldr-localenames-full")]:
        if os.path.exists(os.path.join(candidate, "main", "en", "territories.json")):
            return os.path.join(candidate, "main")
    sys.exit(f"no main/en/territories.json under {path}")


def territories(main, locale):
    with open(os.path.join(main, locale, "territories.json"), encoding="utf-8") as f:
        return json.load(f)["main"][locale]["localeDisplayNames"]["territories"]


def regions():
    """(ISO code, English name) of every COUNTRIES row, in the table's order."""
    with open(COUNTRIES_RS, encoding="utf-8") as f:
        src = f.read()
    table = src[src.index("pub const COUNTRIES"):]
    table = table[: table.index("];")]
    rows = re.findall(r'Country \{ iso: "([A-Z]{2})", name: "((?:[^"\\]|\\.)*)"', table)
    if not rows:
        sys.exit("no rows found in COUNTRIES")
    return [(iso, name.replace('\\"', '"')) for iso, name in rows]


def clean(text):
    if "\t" in text or "\n" in text:
        sys.exit(f"a name with a tab or a line break: {text!r}")
    return text.strip()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main = main_dir(sys.argv[1])
    names = {tag: territories(main, locale) for tag, locale in COLUMNS}
    lines = ["\t".join(["region", "en"] + [tag for tag, _ in COLUMNS])]
    missing = []
    for iso, english in regions():
        row = [iso, clean(english)]
        for tag, _ in COLUMNS:
            name = (names[tag].get(f"{iso}-alt-short") if iso in SHORT else None) or names[tag].get(iso)
            if not name:
                missing.append(f"{iso} in {tag}")
                name = ""
            row.append(clean(name))
        lines.append("\t".join(row))
    if missing:
        sys.exit("CLDR has no name for: " + ", ".join(missing))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{OUT}: {len(lines) - 1} regions")


if __name__ == "__main__":
    main()
