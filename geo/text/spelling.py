"""Spellings of one name: folded forms, a transliteration skeleton, Ukrainian romanisation.

The same village is "Ternuvate", "Ternuvatoye" and "Ternuvate" with a stray apostrophe;
the same Syrian town "Tal Abyad", "Tell Abiad" and "Tall Abyad". ``skeleton`` reduces a
name to a key that such variants share (letters only, no articles, common
transliteration pairs collapsed), so the gazetteer can offer a candidate when the exact
spelling is unknown. Such a match is weak evidence and is used only inside the article's
focus (``geo.places.resolve``). ``romanise_uk`` writes Ukrainian Cyrillic in the
official national system (KMU 2010), which is how English news spells Ukrainian places.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"[\u2018\u2019'`\u02bc\u02bb\u2032\u00b4]")
_NON_WORD = re.compile(r"[^\w]+")
_ARTICLE = re.compile(r"^(?:al|el|ad|as|an|ar|at|ash|az|ad|ed|es|et|ez)\s")
# Pairs that transliterations of the same sound disagree on, applied in order.
_COLLAPSE = (("kh", "h"), ("yi", "i"), ("iy", "i"), ("yy", "i"), ("y", "i"), ("j", "i"),
             ("ou", "u"), ("oo", "u"), ("w", "v"), ("ts", "c"), ("zh", "j"), ("dh", "d"),
             ("q", "k"), ("ck", "k"), ("ph", "f"), ("sh", "s"), ("ch", "c"), ("ee", "i"),
             ("e", "i"))
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")  # Arabic ta marbuta: "Raqqah", "Hodeidah"


#: Letters that carry no accent to drop, written in English as these ("Biləsuvar" is
#: "Bilasuvar", "Şırnak" "Sirnak", "Łódź" "Lodz", "Tromsø" "Tromso").
_PLAIN_LETTERS = str.maketrans({"ə": "a", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae",
                                "ß": "ss"})


def fold(name: str) -> str:
    """Lower case, accents and apostrophes dropped, runs of other signs made one space:
    "Kramators’k" -> "kramatorsk", "Tall ‘Afar" -> "tall afar", "Biləsuvar" -> "bilasuvar"."""
    if name.isascii():  # nothing to decompose or replace: the same, sooner
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
        text = text.translate(_PLAIN_LETTERS)
    text = _APOSTROPHES.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


def plain(name: str) -> str:
    """The name without its accents, case and signs kept: "Tillabéri" -> "Tillaberi",
    "Aţ Ţawīlah" -> "At Tawilah"."""
    text = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def skeleton(name: str) -> str:
    """A key that transliteration variants of a name share: folded, the Arabic article
    and spaces dropped, common letter pairs collapsed, doubled letters made single.
    "Kharkiv" and "Harkiv", "Tall Abyad" and "Tal Abiad" share one."""
    text = _FINAL_H.sub("", _ARTICLE.sub("", fold(name)).replace(" ", "").replace("_", ""))
    for a, b in _COLLAPSE:
        text = text.replace(a, b)
    return _DOUBLE.sub(r"\1", text)


def skeletons(name: str) -> tuple[str, ...]:
    """The name's skeleton and those of the spellings other transliterations give it: "ph"
    read as an aspirated p (Burmese, Thai and Indian spellings: "Kyaukphyu" is also written
    "Kyaukpyu"); a "g" read as the "h" that Ukrainian and Belarusian write for the letter
    Russian spellings give as "g" ("Gorlovka" for "Horlivka"), or as the Arabic "q" that
    Libyan, Sudanese and Gulf speech says "g" ("Gasr" for "Qasr", "Gaddafi"); a soft sign
    written "y" before an "o", which the national romanisation drops ("Verkhnyo-" for
    "Verkhno-")."""
    folded = fold(name)
    spellings = [folded]
    for pattern, replacement in _OTHER_READINGS:
        spellings += [pattern.sub(replacement, s) for s in spellings if pattern.search(s)]
    return tuple(dict.fromkeys(skeleton(s) for s in spellings))


#: Rewrites of a folded name into another transliteration's spelling (``skeletons``).
_OTHER_READINGS = ((re.compile("ph"), "p"), (re.compile(r"g(?!h)"), "h"),
                   (re.compile(r"g(?!h)"), "q"), (re.compile(r"(?<=[bcdfklmnprstvz])yo"), "o"))


_UK = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
       "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
       "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
       "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
       "я": "ia", "'": "", "’": "", "ʼ": "", "ы": "y", "э": "e", "ё": "e", "ъ": ""}
# At the start of a word these letters are written with a leading "y" (KMU 2010).
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def romanise_uk(name: str) -> str:
    """Ukrainian Cyrillic in the national romanisation (Cabinet of Ministers resolution
    no. 55 of 2010): "Рівне" -> "Rivne", "Згурівка" -> "Zghurivka", "Їжаківка" -> "Yizhakivka"."""
    out = []
    previous = ""
    for ch in name:
        low = ch.lower()
        if low in _UK or low in _UK_INITIAL:
            initial = not previous or (not previous.isalpha() and previous not in "'’ʼ")
            latin = _UK_INITIAL.get(low) if initial and low in _UK_INITIAL else _UK[low]
            if low == "г" and previous.lower() == "з":
                latin = "gh"  # "зг" is written "zgh", apart from "zh" for "ж"
            out.append(latin.capitalize() if ch != low and latin else latin)
        else:
            out.append(ch)
        previous = ch
    return "".join(out)
