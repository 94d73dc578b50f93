"""Find person-name mentions in a normalised text.

Three recognisers, each returning :class:`Mention` spans of the normalised
text (name only, titles outside):

* :func:`titled_mentions` – a title or honorific ("Bộ trưởng", "ông",
  "PGS.TS.") opens a *chain* that may hold more titles, qualifiers
  ("Ngoại giao", "Thường trực"), organisations ("Bộ Ngoại giao",
  "UBND tỉnh X"), places ("Việt Nam tại Nhật Bản") and short parentheticals
  before the name. The name after the chain may lack a known surname
  (foreign names, short forms "ông Khoa").
* :func:`surname_mentions` – a Vietnamese family name followed by 1–3 more
  capitalised syllables, anywhere, unless a place or institution word comes
  just before it ("đường", "Học viện", "tư tưởng" ...).
* :func:`credit_mentions` – names in photo credits and bylines
  ("(Ảnh: Thanh Tùng/TTXVN)", a last line "Minh Anh - Quốc Bảo");
  initials and outlets are skipped.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from pipeline.ner.person_lexicon import GENDER_PREFIXES, NAME_TOKEN, Lexicon

MAX_CHAIN_STEPS = 40
_BRACKET_OPEN = regex.compile(r"[ ]*\([ ]*")
_INITIAL = regex.compile(r"[ ](\p{Lu}\.)[ ](?=\p{Lu}\p{Ll})")
MAX_ORG_LOWER = 7  # lower-case words in a row inside an organisation name
MAX_PAREN = 60


@dataclass
class Mention:
    """A person name at ``text[start:end]`` of the normalised text."""

    start: int
    end: int
    name: str
    source: str
    role: str | None = None
    organisation: str | None = None
    honorific: str | None = None

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


class Blocked:
    """Sorted, non-overlapping spans that a mention must not overlap."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        while i >= 0:
            s, e = self.spans[i]
            if e > start:
                return True
            if e <= start and s < start - 200:
                return False
            i -= 1
        return False

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def name_run(text: str, pos: int, lex: Lexicon, stop_at_places: bool) -> tuple[list[tuple[int, int]], bool]:
    """Capitalised name tokens from ``pos``, joined by single spaces.

    Stops before a title, honorific, never-a-name word or (when asked) a
    place. Lower-case particles of foreign names (``name_particles.txt``:
    "bin", "von der") and initials ("M.") between two name words are part
    of the run. Returns the token spans and whether the run ends at a clean
    boundary (no capitalised word follows).
    """
    spans: list[tuple[int, int]] = []
    p = pos
    lead = lex.particle.match(text, pos)
    if lead:  # "ông | da | Silveira": a short form led by a particle
        spans.append((lead.start(), lead.end() - 1))
        p = lead.end()
    while True:
        hon = lex.honorific.match(text, p)
        if spans and (lex.title.match(text, p) or (hon and hon.group() not in lex.weak_honorifics)
                      or lex.nonname.match(text, p) or (stop_at_places and lex.place.match(text, p))):
            return spans, False
        if not spans and lex.nonname.match(text, p):
            return spans, False
        m = lex.name_token.match(text, p)
        if not m:
            return spans, not spans or not text[p:p + 1].isupper()
        spans.append((m.start(), m.end()))
        nxt = m.end()
        initial = _INITIAL.match(text, nxt) if text[spans[0][0]:spans[0][1]] not in lex.surnames else None
        if initial:  # "Catherine | M. | Aldridge"
            spans.append((initial.start(1), initial.end(1)))
            p = initial.end()
            continue
        if nxt < len(text) and text[nxt] == " " and nxt + 1 < len(text) and text[nxt + 1].isupper():
            p = nxt + 1
            continue
        part = lex.particle.match(text, nxt + 1) if nxt < len(text) and text[nxt] == " " else None
        if part:  # "Azlan Harith | bin | Yusof", "Ursula | von der | Leyen"
            spans.append((part.start(), part.end() - 1))
            p = part.end()
            continue
        return spans, True


def _is_surname_led(tokens: list[str], lex: Lexicon) -> bool:
    return len(tokens) >= 2 and (tokens[0] in lex.surnames or tokens[0][:2] in ("H'", "K'")
                                 or (len(tokens) >= 3 and tokens[1] == "Thị"))  # "Sơn Thị Ngọc Sa Ly"


def _surname_led_spans(text: str, spans: list[tuple[int, int]], tokens: list[str],
                       lex: Lexicon) -> list[tuple[int, int]]:
    """The token spans of a surname-led name: at most :func:`_max_len` tokens,
    stopping before a multi-word place ("Nguyễn Văn An | Việt Nam")."""
    spans = spans[:_max_len(tokens)]
    for i in range(2, len(spans)):
        pm = lex.place.match(text, spans[i][0])
        if pm and " " in pm.group():
            return spans[:i]
    return spans


def _max_len(tokens: list[str]) -> int:
    """Ê Đê / Gia Rai names ("Y Thanh Hà Niê Kđăm") and Khmer women's names
    ("Sơn Thị Ngọc Sa Ly") run to five syllables."""
    five = tokens and (tokens[0] == "Y" or tokens[0].startswith(GENDER_PREFIXES[1:]) or tokens[1:2] == ["Thị"])
    return 5 if five else 4


def _accept_name(text: str, pos: int, lex: Lexicon, gap: bool, last: str,
                 honorific_only: bool) -> tuple[int, int] | None:
    """The name span at ``pos`` after a chain, or None."""
    if lex.event_before.search(text, max(0, pos - 20), pos):
        return None  # "giới thiệu Lễ hội | Ok Om Bok": an event's name
    spans, clean = name_run(text, pos, lex, stop_at_places=False)
    tokens = [text[s:e] for s, e in spans]
    if _is_surname_led(tokens, lex):
        spans = _surname_led_spans(text, spans, tokens, lex)
        return spans[0][0], spans[-1][1]
    spans, clean = name_run(text, pos, lex, stop_at_places=not honorific_only or gap)
    if not spans or not clean or sum(text[a].isupper() for a, _ in spans) > 4:  # particles do not count
        return None
    if gap and last in ("org", "acronym") and len(_before_surname(text, spans, lex)) < len(spans):
        return None  # "Tập đoàn Vingroup Phạm Nhật Vượng": the chain splits off the org's tail
    if not honorific_only and lex.located.match(text, spans[-1][1]):  # "Đại sứ Azerbaijan tại Việt Nam"
        return None
    if len(spans) == 1 and len(text[spans[0][0]:spans[0][1]]) == 1:
        return None
    if not gap or len(spans) >= 2 or last in ("place", "paren"):
        return spans[0][0], spans[-1][1]
    return None


def titled_mentions(text: str, lex: Lexicon, taken_at: dict[int, tuple[int, str]],
                    blocked: Blocked) -> list[Mention]:
    """Names introduced by a title or honorific, with role and organisation."""
    out: list[Mention] = []
    resume = 0
    for cue in lex.cue.finditer(text):
        if cue.start() < resume or blocked.overlaps(cue.start(), cue.end()):
            continue
        if lex.place.match(text, cue.start()):  # "Bà Rịa - Vũng Tàu"
            continue
        before = text[max(0, cue.start() - 30):cue.start()]
        if lex.blocker_before.search(before):  # "đường Bà Triệu"
            continue
        found = _parse_chain(text, cue, lex, taken_at)
        if found and not blocked.overlaps(found.start, found.end):
            out.append(found)
            resume = found.end
    return out


def _parse_chain(text: str, cue, lex: Lexicon, taken_at: dict[int, tuple[int, str]]) -> Mention | None:
    is_title = cue.group("title") is not None
    role = cue.group() if is_title else None
    role_start = cue.start() if is_title else None
    honorific = None if is_title else cue.group()
    if honorific in lex.weak_honorifics and cue.group()[0].isupper() and honorific not in ("Chị", "Cụ"):
        return None
    org_from: int | None = None
    org_to: int | None = None
    pos = cue.end()
    gap = False
    last = "title" if is_title else "honorific"
    in_org = False
    lower_run = 0
    for _ in range(MAX_CHAIN_STEPS):
        q = _skip_spaces(text, pos)
        if q >= len(text):
            return None
        ch = text[q]
        if ch == ",":
            r = _skip_spaces(text, q + 1)
            if lex.cue.match(text, r) or in_org or (last in ("title", "qualifier") and lex.org_head.match(text, r)):
                # "Tham tán Thương mại, Thương vụ Việt Nam tại UAE | Hà Quang Vĩnh"
                pos = r
                if not lex.cue.match(text, r):
                    gap = True
                continue
            return None
        if q in taken_at:
            end, etype = taken_at[q]
            org_from = q if org_from is None else org_from
            org_to = end
            in_org = in_org or etype == "MINISTRY"
            last = "place" if etype == "PROVINCE" else "org"
            gap, pos, lower_run = True, end, 0
            continue
        t = lex.title.match(text, q)
        og = lex.org_head.match(text, q)
        if t and not (og and og.end() > t.end()):  # "Đại sứ quán" is a body, not "Đại sứ"
            role, role_start = t.group(), q
            org_from = org_to = None
            gap, in_org, last, pos, lower_run = False, False, "title", t.end(), 0
            continue
        h = lex.honorific.match(text, q)
        if h and not lex.place.match(text, q):
            honorific = h.group()
            gap, in_org, last, pos, lower_run = False, False, "honorific", h.end(), 0
            continue
        if not gap and last == "honorific" and role is None and (lex.name_token.match(text, q)
                                                                 or lex.particle.match(text, q)):
            span = _accept_name(text, q, lex, gap=False, last=last, honorific_only=True)
            if span:
                return _mention(text, span, role, None, honorific, "titled")
        qual = lex.qualifier.match(text, q)
        if qual and (not _name_here(text, q, lex) or " " in qual.group().strip()):  # "Nông Lâm Thủy sản"
            if not gap and role is not None:
                role = text[role_start:qual.end()]
                last, pos = "qualifier", qual.end()
                continue
            if in_org:
                org_to, pos, lower_run = qual.end(), qual.end(), 0
                continue
        pl = lex.place.match(text, q)
        if pl and not gap and pl.group() in lex.eponyms:  # "Chủ tịch Hồ Chí Minh"
            return _mention(text, (q, pl.end()), role, None, honorific, "titled")
        if pl:
            org_from = q if org_from is None else org_from
            org_to = pl.end()
            gap, last, pos, lower_run = True, "place", pl.end(), 0
            continue
        if _name_here(text, q, lex):
            span = _accept_name(text, q, lex, gap=gap, last=last, honorific_only=role is None)
            if span:
                return _mention(text, span, role, _org(text, role, org_from, org_to), honorific, "titled")
        if og and not gap and last == "title" and " " not in og.group() and lex.lower_word.match(text, og.end() + 1) \
                and text[og.end():og.end() + 1] == " " and not lex.place_word.match(text, og.end() + 1):
            span = _accept_name(text, q, lex, gap=False, last=last, honorific_only=False)
            if span and _full_name_ends_in(text, og.group(), lex):
                # "Thứ trưởng Trường cho biết" after "Trương Thanh Trường": a body needs a name
                return _mention(text, span, role, None, honorific, "titled")
        og = og or lex.nonname.match(text, q)
        if og:
            org_from = q if org_from is None else org_from
            org_to = og.end()
            gap, in_org, last, pos, lower_run = True, True, "org", og.end(), 0
            continue
        pw = lex.place_word.match(text, q)
        if pw and not lex.org_head.match(text, pw.end()):
            if org_from is not None and _implied_province(text, org_from, q, pw, lex):
                org_to = pw.end()  # "Phó Chủ tịch UBND tỉnh | Ka Sô Hiền"
                gap, last, pos, lower_run = True, "place", pw.end(), 0
                continue
            end = _foreign_place_end(text, pw.end(), lex)
            if end is not None:
                org_from = q if org_from is None else org_from
                org_to = end
                gap, last, pos, lower_run = True, "place", end, 0
                continue
        ac = lex.acronym.match(text, q)
        if ac:
            org_from = q if org_from is None else org_from
            org_to = ac.end()
            gap, last, pos, lower_run = True, "acronym", ac.end(), 0
            continue
        if ch == "(":
            close = text.find(")", q, q + MAX_PAREN)
            if close < 0 or "\n" in text[q:close]:
                return None
            gap, last, pos = True, "paren", close + 1
            continue
        if lex.name_token.match(text, q):
            span = _accept_name(text, q, lex, gap=gap, last=last, honorific_only=role is None)
            if span:
                return _mention(text, span, role, _org(text, role, org_from, org_to), honorific, "titled")
            spans, _ = name_run(text, q, lex, stop_at_places=True)
            spans = _before_surname(text, spans, lex)
            end = spans[-1][1] if spans else lex.name_token.match(text, q).end()
            located = bool(lex.located.match(text, end))
            if not (in_org or located or lex.place.match(text, _skip_spaces(text, end))):
                return None
            org_from = q if org_from is None else org_from
            org_to = end
            gap, last, pos, lower_run = True, "place" if located else "org", end, 0
            continue
        lw = lex.lower_word.match(text, q)
        if lw:
            if lex.gap_word.match(text, q) or (in_org and lower_run < MAX_ORG_LOWER):
                gap, pos, lower_run = True, lw.end(), lower_run + 1
                if in_org:
                    org_to = lw.end()
                continue
            return None
        if ch in "-–" and in_org:
            pos = q + 1
            continue
        return None
    return None


def _before_surname(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans up to (not including) a family name (Vietnamese or a common
    foreign one) that starts a full name."""
    for i in range(1, len(spans) - 1):
        word = text[spans[i][0]:spans[i][1]]
        if word in lex.surnames or word in lex.foreign_surnames:
            return spans[:i]
    return spans


def _org(text: str, role: str | None, org_from: int | None, org_to: int | None) -> str | None:
    """The organisation text between the title and the name, if any."""
    if role is None or org_from is None or org_to is None:
        return None
    return text[org_from:org_to].strip(" ,") or None


def _name_here(text: str, pos: int, lex: Lexicon) -> bool:
    """A surname-led name starts at ``pos`` (so it is not a qualifier)."""
    return bool(lex.surname_run.match(text, pos)) and not lex.place.match(text, pos)


def _full_name_ends_in(text: str, word: str, lex: Lexicon) -> bool:
    """Some full name of the text (a family name and one to three more
    syllables) ends in ``word``: "Trương Thanh Trường" for "Trường"."""
    tail = regex.compile(rf"(?:[ ]{NAME_TOKEN}){{0,2}}[ ]{regex.escape(word)}(?![\p{{L}}\p{{N}}])")
    return any(tail.match(text, m.end()) for m in lex.surname_run.finditer(text))


def _implied_province(text: str, org_from: int, q: int, pw, lex: Lexicon) -> bool:
    """A Vietnamese local body ("UBND", "HĐND") + "tỉnh"/"thành phố" with no known
    province after it: the province is implied and a name follows. Every
    Vietnamese province is a known place, so the unknown words are the name
    (unless they do not start with a family name but one inside them starts
    the name: "... Xiêng Khoảng Lò Văn A")."""
    if not (lex.local_body.fullmatch(text[org_from:q].rstrip())
            and lex.province_word.fullmatch(pw.group().rstrip())
            and not lex.place.match(text, pw.end())):
        return False
    spans, _ = name_run(text, pw.end(), lex, stop_at_places=True)
    tokens = [text[s:e] for s, e in spans]
    return bool(tokens) and (_is_surname_led(tokens, lex) or not any(t in lex.surnames for t in tokens[1:]))


def _foreign_place_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of an unknown place name after "tỉnh"/"thành phố"/"tại" ...

    The capitalised run up to a family name ("tỉnh Xiêng Khoảng Lò Văn A")
    or, for a known place, the place itself.
    """
    pl = lex.place.match(text, pos)
    if pl:
        return pl.end()
    spans, _ = name_run(text, pos, lex, stop_at_places=True)
    if not spans:
        return None
    for i, (s, _) in enumerate(spans):
        if i and text[s:spans[i][1]] in lex.surnames:
            return spans[i - 1][1]
    tokens = [text[s:e] for s, e in spans]
    if _is_surname_led(tokens, lex):
        return None
    return spans[0][1] if len(spans) > 2 else spans[-1][1]


def _mention(text: str, span: tuple[int, int], role, org, honorific, source: str) -> Mention:
    s, e = span
    return Mention(s, e, text[s:e], source, role=role, organisation=org, honorific=honorific)


def surname_mentions(text: str, lex: Lexicon, blocked: Blocked) -> list[Mention]:
    """Vietnamese full names (known surname + 1–3 syllables) without a title."""
    out: list[Mention] = []
    pos = 0
    while True:
        m = lex.surname_run.search(text, pos)
        if not m:
            return out
        start = m.start()
        pl = lex.place.match(text, start)
        if pl:
            pos = pl.end()
            continue
        spans, _ = name_run(text, start, lex, stop_at_places=False)
        tokens = [text[s:e] for s, e in spans]
        if not _is_surname_led(tokens, lex):
            pos = m.end()
            continue
        spans = _surname_led_spans(text, spans, tokens, lex)
        end = spans[-1][1]
        pos = end
        name = text[start:end]
        if name in lex.eponyms or blocked.overlaps(start, end) or _inside_place(text, start, lex):
            continue
        qual = lex.qualifier.match(text, start)
        if qual and qual.end() > end:
            continue  # a sector after a title: "Thứ trưởng | Nông Lâm Thủy sản"
        before = text[max(0, start - 30):start]
        if lex.blocker_before.search(before) or _acronym_before(before, lex) \
                or lex.list_after_blocker.search(text, max(0, start - 80), start) or _located_by_bracket(text, end, lex):
            continue
        out.append(Mention(start, end, name, "surname"))


def _located_by_bracket(text: str, end: int, lex: Lexicon) -> bool:
    """A bracket placing the name follows it: "Hà Khẩu (tỉnh Vân Nam, Trung Quốc)"."""
    m = _BRACKET_OPEN.match(text, end)
    return bool(m) and bool(lex.place_word.match(text, m.end()))


def _inside_place(text: str, start: int, lex: Lexicon) -> bool:
    """``start`` is inside a known place name that begins one or two words earlier."""
    p = start
    for _ in range(2):
        if p < 2 or text[p - 1] != " " or not text[p - 2].isalpha():
            return False
        p = text.rfind(" ", 0, p - 1) + 1
        if not text[p:p + 1].isupper():
            return False
        pm = lex.place.match(text, p)
        if pm and pm.end() > start:
            return True
    return False


def _acronym_before(before: str, lex: Lexicon) -> bool:
    """An institution acronym just before ("Trường THPT Lê Quý Đôn")."""
    words = before.rstrip().split(" ")
    if not before.endswith(" ") or not words or not words[-1]:
        return False
    return bool(lex.acronym.fullmatch(words[-1])) and words[-1] not in lex.outlets


def credit_mentions(text: str, lex: Lexicon, segments: list[tuple[int, int]],
                    whole: bool = False) -> list[Mention]:
    """Person names inside credit and byline segments of ``text``.

    A segment is split at "/", ",", " - ", "và"; each part that is two to
    four capitalised syllables, not an outlet, organisation or place, is a
    name. Parenthesised remarks ("(từ Tokyo)") are ignored. With ``whole``,
    a segment counts only if every part is a name or an outlet.
    """
    out: list[Mention] = []
    for seg_start, seg_end in segments:
        found: list[Mention] = []
        seg = text[seg_start:seg_end]
        cut = seg.find("(")
        while cut >= 0:
            close = seg.find(")", cut)
            seg = seg[:cut] + " " * ((close if close >= 0 else len(seg) - 1) - cut + 1) + seg[(close + 1 if close >= 0 else len(seg)):]
            cut = seg.find("(")
        pos = 0
        for sep in list(lex.credit_split.finditer(seg)) + [None]:
            part_end = sep.start() if sep else len(seg)
            m = _credit_name(seg, pos, part_end, lex)
            if m and not any(o.start == seg_start + m[0] for o in out):
                found.append(Mention(seg_start + m[0], seg_start + m[1],
                                     text[seg_start + m[0]:seg_start + m[1]], "credit"))
            elif whole and not m and not _outlet(seg[pos:part_end].strip(), lex):
                found = []
                break
            pos = sep.end() if sep else len(seg)
        out += found
    return out


def _outlet(part: str, lex: Lexicon) -> bool:
    """A news outlet in a byline ("TTXVN", "VOV Tây Bắc", "Báo Quốc tế") or nothing."""
    if not part or part in lex.outlets:
        return True
    first = part.split()[0]
    return first in lex.outlets or bool(lex.acronym.fullmatch(first))


def _credit_name(seg: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    part = seg[start:end]
    lead = len(part) - len(part.lstrip())
    part = part.strip()
    if not part or part in lex.outlets:
        return None
    s = start + lead
    tokens = part.split()
    if not 2 <= len(tokens) <= 4:
        return None
    if not all(lex.name_token.fullmatch(t) for t in tokens):
        return None
    if (lex.org_head.match(part) and not _is_surname_led(tokens, lex)) or lex.place.fullmatch(part) \
            or lex.nonname.match(part):
        return None  # a family name that is also a body's head word still leads a name: "Ảnh: Đoàn Hữu Trung"
    return s, s + len(part)


def appositive_roles(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """"ông X, Phó Chủ tịch UBND tỉnh Y": a title right after a name is its role."""
    for m in mentions:
        if m.role is None and m.source != "credit":
            ap = lex.appositive.match(text, m.end)
            if ap:
                m.role = ap.group("title")


def paren_aliases(text: str, mentions: list[Mention], lex: Lexicon, blocked: Blocked) -> list[tuple[Mention, Mention]]:
    """"Cờ-rếc Chít-tích (Craig Chittick)": the bracketed name, paired with its mention."""
    pairs = []
    for m in mentions:
        pa = lex.paren_alias.match(text, m.end)
        if pa and not blocked.overlaps(pa.start("name"), pa.end("name")):
            alias = Mention(pa.start("name"), pa.end("name"), pa.group("name"), "alias")
            pairs.append((m, alias))
    return pairs
