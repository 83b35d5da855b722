"""The request details in the sender's text: name, designation, mobile, SSO ID.

They may be labelled ("Name: ...", "Mobile No.: ..."), in the signature, or
stated plainly in running text. Quoted text never counts, and neither do the
From: display name and address: the helpdesk must hear them from the mail.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from maild.core.model import Details, Signature
from maild.core.phones import find_mobile
from maild.core.ruleset import SignatureRules
from maild.core.tables import labelled_lines
from maild.core.signature import EMAIL_IN_TEXT, body_lines, looks_like_name, without_honorific

# An ID's shape: a digit or an @ anywhere, or a dot or underscore between its characters.
# Where the words before a post begin: the end of a sentence, a colon, a bracket.
_LEAD_IN = re.compile(r"(?:[.;:!?()]\s+|[;:()])")
# Capitalised words right after a post, up to a comma or the end of the name.
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})(?=\s*(?:[,;(]|$))", re.MULTILINE)
# A word written with a capital: a writer who writes none states their name in lower case too.
_CAPITALISED = re.compile(r"(?<![\w])[A-Z][a-z]")
_ID_SHAPE = re.compile(r"\d|@|\w[._]\w")
# What may follow a value that ends its sentence or its line: punctuation, a quote, the end.
_SENTENCE_END = re.compile(r"""[ \t]*['"‘’“”)\]]?[ \t]*(?:[.,;!?|]|$)""", re.MULTILINE)


def find_details(text: str, signature: Signature, rules: SignatureRules, exclude_emails: set[str]) -> Details:
    """Details found in `text` (the sender's text plus forwarded originals).

    A table's cells are read as the labelled lines they stand for, after the text,
    so a detail labelled in the text itself comes first.
    """
    tabled = labelled_lines(text, rules.labels)
    text = f"{text}\n{tabled}" if tabled else text
    return Details(
        name=_name(text, signature, rules),
        designation=_designation(text, signature, rules),
        mobile=find_mobile(text, rules),
        sso_id=_sso_id(text, rules),
        alt_email=_alt_email(text, rules, exclude_emails),
    )


def _label(text: str, rules: SignatureRules, field: str) -> str:
    pattern = rules.labels.get(field)
    if pattern is None:
        return ""
    for match in pattern.finditer(text):
        value = match.group(1).strip().strip(".,;").lstrip(":-–= ")
        if value:
            return value
    return ""


def _name(text: str, signature: Signature, rules: SignatureRules) -> str:
    labelled = _label(text, rules, "name").split(",")[0].strip()  # "Name: Ravi Kumar, Inspector"
    if labelled:
        return without_honorific(labelled, rules)
    if signature.name:
        return signature.name
    lower_case = not _CAPITALISED.search("\n".join(body_lines(text, rules)))  # footers are the client's
    return (_stated(text, rules.name_statements, lambda found: _is_name(found, rules, lower_case))
            or _name_beside_post(text, rules, lower_case))


def _is_name(found: str, rules: SignatureRules, lower_case: bool) -> bool:
    """A name as stated; in lower case only from a writer who writes no capitals at all ("my name
    is ramesh yadav"), and of two words or more: elsewhere "my name is mentioned below" is no name."""
    if looks_like_name(found, rules):
        return True
    return lower_case and found.islower() and len(found.split()) >= 2 and looks_like_name(found.title(), rules)


def _name_beside_post(text: str, rules: SignatureRules, lower_case: bool) -> str:
    """A name written just before or after a post: "SSO ID 30219876. Ravi Shankar, Examiner, ICD
    Patparganj"; "kindly reset the SSO password of Inspector Rohit Sahu, SSO ID ...". A writer
    who writes no capitals writes no commas either: "... exist. ramesh chand insp cgst alwar"."""
    for line in text.split("\n"):
        for post in rules.designations.finditer(line):
            after = _NAME_AFTER.match(line, post.end())
            if after and looks_like_name(after.group(1), rules):
                return after.group(1)
            before = _LEAD_IN.split(line[: post.start()])[-1].rstrip()
            if not (before.endswith((",", "/")) or (lower_case and before.islower())):
                continue
            found = without_honorific(before.rstrip(" ,/"), rules)
            if found and _is_name(found, rules, lower_case):
                return found
    return ""


def _stated(text: str, patterns: tuple[re.Pattern[str], ...], accept: Callable[[str], bool]) -> str:
    """The first value a plain statement gives ("my name is ...", "working as ..."), group 1.

    A capture that runs on into the next words ("Mahesh Patil Superintendent")
    is cut back word by word to the longest part that is accepted.
    """
    for pattern in patterns:
        for match in pattern.finditer(text):
            words = match.group(1).split()
            for end in range(len(words), 0, -1):
                found = " ".join(words[:end]).strip(".,;")
                if found and accept(found):
                    return found
    return ""


def _designation(text: str, signature: Signature, rules: SignatureRules) -> str:
    labelled = _label(text, rules, "designation")
    if labelled:
        return labelled
    if signature.designation:
        return signature.designation
    stated = _stated(text, rules.designation_statements, lambda found: not rules.office_words.search(found))
    if stated:
        return stated
    for line in text.split("\n"):
        match = None if rules.office_line.match(line) else rules.designations.search(line)
        if match:
            return match.group(0)
    return ""


def _sso_id(text: str, rules: SignatureRules) -> str:
    """An SSO ID: a value under an explicit label, or after "my SSO ID is", that ends its sentence.

    "SSO ID: r.venkat" and "My SSO ID is pallavim." give one; "SSO ID - kindly
    reset it" and "my SSO ID is locked since Monday" do not: a plain word with
    more words after it is running text, not an ID. A value shaped like an ID
    (a digit, @, dot or underscore inside) counts wherever it stands, even
    unlabelled ("reset my SSO ID 30678123").
    """
    pattern = rules.labels.get("sso_id")
    if pattern is None:
        return ""
    for match in pattern.finditer(text):
        value = _group(match, "value").strip(".,;")
        if not value or rules.not_sso_ids.fullmatch(value):
            continue
        shaped = bool(_ID_SHAPE.search(value))
        # "SSO ID: x", "SSO ID No. x", "my SSO ID is x"
        said = any(_took_part(match, name) for name in ("sep", "no", "is"))
        ends_sentence = _SENTENCE_END.match(text, match.start("value") + len(value)) is not None
        if shaped or (said and ends_sentence):
            return value
    return ""


def _took_part(match: re.Match[str], name: str) -> bool:
    """Whether a named group of a rule's pattern took part in the match."""
    return name in match.re.groupindex and match.group(name) is not None


def _group(match: re.Match[str], name: str) -> str:
    """A named group of a rule's pattern, '' when the pattern has none (group 1 stands for 'value')."""
    if name in match.re.groupindex:
        return match.group(name) or ""
    return match.group(1) or "" if name == "value" else ""


def _alt_email(text: str, rules: SignatureRules, exclude: set[str]) -> str:
    labelled = _label(text, rules, "alt_email")
    if labelled and labelled.lower() not in exclude:
        return labelled
    for match in EMAIL_IN_TEXT.finditer(text):
        address = match.group(0).strip(".")
        if address.lower() in exclude or text[max(0, match.start() - 4): match.start()].lower() == "cid:":
            continue
        return address
    return ""
