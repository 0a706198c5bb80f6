"""Every word the interface shows has both languages: each interface string, each reason
the extractor gives for marking a row to check, each canonical indicator."""
from dashboard.labels import INDICATORS_EN, LANGUAGES, REVIEW_REASONS, TEXT
from extract.model import DOUBTS
from extract.vocab.indicators import INDICATOR_ROWS


def test_every_interface_string_has_both_languages() -> None:
    assert not [key for key, words in TEXT.items() if set(words) != set(LANGUAGES) or not all(words.values())]


def test_every_reason_to_check_a_row_is_said_in_words() -> None:
    assert DOUBTS and set(DOUBTS) == set(REVIEW_REASONS)


def test_every_canonical_indicator_has_an_english_name_and_definition() -> None:
    assert {row.key for row in INDICATOR_ROWS} == set(INDICATORS_EN)
    assert all(name and definition for name, definition in INDICATORS_EN.values())
