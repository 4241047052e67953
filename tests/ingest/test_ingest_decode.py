"""Bytes in: empty, binary, oversized and mis-encoded input; control characters out."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from reader.ingest import MAX_INPUT_BYTES, ImportFailure, read_source
from reader.ingest.decode import decode_bytes

CP1252_TEXT = (
    "“Café — naïve”: a new bistro opens where the old bakery was\n\n"
    "It’s on the corner of Rue Bleue, where the old bakery used to be, and the owner "
    "says business is good."
)
KOREAN_TEXT = (
    "서울시, 새 버스 노선 발표\n\n"
    "서울시는 14일 새로운 버스 노선을 발표했다. 시민들은 출퇴근 시간이 줄어들 것으로 "
    "기대하고 있다. 시장은 교통 혼잡을 줄이기 위한 조치라고 말했다."
)
JAPANESE_TEXT = (
    "東京都、新しいバス路線を発表\n\n"
    "東京都は14日、新しいバス路線を発表した。市民は通勤時間が短くなると期待している。"
    "知事は交通渋滞を減らすための措置だと述べた。"
)


def failure(tmp_path: Path, data: bytes, name: str = "input.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFailure) as caught:
        read_source(str(path))
    assert caught.value.source == str(path)
    return caught.value.reason


def read_bytes(tmp_path: Path, data: bytes, name: str = "input.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_source(str(path))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  \n", "empty file (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file (PNG image)"),
        (b"Hello\x00world, this looks like text", "binary file (contains NUL bytes)"),
        (bytes(range(1, 32)) * 20 + b"a few letters", "binary file (mostly non-text bytes)"),
    ],
    ids=["empty", "whitespace", "png", "nul", "control-soup"],
)
def test_rejected_input(tmp_path: Path, data: bytes, reason: str) -> None:
    assert failure(tmp_path, data) == reason


def test_sixty_megabyte_file_is_rejected_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(60 * 1024 * 1024)  # sparse: instant, takes no disk
    opened: list[str] = []
    real_open = builtins.open
    monkeypatch.setattr(
        builtins, "open", lambda file, *a, **k: opened.append(str(file)) or real_open(file, *a, **k)
    )
    with pytest.raises(ImportFailure) as caught:
        read_source(str(path))
    assert caught.value.reason == "file too large (60.0 MB; limit 16 MB)"
    assert str(path) not in opened
    assert MAX_INPUT_BYTES == 16 * 1024 * 1024


def test_invalid_utf8_bytes_in_text_are_decoded_not_fatal(tmp_path: Path) -> None:
    data = b"Storm hits the coast\n\nThe wind \xff\xfe reached 120 km/h on Friday, officials said.\n"
    (article,) = read_bytes(tmp_path, data)
    assert article.title == "Storm hits the coast"
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].startswith("The wind ")
    assert article.paragraphs[0].endswith("reached 120 km/h on Friday, officials said.")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(CP1252_TEXT, "cp1252"), (KOREAN_TEXT, "euc-kr"), (JAPANESE_TEXT, "shift_jis")],
    ids=["cp1252", "euc-kr", "shift-jis"],
)
def test_legacy_encodings_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    (article,) = read_bytes(tmp_path, text.encode(encoding))
    title, body = text.split("\n\n")
    assert article.title == title
    assert article.paragraphs == [body]


def test_declared_charset_wins_over_guessing() -> None:
    data = "Gr\u00fc\u00dfe aus K\u00f6ln".encode("iso-8859-15")
    assert decode_bytes(data, "x", declared="ISO-8859-15") == "Grüße aus Köln"
    html = b'<html><head><meta charset="windows-1252"></head><body>\x93Hi\x94</body></html>'
    assert "“Hi”" in decode_bytes(html, "x")
    xml = '<?xml version="1.0" encoding="koi8-r"?><rss>Москва</rss>'.encode("koi8-r")
    assert "Москва" in decode_bytes(xml, "x")


def test_byte_order_marks() -> None:
    assert decode_bytes("BOM text".encode("utf-16"), "x") == "BOM text"
    assert decode_bytes(b"\xef\xbb\xbfUTF-8 BOM", "x") == "UTF-8 BOM"


def test_control_and_escape_characters_are_stripped(tmp_path: Path) -> None:
    text = (
        "\x1b]0;pwned title\x07Storm \x1b[31mwarning\x1b[0m issued\r\n\r\n"
        "Winds\x9b reached 100 km/h\x7f on the \x08coast.\x00"
    )
    data = text.replace("\x00", "").encode("utf-8")
    (article,) = read_bytes(tmp_path, data)
    everything = article.title + "".join(article.paragraphs)
    for control in ("\x1b", "\x07", "\x9b", "\x7f", "\x08", "\r"):
        assert control not in everything
    # Whole sequences go: an 8-bit CSI takes its parameters and final byte with it (" r").
    assert article.title == "Storm warning issued"
    assert article.paragraphs == ["Windseached 100 km/h on the coast."]
