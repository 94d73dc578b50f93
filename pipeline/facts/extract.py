"""Numeric facts in a normalised Vietnamese text (see the annotation guide).

:func:`extract` scans the text once with :func:`pipeline.facts.patterns.master`
and turns each match into a :class:`FactMatch`, or drops it when it is one of
the guide's exclusions (codes, names, enumerations, the two sides of a
relation, idioms, articles, event labels...). Offsets index the string given.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from pipeline.facts import lexicon
from pipeline.facts.numbers import has_scale, parse_value, parse_words, trailing_scale
from pipeline.facts.patterns import master, phrase_re, range_re, unit_re

#: At most this many syllables in a counted noun phrase ("đột phá chiến lược").
MAX_UNIT_WORDS = 9
_OPENERS = " \t\"'“‘([-–—*•"
_PREV_WORD = regex.compile(r"(\p{L}+)\W{0,2}$")
_CLOCK_BEFORE = regex.compile(r"\d{1,2}\s+\p{L}+\s+$")
_PART_OF_YEAR = regex.compile(r"\s+(?:đầu|cuối|giữa)\s+năm(?!\p{L})", regex.IGNORECASE)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
_SENTENCE_END = regex.compile(r"[.!?;](?!\p{N})|\n")
_FOLLOWED_BY_CAPITAL = regex.compile(r"\s+\p{Lu}")
_NAME_BEFORE = regex.compile(r"(?P<prev>\p{Lu}\p{L}*\s+)?(?P<cap>\p{Lu}[\p{L}\p{N}]*)(?:\s+(?P<last>\p{Ll}+))?\s+$")

@lru_cache(maxsize=1)
def _grammar_res() -> dict[str, regex.Pattern[str]]:
    g = lexicon.g
    return {
        "enumeration": regex.compile(rf"\s+{g('enumeration')}\s*[,:]", regex.I),
        "weekday_date": regex.compile(rf"\s*[,(]?\s*(?:{g('day')}\s+)?\d{{1,2}}/", regex.I),
        "ordinal_list": regex.compile(
            rf"\G\s*(?:,|{g('and')})\s*(?P<n>\d{{1,3}})(?![\p{{L}}\p{{N}}_])(?![.,/]\p{{N}})", regex.I),
    }



@dataclass
class FactMatch:
    """One fact found in a string: ``text[start:end]`` is its surface form."""

    start: int
    end: int
    kind: str
    value: Any
    unit: str | None = None
    approx: str = "="
    change: str | None = None
    total: int | float | None = None


def iso(year: str | None, month: str | int | None = None, day: str | int | None = None) -> str:
    """ISO 8601 date, partial when parts are missing: "2018-08", "--08-12", "--11"."""
    head = year if year else "-"
    parts = [head] + [f"{int(p):02d}" for p in (month, day) if p is not None]
    return "-".join(parts)


@lru_cache(maxsize=1)
def _lists() -> dict[str, Any]:
    return {
        "approx": lexicon.mapping("approx.tsv"),
        "change": lexicon.mapping("change_verbs.tsv"),
        "units": {r[0].lower(): (r[1], r[2]) for r in lexicon.rows("units.tsv")},
        "months": lexicon.mapping("month_words.tsv"),
        "ordinal_words": lexicon.mapping("ordinal_words.tsv"),
        "weekdays": frozenset(lexicon.words("weekday_words.txt")),
        "standalone": lexicon.folded_set("standalone_number_words.txt"),
        "stop": lexicon.folded_set("unit_stopwords.txt"),
        "count_nouns": lexicon.folded_set("count_nouns.txt"),
        "classes": lexicon.mapping("word_classes.tsv"),
        "clause_heads": lexicon.folded_set("clause_heads.txt"),
        "agents": lexicon.folded_set("agent_nouns.txt"),
        "activities": lexicon.folded_set("activity_nouns.txt"),
        "compounds": frozenset(w for w in lexicon.mapping("word_classes.tsv") if " " in w),
        "relation": lexicon.folded_set("relation_nouns.txt"),
        "relation_bare": lexicon.folded_set("relation_nouns_bare.txt"),
        "capital_words": lexicon.folded_set("unit_capital_words.txt"),
        "idioms": lexicon.folded_set("idioms.txt"),
        "time_preps": lexicon.folded_set("time_prepositions.txt"),
        "clock_preps": lexicon.folded_set("clock_prepositions.txt"),
        "dong": lexicon.folded_set("dong_compounds.txt"),
        "closers": lexicon.folded_set("phrase_closers.txt"),
        "number_words": frozenset(r[0] for r in lexicon.rows("number_words.tsv")) - set(lexicon.grammar("year_or_five")),
        "article": frozenset(lexicon.grammar("article")),
        "year_or_five": frozenset(lexicon.grammar("year_or_five")),
        "clock": frozenset(lexicon.grammar("clock")),
        "bare_scales": frozenset({*lexicon.mapping("scales.tsv"), *(r[0] for r in lexicon.rows("number_words.tsv")
                                                                     if r[1] == "hundred")}),
    }


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    """Up to ``n`` words before ``pos`` (nearest last), stopping at punctuation."""
    out: list[str] = []
    window = text[max(0, pos - 60):pos]
    for _ in range(n):
        m = _PREV_WORD.search(window) if not regex.search(r"[^\s\p{L}]\s*$", window) else None
        if not m:
            break
        out.insert(0, m.group(1))
        window = window[:m.start()]
    return out


def _at_sentence_start(text: str, pos: int) -> bool:
    """Nothing but quotes, brackets or spaces since a sentence end (or the text start)."""
    window = text[max(0, pos - 10):pos]
    before = window.rstrip(_OPENERS)
    if not before:
        return len(window) == pos
    return before[-1] in ".!?:;\n"


# --------------------------------------------------------------- noun phrase
def _tokens(text: str, pos: int, limit: int = 20) -> list[regex.Match[str]]:
    out = []
    for m in phrase_re().finditer(text, pos):
        out.append(m)
        if len(out) >= limit or m.group("other") or "\n" in m.group("sp"):
            break
    return out


def _word(toks: list[regex.Match[str]], i: int) -> str | None:
    """The word token ``i`` (None for a joiner, a mark or after a line break)."""
    if i >= len(toks) or "\n" in toks[i].group("sp"):
        return None
    return toks[i].group("w")


def _lexicon_match(toks: list[regex.Match[str]], i: int, entries: frozenset[str]) -> int:
    """Number of word tokens from ``i`` forming the longest entry of ``entries``.

    An entry ending in a capitalised word ("người Việt") does not match when
    a capitalised word follows (the name goes on: "người Việt Nam")."""
    best = 0
    words: list[str] = []
    for j in range(i, min(i + 4, len(toks))):
        w = toks[j].group("w")
        if not w or (j > i and "\n" in toks[j].group("sp")):
            break
        words.append(w.lower())
        if " ".join(words) in entries:
            nxt = _word(toks, j + 1)
            if not (w[0].isupper() and nxt and nxt[0].isupper()):
                best = j - i + 1
    return best


def _lexical(toks: list[regex.Match[str]], i: int) -> tuple[int, str, bool]:
    """The word starting at token ``i``: its length in tokens, its class in
    ``word_classes.tsv`` (V, A, E, C or N) and whether it is a known count
    noun. The longest known word wins; an unknown syllable is one N word."""
    lists = _lists()
    k_noun = _lexicon_match(toks, i, lists["count_nouns"])
    k_word = _lexicon_match(toks, i, lists["compounds"])
    if k_noun and k_noun >= k_word:
        return k_noun, "N", True
    k = max(k_word, 1)
    key = " ".join(t.group("w").lower() for t in toks[i:i + k])
    return k, lists["classes"].get(key, "N"), False


def counted_phrase(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun phrase right after ``pos`` and where it ends.

    The phrase is a head noun and its noun and adjective modifiers, read
    word by word (``word_classes.tsv`` segments and classes the words;
    ``count_nouns.txt`` entries are taken whole). It ends before a stop word
    (``unit_stopwords.txt``), a preposition or conjunction, a number word, a
    punctuation mark, a line break, a proper name after a common noun, a
    verb that starts a predicate (:func:`_verb_modifier`), or after
    :data:`MAX_UNIT_WORDS` syllables. After "và" the phrase goes on with a
    known count noun; after "," or "/" also with a short noun phrase that
    is closed (:func:`_continuation`): "tỉnh, thành phố", "trường học, trạm
    xá của ...".
    """
    lists = _lists()
    toks = _tokens(text, pos)
    words: list[regex.Match[str]] = []
    i = 0
    typed = False  # a verb already modifies the phrase
    while i < len(toks) and len(words) < MAX_UNIT_WORDS:
        t = toks[i]
        if "\n" in t.group("sp") or (not words and not t.group("sp")):
            break
        if t.group("join"):
            if t.group("join") == "/" and _per_time(toks, i + 1):
                break  # a rate: "412 chuyến bay/tuần" (the unit is "chuyến bay")
            if t.group("join") not in ",/":  # "và": a known count noun or a second adjective follows
                k = (_lexicon_match(toks, i + 1, lists["count_nouns"]) or _paired_adjective(words, toks, i + 1)
                     ) if words else 0
            else:
                k = _continuation(toks, i + 1, words[0].group("w")[0].isupper()) if words else 0
            if not k:
                break
            words.extend(toks[i + 1:i + 1 + k])
            i += 1 + k
            continue
        if not t.group("w"):
            break
        k, cls, noun = _lexical(toks, i)
        if noun and (k > 1 or not _is_stop(toks, i)):
            words.extend(toks[i:i + k])
            i += k
            continue
        w = t.group("w")
        adjective = k > 1 and cls == "A" and not _is_stop(toks, i + k - 1)  # "trong nước": not the stop "trong"
        if (_is_stop(toks, i) and not adjective) or (k == 1 and w.lower() in lists["number_words"]):
            break
        if words:
            if w[0].isupper() and not words[-1].group("w")[0].isupper():
                common = _lexicon_match(toks, i, lists["capital_words"])
                if not common:
                    break  # a proper name after a common noun: "sinh viên Lào"
                words.extend(toks[i:i + common])  # "trực thuộc Trung ương"
                i += common
                continue
            if cls in "EC":
                break
            if cls == "V":
                if _key(" ".join(x.group("w") for x in words)) in lists["clause_heads"]:
                    break  # "trường hợp kết hôn ...": a clause, not a modifier
                k = _verb_modifier(toks, i, _head_in(words, "agents"), typed, _head_in(words, "activities"))
                typed = True
                if not k:
                    break
        words.extend(toks[i:i + k])
        i += k
    if not words:
        return None, pos
    start, end = words[0].start("w"), words[-1].end("w")
    unit = regex.sub(r"\s*/\s*", "/", regex.sub(r"\s+,", ",", " ".join(text[start:end].split())))
    return unit, end


def _per_time(toks: list[regex.Match[str]], i: int) -> bool:
    """Token ``i`` (after "/") is a time word: the phrase is a rate."""
    w = _word(toks, i)
    return bool(w) and _lists()["units"].get(_key(w), ("",))[0] == "duration"


def _paired_adjective(words: list[regex.Match[str]], toks: list[regex.Match[str]], i: int) -> int:
    """Tokens of an adjective at ``i`` after "và" that pairs with the
    adjective ending the phrase ("phóng viên trong nước và quốc tế", "hợp tác
    song phương và đa phương"), or 0."""
    classes = _lists()["classes"]
    last = [w.group("w").lower() for w in words[-2:]]
    if "A" not in (classes.get(" ".join(last)), classes.get(last[-1])):
        return 0
    if not _word(toks, i):
        return 0
    k, cls, _ = _lexical(toks, i)
    return k if cls == "A" else 0


def _head_in(words: list[regex.Match[str]], name: str) -> bool:
    """True when the phrase read so far starts with a noun of the list
    ``name``: "agents" (persons and institutions, ``agent_nouns.txt``) or
    "activities" (events, ``activity_nouns.txt``), also after a classifier
    ("lượt doanh nghiệp")."""
    start = 1 if words and _key(words[0].group("w")) in lexicon.grammar("classifier") else 0
    return _lexicon_match(words, start, _lists()[name]) > 0


def _verb_modifier(toks: list[regex.Match[str]], i: int, agent: bool, typed: bool, activity: bool) -> int:
    """Tokens of a verb (run) at ``i`` that modifies the counted noun, or 0
    when it starts a predicate.

    A verb that closes the noun phrase modifies it ("cán bộ quản lý.",
    "thỏa thuận hợp tác với ...", "cuộc tuần tra song phương,"): the verbs,
    then any adjectives, are followed by the end of the phrase. A verb with
    an object after it names a type after an activity or event noun
    (``activity``: "lớp tập huấn nghiệp vụ"), once (``typed``: no second
    verb with an object); after other nouns it is a predicate or a relative
    clause ("kỹ sư làm việc tại ...", "gian hàng giới thiệu sản phẩm").
    After an agent, and for a one-syllable verb, the verb is a modifier
    only when punctuation, a joiner, a name or the end follows
    ("cán bộ quản lý.", "lượt khám."), not a stop word ("dự án đặt tại
    ...", "tình nguyện viên hỗ trợ phục vụ ...") nor an object ("biên chế
    làm công tác")."""
    j, first = i, 0
    while _word(toks, j) and (j == i or not _is_stop(toks, j)):
        k, cls, _ = _lexical(toks, j)
        if cls != "V":
            break
        first = first or k
        j += k
    while _word(toks, j) and not _word(toks, j)[0].isupper() and not _is_stop(toks, j):
        k, cls, _ = _lexical(toks, j)
        if cls != "A":
            break
        j += k
    j += _lexicon_match(toks, j, _lists()["capital_words"])  # "trực thuộc Trung ương"
    if _closed(toks, j, strict=first == 1 or agent):
        return j - i
    if first > 1 and activity and not typed and _word(toks, j) and not _is_stop(toks, j):
        return j - i  # a verb and its object name a type: "đợt xúc tiến thương mại"
    return 0


def _closed(toks: list[regex.Match[str]], j: int, strict: bool = False) -> bool:
    """True when token ``j`` ends a noun phrase: the end, a line break, a
    mark, a joiner, "của", or (unless ``strict``) a name, a stop word, a
    preposition, a conjunction or a verb."""
    if j >= len(toks) or "\n" in toks[j].group("sp"):
        return True
    t = toks[j]
    if t.group("other"):
        return not t.group("other").isdigit()
    if t.group("join"):
        return True
    w = t.group("w")
    if strict:  # a name after a verb may be its object: "địa phương thu hút | FDI"
        return _key(w) in lexicon.grammar("possessive")  # "trường điều dưỡng | của Thái Bình"
    if w[0].isupper():
        return True
    return _is_stop(toks, j) or _lexical(toks, j)[1] in "ECV"


def _is_stop(toks: list[regex.Match[str]], i: int) -> bool:
    stop = _lists()["stop"]
    w = toks[i].group("w").lower()
    nxt = toks[i + 1].group("w") if i + 1 < len(toks) else None
    return w in stop or bool(nxt and f"{w} {nxt.lower()}" in stop)


def _continuation(toks: list[regex.Match[str]], i: int, titled: bool = False) -> int:
    """Word tokens from ``i`` that coordinate with a counted noun, else 0:
    a known count noun, or up to three syllables of common nouns and
    adjectives (the first may be a verb: "cán bộ hải quan, kiểm dịch") closed
    by a mark, a joiner, a word of ``phrase_closers.txt`` or a verb,
    preposition, conjunction or name. After a capitalised title (``titled``:
    "27 Đại sứ, Trưởng cơ quan đại diện") the piece may start with a
    capital and run to five syllables."""
    k = _lexicon_match(toks, i, _lists()["count_nouns"])
    if k:
        nxt = _word(toks, i + k)
        place = _key(" ".join(t.group("w") for t in toks[i:i + k])) in _lists()["relation"]
        return 0 if place and nxt and nxt[0].isupper() else k  # "hai dự án, tỉnh B nhận ...": a name follows
    n, verb_led, verb_len = 0, False, 0
    while n < (5 if titled else 3) and (w := _word(toks, i + n)) and (not w[0].isupper() or (titled and not n)) \
            and not _is_stop(toks, i + n):
        k, cls, _ = _lexical(toks, i + n)
        if cls in "EC" or (n and cls == "V" and not titled):
            break
        if not n and cls == "V":
            verb_led, verb_len = True, k
        n += k
    if not n or (titled and _word(toks, i)[0].isupper() and (n == 1 or _word(toks, i + 1)[0].isupper())):
        return 0  # a title goes on in lower case ("Trưởng cơ quan đại diện"), a name does not ("Hà Nội")
    if i + n >= len(toks):
        return n
    after = toks[i + n]
    word = (after.group("w") or "").lower()
    nxt = toks[i + n + 1].group("w") if i + n + 1 < len(toks) and toks[i + n + 1].group("w") else ""
    closers = _lists()["closers"]
    capital = bool(word) and after.group("w")[0].isupper()  # "hai dự án, tỉnh B": a name, not a list
    # a verb-led piece closed by another verb or a preposition is a new clause
    # ("..., phấn đấu thu hút", "..., tập trung vào"), and so is a verb with
    # its object before a closer ("..., tạo việc làm cho")
    closed = (not capital and _closed(toks, i + n, strict=True)) \
        or ((not verb_led or n == verb_len) and (word in closers or f"{word} {nxt.lower()}" in closers)) \
        or (word and not capital and _lexical(toks, i + n)[1] in ("C" if verb_led else "ECV")) \
        or (titled and bool(word) and _is_stop(toks, i + n))  # "Trưởng đại diện | các tổ chức"
    return n if closed else 0


# ------------------------------------------------------------------- kinds
def _dates(m: regex.Match[str], text: str) -> FactMatch | None:
    g = m.group
    kind, value = "date", None
    if g("p_full") is not None:  # "(30/1/1950 - 30/1/2025)"
        kind, value = "period", [iso(g("fy1"), g("fm1"), g("fd1")), iso(g("fy2"), g("fm2"), g("fd2"))]
    elif g("p_dm") is not None:  # "ngày 1/3/2023 đến hết tháng 10/2024"
        kind, value = "period", [iso(g("my1"), g("mm1"), g("md1")), iso(g("my2"), g("mm2"))]
    elif g("p_days") is not None:
        kind, value = "period", [iso(g("py"), g("pm1") or g("pm2"), g("pd1")), iso(g("py"), g("pm2"), g("pd2"))]
    elif g("p_months") is not None:
        year = g("pyo2") or g("pyo3")
        kind, value = "period", [iso(g("pyo1") or year, g("pmo1")), iso(year, g("pmo2"))]
    elif g("p_years") is not None:
        kind, value = "period", [g("py1"), g("py2")]
    elif g("d_full") is not None:
        value = iso(g("fy"), g("fm"), g("fd"))
    elif g("d_words") is not None:
        value = iso(g("wy") or g("wy2"), g("wm"), g("wd"))
    elif g("d_dm") is not None:
        unit, end = counted_phrase(text, m.end())
        if unit and _key(unit.split()[0]) in _lists()["count_nouns"] and int(g("sd")) <= int(g("sm")) \
                and _lists()["units"].get(_key(unit.split()[0]), ("",))[0] != "duration":
            # "12/12 xã biên giới": a share, not a date
            return FactMatch(m.start(), end, "count", int(g("sd")), unit=unit, total=int(g("sm")))
        value = iso(None, g("sm"), g("sd"))
    elif g("d_my") is not None:
        value = iso(g("my") or g("my2"), g("mm"))
    elif g("d_mword") is not None:
        value = iso(g("mwy"), _lists()["months"][_key(g("mword"))])
    elif g("d_year") is not None:
        value = g("yy")
    elif g("d_quarter") is not None:
        value = g("qy")
    elif g("d_bare") is not None:
        return _bare_year(m, text)
    else:
        return None
    return FactMatch(m.start(), m.end(), kind, value)


def _bare_year(m: regex.Match[str], text: str) -> FactMatch | None:
    """A lone year: a date after a time word or "(", nothing after a name
    ("APEC 2017", "Xuân Quê hương 2021"), a count before a noun."""
    lists = _lists()
    prev = _prev_words(text, m.start())
    before = text[max(0, m.start() - 2):m.start()].strip()
    if prev and (_key(prev[-1]) in lists["time_preps"] or _key(" ".join(prev)) in lists["time_preps"]):
        return FactMatch(m.start(), m.end(), "date", m.group("by"))
    if before.endswith("("):
        return FactMatch(m.start(), m.end(), "date", m.group("by"))
    if any(w[0].isupper() for w in prev):
        return None
    unit, end = counted_phrase(text, m.end())
    if unit:
        return FactMatch(m.start(), end, "count", int(m.group("by")), unit=unit)
    return FactMatch(m.start(), m.end(), "date", m.group("by"))


def _ordinal(m: regex.Match[str], text: str) -> list[FactMatch]:
    g = m.group
    lists = _lists()
    if g("o_event") is not None:
        return [FactMatch(m.start(), m.end(), "ordinal", int(g("on3")))]
    word = g("on") if g("o_thu") is not None else g("on2")
    prev = _prev_words(text, m.start(), 1)
    if g("o_head") is not None and prev and _key(prev[0]) in lexicon.grammar("within"):
        u = unit_re().match(text, m.end())  # "trong vòng 15 ngày": a duration, not a rank
        if u and u.group("unit") and lists["units"][_key(u.group("unit"))][0] == "duration":
            value = int(word) if word.isdigit() else parse_words(word)
            if value:
                unit = lists["units"][_key(u.group("unit"))][1]
                return [FactMatch(m.start("on2"), u.end(), "duration", value, unit=unit)]
    if g("o_thu") is not None and not g("oh"):
        if word in lists["weekdays"] or _grammar_res()["weekday_date"].match(text, m.end()):
            return []
        if _at_sentence_start(text, m.start()) and text[m.end():m.end() + 1] in ",:":
            return []  # enumeration "Thứ nhất, ..."
        before = _prev_words(text, m.start(), 1)
        if before and _key(before[0] + " " + m.group()) in lists["idioms"]:
            return []  # "nước thứ ba"
    if word.isdigit():
        value: int | None = int(word)
    else:
        value = int(lists["ordinal_words"].get(_key(word), 0)) or parse_words(word)
    if not value:
        return []
    out = [FactMatch(m.start(), m.end(), "ordinal", value)]
    if word.isdigit():  # "lần thứ 3 và 4"
        for more in _grammar_res()["ordinal_list"].finditer(text, m.end()):
            out.append(FactMatch(more.start("n"), more.end("n"), "ordinal", int(more.group("n"))))
    return out


def _quantity(m: regex.Match[str], text: str, before: list[FactMatch]) -> list[FactMatch]:
    """A number with its unit read after it; ``before`` are the facts found
    earlier in the text (a "một" set against an earlier count is a count)."""
    g = m.group
    lists = _lists()
    number = g("n")
    value = parse_value(number)
    if value is None or _rejected_number(m, text):
        return []
    approx = lists["approx"][_key(g("apx"))] if g("apx") else "="
    change = lists["change"][_key(g("chg"))] if g("chg") else None
    total = parse_value(g("tot")) if g("tot") else None
    head = number.split()[0].lower()
    lone = head if (len(number.split()) == 1 and not head[0].isdigit() and head not in lists["standalone"]
                    and head not in lists["bare_scales"]) else ""

    kind, unit, end = _unit_after(text, m.end(), number, value)
    second: FactMatch | None = None
    if kind is None and lone not in lists["year_or_five"]:  # "đầu năm lên 21 người": "năm" is the year
        kind, unit, value, second = _range(m, text, number, value)
        end = m.end()
    if kind is None and total is not None:
        kind, end = "count", m.end()
    if kind is None:
        return []
    if kind == "duration":
        prev = _prev_words(text, m.start(), 2)
        if unit in lists["clock"] and prev and (_key(prev[-1]) in lists["clock_preps"]
                                      or _key(" ".join(prev)) in lists["clock_preps"]):
            return []  # "lúc 9 giờ" is a clock time
        if prev and _key(prev[-1]) in lists["clock"] and _CLOCK_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return []  # "9 giờ 30 phút": the minutes of a clock time
        has_tail = _key(text[m.end():end]) != _key(unit or "")  # "một năm qua"
        spanned = bool(prev) and (_key(prev[-1]) in lexicon.grammar("span")  # "trước một năm"
                                  or _key(" ".join(prev[-2:])) in lexicon.grammar("span"))  # "sơ kết một năm"
        five_years = lone in lists["year_or_five"] and _key(unit or "") == lone  # "Năm năm qua"
        if lone and not five_years and not (lone in lists["article"] and (has_tail or g("apx") or spanned)):
            return []
    elif kind == "count":
        if lone in lists["article"]:
            if not _contrasted(before, text, m.start(), unit):
                return []  # "một" as an article
        elif lone and not (lone in lists["year_or_five"] and unit and _starts_with_count_noun(unit)):
            return []
        if value == 2 and unit and _names_two_sides(text, m.start(), unit):
            return []
    elif lone:
        return []
    first = FactMatch(m.start(), end, kind, value, unit=unit, approx=approx, change=change, total=total)
    return [first, second] if second else [first]


def _range(m: regex.Match[str], text: str, number: str,
           value: int | float) -> tuple[str | None, str | None, int | float, FactMatch | None]:
    """A bare first number of a range ("từ 20 đến 30 ngày", "1.500-2.000 USD")
    takes the kind and unit read after the second, and its scale words when
    it has none and is not larger ("từ 2 đến 2,5 tỷ USD": 2 tỷ). Returns
    kind, unit, the first value, and the second fact when a dash joins them
    (the scan does not start a number after "digit-", so it is made here)."""
    r = range_re().match(text, m.end())
    n2 = r.group("n2") if r else ""
    v2 = parse_value(n2) if r else None
    if v2 is None:
        return None, None, value, None
    kind, unit, end2 = _unit_after(text, r.end(), n2, v2)
    if kind is None:
        return None, None, value, None
    scale = trailing_scale(n2)
    if scale and not has_scale(number):
        bare = parse_value(n2[:n2.lower().rindex(scale.split()[0].lower())])
        scaled = parse_value(f"{number} {scale}")
        if bare is not None and scaled is not None and value <= bare:
            value = scaled
    second = None
    if text[m.end():r.start("n2")].strip() in "-–—" and kind in ("money", "count", "percent", "duration"):
        second = FactMatch(r.start("n2"), end2, kind, v2, unit=unit)
    return kind, unit, value, second


def _starts_with_count_noun(unit: str) -> bool:
    """The unit begins with a known count noun ("Đại sứ mới", "tỉnh, thành phố")."""
    words = _key(unit.split(",")[0]).split()
    return any(" ".join(words[:k]) in _lists()["count_nouns"] for k in range(1, min(4, len(words)) + 1))


def _contrasted(before: list[FactMatch], text: str, start: int, unit: str | None) -> bool:
    """True when the last earlier count of the same sentence counts the same
    unit ("hai dự án ..., tỉnh B nhận một dự án"): "một" is then the number 1."""
    last = next((f for f in reversed(before) if f.kind == "count"), None)
    return (last is not None and unit is not None and _key(last.unit or "") == _key(unit)
            and not _SENTENCE_END.search(text, last.end, start))


def _rejected_number(m: regex.Match[str], text: str) -> bool:
    """Exclusions on the number itself: idioms, names, enumerations, bare scale words."""
    lists = _lists()
    number = m.group("n")
    rest = text[m.start("n"):m.start("n") + 40].lower()
    if any(rest.startswith(i) and not rest[len(i):len(i) + 1].isalpha() for i in lists["idioms"]):
        return True
    if any(c.isdigit() for c in number):
        return not (m.group("chg") or m.group("apx") or _measured(text, m.end())
                    or _count_noun_follows(text, m.end())) and _after_name(text, m.start("n"))
    first = number.split()[0]
    start_ok = _at_sentence_start(text, m.start("n"))
    if first[0].isupper() and not start_ok:
        return True  # a name: "Ba Lan", "Hai Bà Trưng"
    if first[0].isupper() and not m.group("apx") and _FOLLOWED_BY_CAPITAL.match(text, m.end()):
        return True  # also at a sentence start: "Ba Lan ..."
    if _grammar_res()["enumeration"].match(text, m.end()):
        return True  # "Một là, ..."
    if first.lower() in lists["bare_scales"] and lists["approx"].get(_key(m.group("apx") or "")) != "~":
        return True  # "trăm", "nghìn" alone need "hàng"
    return False


def _count_noun_follows(text: str, pos: int) -> bool:
    """A known count noun follows the number ("Trưởng đoàn 27 thành viên
    ARF"): a count, whatever name comes before it."""
    toks = _tokens(text, pos, limit=4)
    return bool(toks) and bool(toks[0].group("sp")) and _lexicon_match(toks, 0, _lists()["count_nouns"]) > 0


def _measured(text: str, pos: int) -> bool:
    """A currency, percent or measure word follows the number at ``pos``
    ("tặng Cuba 10.000 tấn gạo"): an amount, whatever comes before it."""
    u = unit_re().match(text, pos)
    if not u:
        return False
    if u.group("pct") or _lists()["units"][_key(u.group("unit"))][0] != "duration":
        return True
    return bool(u.group("tail")) or bool(_PART_OF_YEAR.match(text, u.end()))  # "9 tháng đầu năm"


def _after_name(text: str, pos: int) -> bool:
    """True when a name ends right before ``pos`` ("Quốc lộ 1", "Xuân Quê
    hương 2021"): the last word is capitalised, or the one before it begins a
    name and the last word is no stop word; the name does not start the
    sentence."""
    m = _NAME_BEFORE.search(text, max(0, pos - 60), pos)
    if not m:
        return False
    last = (m.group("last") or "").lower()
    if last and (last in _lists()["stop"] or _lists()["classes"].get(last) == "V" or m.group("prev")):
        return False  # "Tây Nguyên ký 12 ...", "Australia ký 7 ...": a verb after a name
    return not _at_sentence_start(text, m.start("cap"))


def _unit_after(text: str, pos: int, number: str, value: int | float) -> tuple[str | None, str | None, int]:
    """Kind, unit and span end read after a number ending at ``pos``."""
    lists = _lists()
    u = unit_re().match(text, pos)
    if u and u.group("pct"):
        return "percent", "%", u.end()
    if u:
        kind, unit = lists["units"][_key(u.group("unit"))]
        if kind != "money" or _is_currency(text, u.end(), number, value, unit):
            return kind, unit, u.end()
    unit, end = counted_phrase(text, pos)
    if unit is None:
        return None, None, pos
    return "count", unit, end


def _is_currency(text: str, pos: int, number: str, value: int | float, code: str) -> bool:
    """A currency word is one unless it starts a compound ("đồng chí",
    ``dong_compounds.txt``) or, for VND, the amount is implausibly small
    without a scale word."""
    if code != "VND":
        return True
    nxt = _NEXT_WORD.match(text, pos)  # same line only: "4 tỷ USD\nThời sự" is no "đồng thời"
    if nxt and nxt.group(1).lower() in _lists()["dong"]:
        return False
    return len(number.split()) > 1 or value >= 1000


def _names_two_sides(text: str, start: int, unit: str) -> bool:
    """"hai nước", "hai bên", "hai Bộ trưởng": the two parties of the relation.
    A noun of ``relation_nouns_bare.txt`` names them only when bare: "hai
    tỉnh" does, "Hai tỉnh miền núi" counts."""
    lists = _lists()
    words = unit.replace(",", " ").split()
    for k in range(1, min(4, len(words)) + 1):
        head = _key(" ".join(words[:k]))
        if head in lists["relation"] and (k == len(words) or _key(" ".join(words[:k + 1])) not in lists["compounds"]):
            # ("hai Hội" but not "hai hội nghị": the noun is a whole word)
            return k == len(words) or head not in lists["relation_bare"]
    return False


def extract(text: str) -> list[FactMatch]:
    """All numeric facts of ``text`` (a normalised string), in text order.

    The scan resumes after the end of each fact, which may reach past its
    match (a unit read after the number), so facts never overlap.
    """
    out: list[FactMatch] = []
    pattern = master()
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.group("skip") is not None:
            found: list[FactMatch] = []
        elif m.group("q") is not None:
            found = _quantity(m, text, out)
        elif m.group("o_thu") is not None or m.group("o_head") is not None or m.group("o_event") is not None:
            found = _ordinal(m, text)
        else:
            found = [f for f in [_dates(m, text)] if f is not None]
        for f in found:
            _share_change(f, out[-1] if out else None, text)
            out.append(f)
        pos = max([m.end(), *(f.end for f in found)])
    return out


_LIST_JOIN = regex.compile(r"\s*(?:,|và|[-–—])\s*")


def _share_change(fact: FactMatch, prev: FactMatch | None, text: str) -> None:
    """A percent listed right after a changed one shares its verb: "lần lượt
    tăng 12,4% và 25,1%" gives both "increase"."""
    if (fact.kind == "percent" and fact.change is None and prev is not None and prev.kind == "percent"
            and prev.change and _LIST_JOIN.fullmatch(text, prev.end, fact.start)):
        fact.change = prev.change
