"""Number text -> value, as reports print numbers."""
import pytest

from extract.numbers import normalise, number_value

NUMBERS = [
    ("108.5", 108.5), ("1,234.5", 1234.5), ("−3.2", -3.2), ("-0.5", -0.5),
    ("二十三", 23), ("一百零五", 105), ("三千五百万", 35_000_000), ("十", 10), ("千亿", 1e11),
    ("三万亿", 3e12), ("一亿五千万", 1.5e8), ("两三", 2.5), ("五点六", 5.6), ("十点五", 10.5),
    ("零", 0), ("两千零二十五", 2025),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_value(text: str, value: float) -> None:
    assert number_value(text) == pytest.approx(value)


def test_full_width_digits_become_ascii_in_place() -> None:
    text = "增长１２.５％，达到３０８亿元"
    assert normalise(text) == "增长12.5%，达到308亿元"
    assert len(normalise(text)) == len(text)
