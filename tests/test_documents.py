"""Documents on disk: a folder's documents are the same documents, with the same ids, to the
command line, the store and the dashboard (extract/documents.py decides for all three)."""
from pathlib import Path

from dashboard.ui.corpus import load
from extract.__main__ import extract_paths
from extract.store import build, read_manifest

SEED = Path(__file__).parent.parent / "seeds" / "000_ad29c2c3119cad9b.txt"


def test_a_folders_documents_are_the_same_to_the_command_line_the_store_and_the_dashboard(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    for name in ("2026-01-21/01.txt", "2026-01-22/01.TXT", "notes.md", "b/c/deep.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(SEED.read_bytes())
    (folder / "notes.json").write_text('{"source": "聊城日报"}', encoding="utf-8")  # a sidecar, not a document
    (folder / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")  # a document, refused by all three
    expected = ["2026-01-21/01", "2026-01-22/01", "b/c/deep", "notes"]
    table, refused = extract_paths([folder])
    assert sorted(set(table.doc_id)) == expected and len(refused) == 1
    report = build(folder, tmp_path / "store")
    assert sorted(read_manifest(tmp_path / "store").doc_id) == expected and len(report.refused) == 1
    corpus = load(str(folder), 0)
    assert sorted(corpus.texts) == expected and len(corpus.refused) == 1
    assert sorted(set(corpus.figures.column("doc_id").to_pylist())) == expected
