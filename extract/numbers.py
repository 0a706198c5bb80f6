"""Number text -> float: Arabic digits with separators, Chinese numerals, 万/亿 multipliers."""
from __future__ import annotations

import regex

from .vocab.units import CHINESE_DIGITS, CHINESE_PLACES, CHINESE_POINT, MINUS_SIGNS, MULTIPLIERS

# Full-width digits and signs -> ASCII, one character for one so every offset stays true.
FULL_WIDTH = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
FULL_WIDTH_CHAR = regex.compile("[０-９％．]")
MINUS = str.maketrans({sign: "-" for sign in MINUS_SIGNS})


def normalise(text: str) -> str:
    """The text with full-width digits made ASCII; same length, same offsets.

    >>> normalise("１２.５％")
    '12.5%'
    """
    return text.translate(FULL_WIDTH) if FULL_WIDTH_CHAR.search(text) else text


def arabic_value(digits: str) -> float:
    """Digits with thousands separators, perhaps signed.

    >>> arabic_value("1,234.5"), arabic_value("−3.2")
    (1234.5, -3.2)
    """
    return float(digits.replace(",", "").translate(MINUS))


def has_chinese_digit(numeral: str) -> bool:
    """Whether a numeral names a digit, not only place values ("亿", "千亿" have none)."""
    return any(c in CHINESE_DIGITS for c in numeral)


def chinese_value(numeral: str) -> float:
    """A Chinese numeral's value; a place value with no digit before it counts one.

    >>> chinese_value("一百零五"), chinese_value("三千五百万"), chinese_value("千亿")
    (105.0, 35000000.0, 100000000000.0)
    >>> chinese_value("二十三"), chinese_value("十"), chinese_value("三万亿")
    (23.0, 10.0, 3000000000000.0)
    """
    total = 0.0    # what is complete above the current 万/亿 section
    section = 0.0  # the current section, below 万
    digit: float | None = None
    for char in numeral:
        if char in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[char]
        elif char in CHINESE_PLACES:
            section += (1 if digit is None else digit) * CHINESE_PLACES[char]
            digit = None
        else:  # 万 or 亿: everything so far is scaled
            unit = MULTIPLIERS[char]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1
            if unit > 1e4 and total:
                total = (total + section) * unit
            else:
                total += section * unit
            section, digit = 0.0, None
    return total + section + (digit or 0)


def adjacent_digits_value(numeral: str) -> float | None:
    """Two digits side by side state a rough range, "两三倍": their midpoint.

    >>> adjacent_digits_value("两三"), adjacent_digits_value("二十")
    (2.5, None)
    """
    if len(numeral) == 2 and all(c in CHINESE_DIGITS for c in numeral):
        low, high = (CHINESE_DIGITS[c] for c in numeral)
        if high == low + 1:
            return (low + high) / 2
    return None


def number_value(text: str) -> float:
    """Arabic or Chinese number text -> float.

    >>> number_value("108.5"), number_value("二十三"), number_value("两三"), number_value("五点六")
    (108.5, 23.0, 2.5, 5.6)
    """
    if text[-1].isdigit():
        return arabic_value(text)
    whole, _, decimals = text.partition(CHINESE_POINT)
    fraction = float("0." + "".join(str(CHINESE_DIGITS[c]) for c in decimals)) if decimals else 0.0
    return (adjacent_digits_value(whole) or chinese_value(whole)) + fraction
