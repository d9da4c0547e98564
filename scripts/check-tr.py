#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Flags user-visible string literals that do not go through tr() (STYLE.md, Translation).

The Qt cast macros make every literal a deliberate QStringLiteral/u""_s or tr(), but u""_s
compiles anywhere: this check finds literals handed straight to user-facing setters, constructors
and message boxes, in app/, ui/ and core/.

    check-tr.py SOURCE_ROOT     scan SOURCE_ROOT/{app,ui,core}; exit 1 if anything is flagged
    check-tr.py --self-test     run the built-in cases; exit 1 on any mismatch

A literal that is not words (a symbol, a format) can stay with a reason on its line:
    label->setText(QStringLiteral("—")); // notr: placeholder dash
Literals with no letter (after removing %1 placeholders and HTML tags) are never flagged.
"""

import bisect
import os
import re
import sys

SCANNED_FOLDERS = ("app", "ui", "core")
SCANNED_SUFFIXES = (".cpp", ".h")

# Which arguments of a call carry user-visible text: None means "any argument" (the others of
# these calls are widgets, icons, numbers or enums, never string literals).
ANY = None
FIRST_TEXT = "first-text"  # addItem/insertItem: the first string argument; later ones are data
CALLS = {
    # setters
    "setText": ANY,
    "setWindowTitle": ANY,
    "setToolTip": ANY,
    "setStatusTip": ANY,
    "setWhatsThis": ANY,
    "setPlaceholderText": ANY,
    "setTitle": ANY,
    "setLabelText": ANY,
    "setInformativeText": ANY,
    "setDetailedText": ANY,
    "setAccessibleName": ANY,
    "setAccessibleDescription": ANY,
    "setTabText": ANY,
    "setTabToolTip": ANY,
    "setHeaderData": ANY,
    "setHorizontalHeaderLabels": ANY,
    "setVerticalHeaderLabels": ANY,
    "showMessage": ANY,
    "addAction": ANY,
    "addMenu": ANY,
    "addTab": ANY,
    "insertTab": ANY,
    "addItem": FIRST_TEXT,
    "insertItem": FIRST_TEXT,
    # constructors
    "QLabel": ANY,
    "QPushButton": ANY,
    "QToolButton": ANY,
    "QAction": ANY,
    "QCheckBox": ANY,
    "QRadioButton": ANY,
    "QGroupBox": ANY,
    "QMenu": ANY,
    "QCommandLinkButton": ANY,
    # static dialogs: (parent, title, text, …)
    "QMessageBox::information": (1, 2),
    "QMessageBox::warning": (1, 2),
    "QMessageBox::critical": (1, 2),
    "QMessageBox::question": (1, 2),
    "QMessageBox::about": (1, 2),
    "QMessageBox": ANY,
    # Bureau's own channel for message boxes (ui/widgets/MessageBox.h)
    "MessageBox::information": (1, 2),
    "MessageBox::warning": (1, 2),
    "MessageBox::critical": (1, 2),
    "MessageBox::question": (1, 2),
    "MessageBox::showError": (1,),
    "QInputDialog::getText": (1, 2),
    "QInputDialog::getMultiLineText": (1, 2),
    "QInputDialog::getItem": (1, 2),
    "QInputDialog::getInt": (1, 2),
    "QInputDialog::getDouble": (1, 2),
    # (parent, caption, dir, filter): the directory is not text, the filter's words are.
    "QFileDialog::getOpenFileName": (1, 3),
    "QFileDialog::getOpenFileNames": (1, 3),
    "QFileDialog::getSaveFileName": (1, 3),
    "QFileDialog::getExistingDirectory": (1,),
    # core's errors carry a message for the user: Error::make(kind, message, detail)
    "Error::make": (1,),
}
# Constructors are also matched in declarations: `QLabel label(QStringLiteral("x"));`.
CONSTRUCTORS = {name for name in CALLS if name[0] == "Q" and "::" not in name}

# Calls whose argument is the literal itself: QStringLiteral("x"), QString::fromUtf8("x"), …
WRAPPERS = {
    "QStringLiteral",
    "QLatin1String",
    "QLatin1StringView",
    "QStringView",
    "QString",
    "QString::fromUtf8",
    "QString::fromLatin1",
    "QString::fromLocal8Bit",
    "QString::fromUtf16",
    "QStringList",
}
# A call to one of these means the text is translated.
TRANSLATORS = {"tr", "qsTr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP", "trUtf8"}

OPT_OUT = re.compile(r"//\s*notr:\s*\S")


class Token:
    __slots__ = ("kind", "text", "start", "value")

    def __init__(self, kind, text, start, value=None):
        self.kind = kind  # "ident", "string", "char", "number", "punct"
        self.text = text
        self.start = start
        self.value = value  # for strings: the literal's characters, escapes decoded

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING_PREFIX = re.compile(r"(u8|u|U|L)?(R)?\"")
_PUNCT3 = ("<<=", ">>=", "...", "->*", "<=>")
_PUNCT2 = ("::", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=",
           "/=", "%=", "&=", "|=", "^=", ".*", "##")
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]+|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
                   "\\": "\\", "\"": "\"", "'": "'", "?": "?"}


def _decode_escapes(body):
    def replace(match):
        escape = match.group(1)
        if escape[0] in "uU" and len(escape) > 1:
            return chr(int(escape[1:], 16))
        if escape[0] == "x":
            return " "  # a byte of a UTF-8 sequence: no letter on its own
        if escape[0].isdigit():
            return " "
        return _SIMPLE_ESCAPES.get(escape, escape)

    return _ESCAPE.sub(replace, body)


def tokenize(text):
    """C++ tokens with their offsets; comments and preprocessor lines are dropped."""
    tokens = []
    i = 0
    n = len(text)
    line_start = True  # only whitespace since the last newline
    while i < n:
        c = text[i]
        if c == "\n":
            line_start = True
            i += 1
            continue
        if c in " \t\r\f\v":
            i += 1
            continue
        if c == "\\" and i + 1 < n and text[i + 1] == "\n":
            i += 2
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == "#" and line_start:
            # A preprocessor line (with its continuations): #include "x.h" is no user text.
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    i += 2
                    continue
                i += 1
            continue
        line_start = False

        string = _STRING_PREFIX.match(text, i)
        if string and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            start = i
            if string.group(2):  # raw string: R"delim( … )delim"
                open_paren = text.find("(", string.end())
                delimiter = text[string.end():open_paren]
                close = text.find(")" + delimiter + "\"", open_paren + 1)
                if open_paren < 0 or close < 0:
                    raise ValueError(f"unterminated raw string at offset {start}")
                value = text[open_paren + 1:close]
                i = close + len(delimiter) + 2
            else:
                j = string.end()
                while j < n and text[j] != "\"":
                    if text[j] == "\\":
                        j += 1
                    elif text[j] == "\n":
                        raise ValueError(f"unterminated string at offset {start}")
                    j += 1
                value = _decode_escapes(text[string.end():j])
                i = j + 1
            suffix = _IDENT.match(text, i)  # user-defined literal: u"…"_s
            if suffix and suffix.group(0).startswith("_"):
                i = suffix.end()
            tokens.append(Token("string", text[start:i], start, value))
            continue

        if c == "'" or (c in "uUL" and text.startswith("'", i + 1)) or text.startswith("u8'", i):
            start = i
            j = text.find("'", i) + 1
            while j < n and text[j] != "'":
                if text[j] == "\\":
                    j += 1
                j += 1
            i = j + 1
            tokens.append(Token("char", text[start:i], start))
            continue

        if c.isdigit() or (c == "." and i + 1 < n and text[i + 1].isdigit()):
            # A pp-number, digit separators included: 1'000'000, 0xFF'FF, 1.5e+3.
            start = i
            i += 1
            while i < n:
                if text[i] in "eEpP" and i + 1 < n and text[i + 1] in "+-":
                    i += 2
                elif text[i].isalnum() or text[i] in "._":
                    i += 1
                elif text[i] == "'" and i + 1 < n and text[i + 1].isalnum():
                    i += 1
                else:
                    break
            tokens.append(Token("number", text[start:i], start))
            continue

        ident = _IDENT.match(text, i)
        if ident:
            tokens.append(Token("ident", ident.group(0), i))
            i = ident.end()
            continue

        for punct in _PUNCT3 + _PUNCT2:
            if text.startswith(punct, i):
                break
        else:
            punct = c
        tokens.append(Token("punct", punct, i))
        i += len(punct)
    return tokens


_OPENERS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {")", "]", "}"}


def matching_close(tokens, open_index):
    """Index of the bracket closing tokens[open_index], or None."""
    depth = 0
    for k in range(open_index, len(tokens)):
        text = tokens[k].text
        if tokens[k].kind != "punct":
            continue
        if text in _OPENERS:
            depth += 1
        elif text in _CLOSERS:
            depth -= 1
            if depth == 0:
                return k
    return None


def split_arguments(tokens, open_index, close_index):
    """Top-level comma-separated arguments between two brackets, as token lists."""
    arguments, current, depth = [], [], 0
    for token in tokens[open_index + 1:close_index]:
        if token.kind == "punct":
            if token.text in _OPENERS:
                depth += 1
            elif token.text in _CLOSERS:
                depth -= 1
            elif token.text == "," and depth == 0:
                arguments.append(current)
                current = []
                continue
        current.append(token)
    if current or arguments:
        arguments.append(current)
    return arguments


def _qualified_name(tokens, k):
    """The name starting at tokens[k] (A::b::c) and the index after it."""
    if tokens[k].kind != "ident":
        return None, k
    parts = [tokens[k].text]
    k += 1
    while k + 1 < len(tokens) and tokens[k].text == "::" and tokens[k + 1].kind == "ident":
        parts.append(tokens[k + 1].text)
        k += 2
    return "::".join(parts), k


def _strip_parens(expression):
    while len(expression) >= 2 and expression[0].text == "(" and matching_close(expression, 0) == len(expression) - 1:
        expression = expression[1:-1]
    return expression


def _ternary_branches(expression):
    """(then, else) of a top-level `c ? a : b`, or None."""
    depth, question, pending = 0, None, 0
    for k, token in enumerate(expression):
        if token.kind != "punct":
            continue
        if token.text in _OPENERS:
            depth += 1
        elif token.text in _CLOSERS:
            depth -= 1
        elif depth == 0 and token.text == "?":
            if question is None:
                question = k
            pending += 1
        elif depth == 0 and token.text == ":" and question is not None:
            pending -= 1
            if pending == 0:
                return expression[question + 1:k], expression[k + 1:]
    return None


def is_translated(expression):
    for k, token in enumerate(expression):
        if token.kind == "ident" and token.text in TRANSLATORS and k + 1 < len(expression) \
                and expression[k + 1].text == "(":
            return True
    return False


def literals_in(expression):
    """The string-literal tokens whose text this argument shows: a literal on its own, wrapped
    (QStringLiteral, QString::fromUtf8, …), followed by .arg()/+ , or a branch of a ternary."""
    expression = _strip_parens(expression)
    if not expression:
        return []
    branches = _ternary_branches(expression)
    if branches:
        return literals_in(branches[0]) + literals_in(branches[1])
    first = expression[0]
    if first.kind == "string":
        found = [first]
        for token in expression[1:]:  # "a" "b" is one literal
            if token.kind != "string":
                break
            found.append(token)
        return found
    if first.kind == "ident":
        name, after = _qualified_name(expression, 0)
        if name in WRAPPERS and after < len(expression) and expression[after].text in ("(", "{"):
            close = matching_close(expression, after)
            if close is None:
                return []
            found = []
            for argument in split_arguments(expression, after, close):
                found += literals_in(argument)
            return found
    if first.text == "{":  # QStringList {"a", "b"} passed as a brace list
        close = matching_close(expression, 0)
        if close is not None:
            found = []
            for argument in split_arguments(expression, 0, close):
                found += literals_in(argument)
            return found
    return []


_PLACEHOLDER = re.compile(r"%L?\d+|%n|<[^<>]*>|&[A-Za-z]+;|&#\d+;")


def has_words(value):
    return any(ch.isalpha() for ch in _PLACEHOLDER.sub(" ", value))


def find_calls(tokens):
    """(name, open-paren index) for every call of a name in CALLS."""
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if token.kind != "ident":
            k += 1
            continue
        # Skip member access chains to their last name, but keep Qualified::names whole.
        name, after = _qualified_name(tokens, k)
        candidates = [name]
        parts = name.split("::")
        if len(parts) > 2:
            candidates.append("::".join(parts[-2:]))
        candidates.append(parts[-1])
        matched = next((c for c in candidates if c in CALLS), None)
        if matched is not None and after < len(tokens):
            nxt = tokens[after]
            if nxt.text in ("(", "{"):
                yield matched, after
            elif matched in CONSTRUCTORS and nxt.kind == "ident" and after + 1 < len(tokens) \
                    and tokens[after + 1].text in ("(", "{"):
                yield matched, after + 1  # QLabel label(…)
        k = after if after > k else k + 1


def check_text(text, path="<snippet>"):
    """Findings as (line, literal text, call name)."""
    tokens = tokenize(text)
    lines = text.split("\n")
    line_starts = [0]
    for offset, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(offset + 1)

    def line_of(offset):
        return bisect.bisect_right(line_starts, offset)

    findings = []
    seen = set()
    for name, open_index in find_calls(tokens):
        close = matching_close(tokens, open_index)
        if close is None:
            continue
        arguments = split_arguments(tokens, open_index, close)
        which = CALLS[name]
        if which is FIRST_TEXT:
            chosen = []
            for argument in arguments:
                if is_translated(argument):
                    break
                if literals_in(argument):
                    chosen.append(argument)
                    break
        elif which is ANY:
            chosen = arguments
        else:
            chosen = [arguments[index] for index in which if index < len(arguments)]
        call_line = line_of(tokens[open_index].start)
        for argument in chosen:
            for literal in literals_in(argument):
                if literal.start in seen or not has_words(literal.value):
                    continue
                seen.add(literal.start)
                line = line_of(literal.start)
                if OPT_OUT.search(lines[line - 1]) or OPT_OUT.search(lines[call_line - 1]):
                    continue
                findings.append((line, literal.text, name))
    return findings


def scan(root):
    files = []
    for folder in SCANNED_FOLDERS:
        base = os.path.join(root, folder)
        for directory, subdirectories, names in os.walk(base):
            subdirectories.sort()
            for filename in sorted(names):
                if filename.endswith(SCANNED_SUFFIXES):
                    files.append(os.path.join(directory, filename))
    problems = 0
    for path in files:
        relative = os.path.relpath(path, root)
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        try:
            findings = check_text(text, relative)
        except ValueError as error:
            print(f"{relative}: cannot be read as C++: {error}")
            problems += 1
            continue
        for line, literal, name in findings:
            print(f"{relative}:{line}: literal {literal} passed to {name} outside tr()")
            problems += 1
    return len(files), problems


# (snippet, number of findings expected)
SELF_TESTS = [
    ('label->setText(QStringLiteral("Clients"));', 1),
    ('label->setText(u"Clients"_s);', 1),
    ('label->setText("Clients");', 1),
    ('label->setText(QLatin1String("Clients"));', 1),
    ('label->setText(QString::fromUtf8("Réglages"));', 1),
    ('setWindowTitle(u"Bureau — %1"_s.arg(name));', 1),
    ('button->setToolTip(QStringLiteral("New client (Ctrl+N)"));', 1),
    ('menu->addAction(icon, QStringLiteral("Quit"), this, &QWidget::close);', 1),
    ('auto* b = new QPushButton(QStringLiteral("Save"), this);', 1),
    ('QLabel title(QStringLiteral("Today"));', 1),
    ('QMessageBox::warning(this, QStringLiteral("Error"), QStringLiteral("Cannot open"));', 2),
    ('QMessageBox::information(this, tr("Done"), u"Saved"_s);', 1),
    ('tabs->addTab(page, QStringLiteral("Invoices"));', 1),
    ('model->setHeaderData(0, Qt::Horizontal, QStringLiteral("Name"));', 1),
    ('statusBar()->showMessage(QStringLiteral("Ready"), 2000);', 1),
    ('combo->addItem(QStringLiteral("French"), QStringLiteral("fr"));', 1),
    ('label->setText(active ? QStringLiteral("Running") : QStringLiteral("Stopped"));', 2),
    ('label->setText(\n    QStringLiteral(\n        "Spread over lines"));', 1),
    ('box->setTitle(QStringLiteral("Total: ") + total);', 1),
    ('return Error::make(Error::Kind::Io, QStringLiteral("Cannot write"), path);', 1),
    ('edit->setPlaceholderText(QStringLiteral("e.g. ACME"));', 1),
    ('MessageBox::question(this, QStringLiteral("Delete?"), tr("Delete %1?").arg(name));', 1),
    ('label->setText(QStringLiteral("Paid, (in full)"));', 1),
    ('label->setText(/* why */ QStringLiteral("Hello") /* , tr("x") */);', 1),
    ('QMessageBox::critical(this,\n    // the title\n    QStringLiteral("Oops"),\n    tr("Text"));', 1),
    ('label->setText(R"(Raw words)");', 1),
    ('label->setText(QString(QLatin1String("Nested")));', 1),
    ('Bureau::MessageBox::showError(nullptr, u"Cannot open"_s, error);', 1),
    # not flagged
    ('label->setText(tr("Clients"));', 0),
    ('label->setText(QStringLiteral("—"));', 0),
    ('label->setText(u"%1 / %2"_s.arg(a, b));', 0),
    ('label->setText(QStringLiteral("<b>%1</b>").arg(name));', 0),
    ('label->setText(QStringLiteral("EUR")); // notr: ISO 4217 code', 0),
    ('label->setText(QString());', 0),
    ('label->setText(QStringLiteral(""));', 0),
    ('label->setText(name);', 0),
    ('// label->setText(QStringLiteral("commented out"));', 0),
    ('/* setText(QStringLiteral("in a block comment")) */', 0),
    ('#include "ui/ClientView.h"', 0),
    ('combo->addItem(tr("French"), QStringLiteral("fr"));', 0),
    ('combo->addItem(icon, tr("French"), u"fr"_s);', 0),
    ('QMessageBox::warning(this, tr("Error"), tr("Cannot open %1").arg(path));', 0),
    ('auto* b = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"));', 0),
    ('action->setShortcut(QKeySequence(QStringLiteral("Ctrl+N")));', 0),
    ('settings.setValue(QStringLiteral("window/geometry"), geometry);', 0),
    ('query.prepare(QStringLiteral("SELECT name FROM clients"));', 0),
    ('label->setText(tr("It\'s %1").arg(QStringLiteral("x")));', 0),
    ('label->setText(QString::number(1\'000\'000));', 0),
    ('label->setText(QStringLiteral("\\n"));', 0),
    ('label->setText(R"(raw)" ""); // notr: tested raw string', 0),
    ('connect(a, &QAction::triggered, label, &QLabel::setText);', 0),
    ('return Error::make(Error::Kind::Io, tr("Cannot write"), QStringLiteral("open failed"));', 0),
    ('MessageBox::showError(nullptr, QApplication::translate("main", "Bureau is already open"), error);', 0),
    ('auto f = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("/tmp/x.pdf"), tr("PDF (*.pdf)"));', 0),
]


def self_test():
    failures = 0
    for snippet, expected in SELF_TESTS:
        try:
            found = check_text(snippet)
        except ValueError as error:
            found = [("error", str(error), "")]
        if len(found) != expected:
            failures += 1
            print(f"self-test: expected {expected} finding(s), got {len(found)} {found} in:\n    {snippet}")
    # Line numbers follow the literal, not the call.
    found = check_text('int a;\nlabel->setText(\n    QStringLiteral("Clients"));\n')
    if [f[0] for f in found] != [3]:
        failures += 1
        print(f"self-test: expected a finding on line 3, got {found}")
    print(f"check-tr self-test: {len(SELF_TESTS) + 1 - failures} passed, {failures} failed")
    return 1 if failures else 0


def main(argv):
    if len(argv) == 2 and argv[1] == "--self-test":
        return self_test()
    if len(argv) != 2 or argv[1].startswith("-"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = argv[1]
    if not all(os.path.isdir(os.path.join(root, folder)) for folder in ("app", "core")):
        print(f"check-tr: {root} does not look like the Bureau source root (no app/ and core/)", file=sys.stderr)
        return 2
    count, problems = scan(root)
    if problems:
        print(f"check-tr: {problems} user-visible literal(s) outside tr() in {count} files scanned")
        return 1
    print(f"check-tr: {count} files scanned, no user-visible literal outside tr()")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
