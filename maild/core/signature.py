"""The sender's sign-off: name, designation, individual e-mail ID and contact number.

The signature is the closing lines of the sender's own text: after a "-- "
line, else after the last "Regards", "Yours faithfully" and the like, else
the last short paragraph. Footers (disclaimers, "Sent from my iPhone", the
NIC notice) are cut first. Text elsewhere in the body does not fill a
signature field, and neither does the From: display name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from maild.core.model import Signature
from maild.core.phones import find_phones
from maild.core.ruleset import SignatureRules
from maild.core.tables import labelled_lines

EMAIL_IN_TEXT = re.compile(r"(?<![\w.+:-])[A-Za-z0-9][\w.+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# Where a signature line divides: "R. Kumar, ASM | Custom House - Kandla", "नाम / Name", the cells of
# a table row (tabs, as maild.core.text renders them).
_PIECES = re.compile(r"\s*[,|\t]\s*|\s+[-–/]\s+")
# A post's shape: a few words of letters, dots and brackets ("Jr. Hindi Translator", "EA (Systems)").
_TITLE_SHAPE = re.compile(r"^[^\W\d_][^\d@:;\\<>{}=+*#%$!?\"]{0,50}$")
# The pieces where a name may stand: a signature's pieces, and "Meena Kumari/TA/9431012345".
_NAME_PIECES = re.compile(rf"{_PIECES.pattern}|\s*/(?!-)\s*")  # but "Sd/-"
# A label written alone in its cell or piece, its value in the next one.
_LABEL_WORD = re.compile(r"(?i)^(name|naam|नाम|designation|desig\.?|post|पदनाम|e-?mail(\s+id)?|mobile|mob\.?|phone|"
                         r"ph\.?|contact(\s+no\.?)?|मोबाइल)\s*:?$")
# A label in two languages before its value ("मोबाइल / Mobile: 98...").
_BILINGUAL_LABEL = re.compile(r"^\s*[^:\n/]{1,20}/[^:\n/]{1,20}:\s*\S")
# Bullets and dashes a phone's sign-off begins with ("- Amit Yadav, Insp").
_BULLETS = "-–—•*~> "
_NUMBER_OR_ADDRESS = re.compile(r"\+?\d[\d\s().-]{5,}|\S+@\S+")
_CONTACT_LABEL_AT_END = re.compile(r"(?i)(\b(mob(ile)?|ph(one)?|tel|cell|contact|m|no)\b\.?|मोबाइल|मो\.|फोन|दूरभाष)"
                                   r"\s*(no\.?|नं\.?)?\s*[:.-]?\s*$")
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_NAME_SHAPE = re.compile(r"^[^\W\d_][^\d@:;/\\|<>()\[\]{}=+*#%&$!?\"]{1,60}$", re.UNICODE)


def body_lines(text: str, rules: SignatureRules) -> list[str]:
    """The sender's lines without the footer (from the first boilerplate line on)."""
    lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    seen_text = False
    for index, line in enumerate(lines):
        if seen_text and rules.boilerplate.search(line):
            return lines[:index]
        seen_text = seen_text or bool(line.strip())
    return lines


def signature_block(text: str, rules: SignatureRules) -> tuple[list[str], bool]:
    """The non-empty lines of the sign-off, at most max_lines of them, and whether a
    closing or a "-- " line set them off (else they are the last paragraph's, from the name).

    A name written on the closing line itself ("Regards, Priya Nair") is kept
    as the block's first line.
    """
    lines = body_lines(text, rules)
    start, closed = _block_start(lines, rules)
    if start is None:
        return [], False
    block = [line.strip() for line in lines[start:] if line.strip()]
    if block and closing_rest(block[0], rules) is not None:
        rest = closing_rest(block[0], rules)
        block = ([rest] if rest else []) + block[1:]
    elif start > 0 and closing_rest(lines[start - 1], rules):
        block.insert(0, closing_rest(lines[start - 1], rules) or "")
    return block[: rules.max_lines], closed


def closing_rest(line: str, rules: SignatureRules) -> str | None:
    """None when the line is no closing; else the name written after the closing words ('' if none)."""
    match = rules.closings.match(line)
    if match is None:
        return None
    rest = (match.group("rest") or "").strip(" ,.!-/")
    if rules.closing_courtesy.match(rest) or (rest != line.strip() and closing_rest(rest, rules) == ""):
        return ""  # "Thank you sir"; "सादर / Regards," (the closing in two languages)
    return rest if looks_like_name(_unbracket(rest), rules) else None


def _block_start(lines: list[str], rules: SignatureRules) -> tuple[int | None, bool]:
    """Where the sign-off begins, and whether a separator or a closing line marks it."""
    for index in range(len(lines) - 1, -1, -1):
        if rules.separator.match(lines[index]):
            return index + 1, True
    for index in range(len(lines) - 1, -1, -1):
        if closing_rest(lines[index], rules) is not None:
            return index + 1, True
    return _unclosed_sign_off(lines, rules), False


def _unclosed_sign_off(lines: list[str], rules: SignatureRules) -> int | None:
    """Where a sign-off without a closing begins: at the writer's name, in the last paragraph.

    The lines of the paragraph above the name are the text ("...Kindly reset it. / Sanjay
    Kumar"); a paragraph without a name line, or one that gives the name under a label
    ("Name: Pravin Shinde / SSO ID: ..."), is the request's details, not a sign-off.
    """
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    for index in range(start, end):
        line = lines[index].strip()
        if len(line) <= 90 and not _labelled([line], rules, "name") and _name([line], rules)[0]:
            return index if end - index <= rules.max_lines else None
    return None


def find_signature(text: str, rules: SignatureRules, exclude_emails: set[str],
                   is_shared: Callable[[str], bool] = lambda _: False) -> Signature:
    """The signature fields of the sender's own text (each '' when absent).

    The e-mail field is an individual's ID: the excluded addresses (the
    sender's own, the helpdesk's) and shared mailboxes (`is_shared`) are not.
    """
    block, closed = signature_block(text, rules)
    if not block:
        return Signature()
    tabled = labelled_lines("\n".join(block), rules.labels)  # "Name | Sandeep Yadav" in a table's cells
    block = block + tabled.split("\n") if tabled else block
    name, after_name = _name(block, rules)
    if not name and closed:
        name, after_name = _lower_case_name(block, rules)
    return Signature(
        name=name,
        designation=_designation(block, rules, after_name),
        email=_email(block, exclude_emails, is_shared),
        phone=_phone(block, rules),
    )


def _labelled(block: list[str], rules: SignatureRules, field: str) -> str:
    pattern = rules.labels.get(field)
    if pattern is None:
        return ""
    for line in block:
        match = pattern.search(line)
        if match:
            return match.group(1).strip()
    return ""


def _is_contact_line(line: str, rules: SignatureRules) -> bool:
    return bool(EMAIL_IN_TEXT.search(line) or find_phones(line, rules) or
                any(rules.labels[k].search(line) for k in ("email", "phone") if k in rules.labels))


def _name(block: list[str], rules: SignatureRules) -> tuple[str, list[str]]:
    """The name, and what follows it in the block (nothing when it was labelled or not found).

    On each line, closings ("Sd/-"), contact details and the post written
    before the name are passed over; the first other piece is where a name
    stands, else the line holds none.
    """
    labelled = _labelled(block, rules, "name")
    if labelled:
        return without_honorific(labelled, rules), []
    for index, line in enumerate(block):
        if _BILINGUAL_LABEL.match(line) or any(_starts_with(rules.labels[k], line) for k in ("designation", "sso_id")
                                               if k in rules.labels):
            continue  # "पदनाम / Designation: Assistant Commissioner": a detail's line, no name's
        pieces = [p for p in _NAME_PIECES.split(line.strip().lstrip(_BULLETS)) if p]
        for at, piece in enumerate(pieces):
            # "Kiran Rao (Superintendent)": the post in brackets is not part of the name
            candidate = _TRAILING_BRACKET.sub("", without_honorific(_unbracket(piece), rules))
            rest = closing_rest(piece, rules)
            if rest == "" or _LABEL_WORD.match(candidate):
                continue  # "Sd/-, (Anuradha Joshi)"; "Name | Sandeep Yadav" (a label's cell)
            if rest:
                candidate = rest  # "Sd/- B. G. Krishnan"
            if _is_contact_line(piece, rules) or rules.designations.search(candidate):
                before = _before_post_or_contact(candidate, rules)
                if before:
                    return before, [*pieces[at + 1:], *block[index + 1:]]
                continue  # "ravi@..., 98480..., Ravi Teja"; "Supdt., Ravi Teja"
            if looks_like_name(candidate, rules):
                return candidate, [*pieces[at + 1:], *block[index + 1:]]
            break
    return "", []


def _starts_with(label: re.Pattern[str], line: str) -> bool:
    """The line begins with this label ("SSO ID: ...", "Designation: ..."), not merely names it."""
    match = label.search(line)
    return bool(match) and match.start() <= len(line) - len(line.lstrip()) + 1


def _before_post_or_contact(piece: str, rules: SignatureRules) -> str:
    """A name run together with the post or number after it, as a phone's one line writes it:
    "Dinesh Nair supdt 9447098765", "Ramesh Gowda 9880012345" (two words or more)."""
    cut = len(piece)
    post = rules.designations.search(piece)
    if post:
        cut = post.start()
    number = _NUMBER_OR_ADDRESS.search(piece)
    if number:
        cut = min(cut, number.start())
    if piece[:cut].rstrip().endswith((":", "-", "–")):
        return ""  # "मोबाइल नं.: 94433...", "Mobile - 98...": a label, not a name
    before = _CONTACT_LABEL_AT_END.sub("", piece[:cut]).strip(" ,-–:")
    return before if len(before.split()) >= 2 and looks_like_name(before, rules) else ""


def _lower_case_name(block: list[str], rules: SignatureRules) -> tuple[str, list[str]]:
    """A name written all in lower case first on the first line under a closing ("regards /
    gurpreet singh", "rgds / vikas sharma, sta, 0981..."): who writes without capitals signs
    without them. Only there: a lower-case line elsewhere is as likely a phrase as a name."""
    line = _NAME_PIECES.split(block[0].strip().lstrip(_BULLETS))[0] if block else ""
    words = line.split()
    if line == line.lower() and 2 <= len(words) <= 4 and all(w.isascii() and w.isalpha() for w in words) \
            and looks_like_name(line.title(), rules):
        return line, block[1:]
    return "", []


def without_honorific(text: str, rules: SignatureRules) -> str:
    """'Shri R. Kumar' -> 'R. Kumar': a title before a name is not part of it."""
    match = rules.honorifics.match(text.strip())
    return text.strip()[match.end():].strip() if match else text.strip()


def _unbracket(text: str) -> str:
    """'(PRIYA NAIR)' under 'Sd/-' is a name: drop enclosing brackets, and one left unmatched
    where the line was cut ('(रमेश चंद्र शर्मा / Ramesh Chandra Sharma)' in two pieces)."""
    text = text.strip()
    while len(text) > 2 and text[0] in "([" and text[-1] in ")]":
        text = text[1:-1].strip()
    if text[:1] in "([" and not any(c in text for c in ")]"):
        text = text[1:].strip()
    if text[-1:] in ")]" and not any(c in text for c in "(["):
        text = text[:-1].strip()
    return text


def looks_like_name(candidate: str, rules: SignatureRules) -> bool:
    """A short line of words that is neither a designation nor an office or address line."""
    candidate = without_honorific(candidate, rules)
    if not _NAME_SHAPE.match(candidate) or len(candidate.split()) > 5:
        return False
    if (rules.designations.search(candidate) or rules.not_name_words.search(candidate)
            or rules.office_words.search(candidate)):
        return False
    words = [w for w in re.split(r"[\s.]+", candidate) if w]
    latin = [w for w in words if w.isascii()]
    return not latin or all(w[0].isupper() for w in latin)


def _designation(block: list[str], rules: SignatureRules, after_name: list[str]) -> str:
    labelled = _labelled(block, rules, "designation")
    if labelled:
        return labelled
    for line in block:
        if rules.office_line.match(line):
            continue
        for piece in _PIECES.split(line):
            if piece and not _is_contact_line(piece, rules) and rules.designations.search(piece):
                return piece.strip()
    return _designation_by_place(after_name, rules)


def _designation_by_place(lines: list[str], rules: SignatureRules) -> str:
    """A post the vocabulary does not know, told by where it stands.

    Between the name and the contact lines, a short title written beside an
    office ("EA, Custom House Kandla") or on the line above one is the
    designation; an office line reached first means there is none. `lines`
    are what follows the name: the rest of its line, then the lines below.
    """
    for index, line in enumerate(lines):
        if _is_contact_line(line, rules) or rules.office_line.match(line):
            return ""
        head, *tail = _PIECES.split(line.strip(), maxsplit=1)
        if rules.office_words.search(head) or not _TITLE_SHAPE.match(head) or len(head.split()) > 6:
            return ""
        beside = bool(tail) and bool(rules.office_words.search(tail[0]))
        above = index + 1 < len(lines) and bool(rules.office_words.search(lines[index + 1]))
        if beside or above:
            return head.strip()
    return ""


def _email(block: list[str], exclude: set[str], is_shared: Callable[[str], bool]) -> str:
    for line in block:
        for match in EMAIL_IN_TEXT.finditer(line):
            address = match.group(0).strip(".")
            if address.lower() not in exclude and not is_shared(address):
                return address
    return ""


def _phone(block: list[str], rules: SignatureRules) -> str:
    for line in block:
        phones = find_phones(line, rules)
        if phones:
            return phones[0].text
    return ""
