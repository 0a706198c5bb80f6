"""Every word the interface shows has both languages: each interface string, each reason
the extractor gives for marking a row to check, each canonical indicator."""
import re
from pathlib import Path

from dashboard.labels import INDICATORS_EN, LANGUAGES, REVIEW_REASONS, TEXT
from extract.vocab.indicators import INDICATOR_ROWS

EXTRACT = Path(__file__).parent.parent / "extract"


def test_every_interface_string_has_both_languages() -> None:
    assert not [key for key, words in TEXT.items() if set(words) != set(LANGUAGES) or not all(words.values())]


def test_every_reason_to_check_a_row_is_said_in_words() -> None:
    given = {reason for module in EXTRACT.glob("*.py")
             for reason in re.findall(r'doubts\.append\("([a-z-]+)"\)', module.read_text(encoding="utf-8"))}
    assert given and given == set(REVIEW_REASONS)


def test_every_canonical_indicator_has_an_english_name_and_definition() -> None:
    assert {row.key for row in INDICATOR_ROWS} == set(INDICATORS_EN)
    assert all(name and definition for name, definition in INDICATORS_EN.values())
