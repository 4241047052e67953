"""The one sanitizer: whole escape sequences go (no residue), then every control character;
bidi and zero-width characters are shown as visible markers, with an offset map back."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.text import (
    FORMAT_CHAR_NAMES,
    is_shown_line,
    one_line,
    shown_line,
    shown_text,
    strip_controls,
    visible_format_chars,
)

C0 = {chr(c) for c in range(0x20)}
C1 = {chr(c) for c in range(0x80, 0xA0)}
FORBIDDEN = C0 | {"\x7f"} | C1
FORMAT_CHARS = set(FORMAT_CHAR_NAMES)


def check_both(text: str, expected: str) -> None:
    """strip_controls and one_line agree on text without newlines or tabs."""
    assert strip_controls(text) == expected
    assert one_line(text) == " ".join(expected.split())


# -- CSI -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),
        ("\x1b[2Jcleared", "cleared"),
        ("\x1b[?25hcursor", "cursor"),  # private parameter byte
        ("\x1b[38;2;255;0;0mtrue colour", "true colour"),
        ("\x1b[1 qshape", "shape"),  # an intermediate byte before the final
        ("\x1b[>0;1;2cdevice", "device"),
        ("\x9b2Jeight-bit", "eight-bit"),  # 8-bit CSI
        ("\x9b31;1mbold", "bold"),
        ("cut off \x1b[12;", "cut off "),  # unterminated at the end
        ("cut off \x9b", "cut off "),
    ],
)
def test_csi_sequences_go_whole(text: str, expected: str) -> None:
    check_both(text, expected)


# -- OSC -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x\x1b]0;evil title\x07y", "xy"),  # window title, BEL
        ("x\x1b]2;evil title\x1b\\y", "xy"),  # ST as ESC \
        ("x\x1b]2;evil title\x9cy", "xy"),  # 8-bit ST
        ("x\x9d0;evil title\x07y", "xy"),  # 8-bit OSC
        ("x\x9d0;evil title\x9cy", "xy"),
        ("copy\x1b]52;c;cHduZWQ=\x07 me", "copy me"),  # clipboard write
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here", "click here"),  # hyperlink
        ("\x1b]0;interrupted\x1b[31mred", "red"),  # an ESC ends the string; the CSI goes too
        ("\x1b]0;cancelled\x18visible", "visible"),  # CAN aborts a sequence
    ],
)
def test_osc_sequences_go_whole(text: str, expected: str) -> None:
    check_both(text, expected)


def test_an_unterminated_osc_goes_to_the_end_of_its_line_only() -> None:
    document = "Headline\x1b]0;never terminated\nSecond line stays.\n\nThird too."
    assert strip_controls(document) == "Headline\nSecond line stays.\n\nThird too."
    assert one_line(document) == "Headline Second line stays. Third too."
    assert strip_controls("a\x9d0;open\r\nb") == "a\nb"  # CRLF ends the line too
    assert strip_controls("tail \x1b]52;c;cHduZWQ=") == "tail "


# -- DCS, SOS, PM, APC -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("introducer", "eight_bit"),
    [("\x1bP", "\x90"), ("\x1bX", "\x98"), ("\x1b^", "\x9e"), ("\x1b_", "\x9f")],
    ids=["DCS", "SOS", "PM", "APC"],
)
def test_string_sequences_go_whole(introducer: str, eight_bit: str) -> None:
    for start in (introducer, eight_bit):
        for end in ("\x1b\\", "\x9c"):
            check_both(f"a{start}q#0;2;0;0;0#0~~@@vv{end}b", "ab")
        # Unterminated: to the end of the line, not further.
        assert strip_controls(f"a{start}payload with \x07 bell\nnext line") == "a\nnext line"
        assert strip_controls(f"a{start}payload") == "a"


# -- other escapes and lone controls ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x1bcreset", "reset"),  # RIS
        ("\x1b7saved\x1b8", "saved"),  # DECSC / DECRC
        ("\x1b(Bascii", "ascii"),  # charset designation, with an intermediate
        ("\x1b#8align", "align"),
        ("\x1b=keypad\x1b>", "keypad"),
        ("\x1bMup", "up"),
        ("lone escape\x1b", "lone escape"),
        ("\x1b\x1b[31mdouble", "double"),
    ],
)
def test_other_escapes_go_whole(text: str, expected: str) -> None:
    check_both(text, expected)


def test_lone_control_characters_go() -> None:
    text = "bell\x07 back\x08space del\x7f nel\x85 st\x9c nul\x00"
    assert strip_controls(text) == "bell backspace del nel st nul"
    assert one_line(text) == "bell back space del nel st nul"  # a control may have split words


def test_newlines_tabs_and_carriage_returns() -> None:
    assert strip_controls("a\tb\nc") == "a\tb\nc"
    assert strip_controls("a\r\nb\rc") == "a\nb\nc"
    assert one_line("  a\tb\r\nc\x07d  ") == "a b c d"  # a lone control still separates words
    assert one_line("bold\x1b[1mword") == "boldword"  # an escape sequence never does


def test_clean_text_comes_back_unchanged() -> None:
    text = "Plain text — with “quotes”, ümlauts, 中文, emoji 👩‍💻.\n\n\tIndented."
    assert strip_controls(text) is text
    assert one_line("One line, already tidy.") == "One line, already tidy."


@pytest.mark.parametrize(
    "text",
    [
        "\x9d" * 500_000 + "\n" + "x" * 500_000,  # one very long unterminated 8-bit OSC
        "\x1b]" * 500_000,  # many unterminated OSCs, each cut by the next ESC
        "\x1bP\n" * 300_000,
        "\x1b[" * 500_000,
        ("word " * 20 + "\x1b[31m") * 10_000,
    ],
    ids=["long-osc", "many-osc", "many-dcs", "many-csi", "coloured"],
)
def test_hostile_megabytes_are_sanitized_in_linear_time(text: str) -> None:
    # Against an eighth of the same text in the same run, not the clock: a quadratic pass takes 8 times longer.
    # Each side's best of five runs, the eighth sanitized eight times in a run: both runs take as long, so a busy
    # machine's pauses weigh alike on them.
    eighth = text[: len(text) // 8]
    ratio = min(_sanitizing_seconds(text) for _ in range(5)) / min(_sanitizing_seconds(eighth, 8) for _ in range(5))
    assert ratio < 3, f"the whole text took {ratio:.1f} times eight eighths"
    assert not FORBIDDEN - {"\n", "\t"} & set(strip_controls(text))


def _sanitizing_seconds(text: str, times: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(times):
        strip_controls(text)
        one_line(text)
    return time.perf_counter() - started


# -- properties ----------------------------------------------------------------------------

PIECES = [
    "\x1b", "\x1b[", "\x1b]", "\x1bP", "\x1b\\", "\x9b", "\x9c", "\x9d", "\x90", "\x07", "\x18",
    "\x1b[31m", "\x1b]0;t\x07", "\x1b]52;c;cHduZWQ=\x1b\\", "\r", "\n", "\t", "\x00", "\x7f",
    "\u202e", "\u200b", "\u200d", "👩", "💻", "[", "]", ";", "0", "m", "\\", " ",
]
hostile_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=30).map("".join)
no_controls = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")))


@given(hostile_text)
def test_output_never_holds_a_control_character(text: str) -> None:
    assert not (FORBIDDEN - {"\n", "\t"}) & set(strip_controls(text))
    line = one_line(text)
    assert not FORBIDDEN & set(line)
    assert line == " ".join(line.split())
    shown = shown_line(text)
    assert not (FORBIDDEN | FORMAT_CHARS - {"\u200d"}) & set(shown)


@given(st.text())
def test_any_text_is_sanitized(text: str) -> None:
    assert not (FORBIDDEN - {"\n", "\t"}) & set(strip_controls(text))
    assert not FORBIDDEN & set(one_line(text))


@given(hostile_text | st.text() | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4))
def test_text_shown_as_it_is_is_what_the_full_cleaning_leaves_alone(text: str) -> None:
    # shown_line skips the cleaning for such text.
    if is_shown_line(text):
        assert visible_format_chars(one_line(text)) == text


def test_every_character_shown_as_it_is_is_left_alone_by_the_full_cleaning() -> None:
    for code in range(0x110000):
        text = f"a{chr(code)}b"
        if is_shown_line(text):
            assert visible_format_chars(one_line(text)) == text, hex(code)


@given(no_controls)
def test_text_without_controls_is_returned_unchanged(text: str) -> None:
    assert strip_controls(text) == text
    assert one_line(text) == " ".join(text.split())


csi = st.builds(
    lambda params, inter, final: f"\x1b[{params}{inter}{final}",
    st.text(alphabet=[chr(c) for c in range(0x30, 0x40)], max_size=6),
    st.text(alphabet=[chr(c) for c in range(0x20, 0x30)], max_size=2),
    st.sampled_from([chr(c) for c in range(0x40, 0x7F)]),
)
string_body = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=20)
osc = st.builds(lambda intro, body, end: intro + body + end,
                st.sampled_from(["\x1b]", "\x9d"]), string_body, st.sampled_from(["\x07", "\x1b\\", "\x9c"]))
dcs = st.builds(lambda intro, body, end: intro + body + end,
                st.sampled_from(["\x1bP", "\x1bX", "\x1b^", "\x1b_", "\x90", "\x98", "\x9e", "\x9f"]),
                string_body, st.sampled_from(["\x1b\\", "\x9c"]))
escape = st.builds(lambda inter, final: f"\x1b{inter}{final}",
                   st.text(alphabet=[chr(c) for c in range(0x20, 0x30)], max_size=2),
                   st.sampled_from([chr(c) for c in range(0x30, 0x7F) if chr(c) not in "[]PX^_"]))


@given(no_controls, csi | osc | dcs | escape, no_controls)
def test_a_whole_sequence_goes_and_nothing_around_it(before: str, sequence: str, after: str) -> None:
    assert strip_controls(before + sequence + after) == before + after


# -- bidi and zero-width characters, shown -------------------------------------------------


@pytest.mark.parametrize(("char", "name"), sorted(FORMAT_CHAR_NAMES.items()))
def test_every_format_character_has_a_visible_marker(char: str, name: str) -> None:
    assert visible_format_chars(f"a{char}b") == f"a⟨{name}⟩b"
    assert shown_line(f" a{char}b\x1b[31m ") == f"a⟨{name}⟩b"


def test_a_bidi_override_cannot_reorder_the_line() -> None:
    # "Trojan source": the file name would read "invoice_exe.pdf" on a bidi terminal.
    assert visible_format_chars("invoice_\u202efdp.exe") == "invoice_⟨RLO⟩fdp.exe"
    assert visible_format_chars("\u2067isolate\u2069 \u200fmark") == "⟨RLI⟩isolate⟨PDI⟩ ⟨RLM⟩mark"


@pytest.mark.parametrize(
    "emoji",
    ["👩\u200d💻", "👨\u200d👩\u200d👧", "❤\ufe0f\u200d🔥", "🏳\ufe0f\u200d🌈", "👩🏽\u200d🚀", "🧑\u200d⚕\ufe0f"],
)
def test_a_zero_width_joiner_inside_an_emoji_stays(emoji: str) -> None:
    assert visible_format_chars(f"Team {emoji} news") == f"Team {emoji} news"


def test_a_zero_width_joiner_elsewhere_is_shown() -> None:
    assert visible_format_chars("pay\u200dpal") == "pay⟨ZWJ⟩pal"
    assert visible_format_chars("👩\u200d") == "👩⟨ZWJ⟩"
    assert visible_format_chars("\u200d💻") == "⟨ZWJ⟩💻"
    assert visible_format_chars("👩\u200d\u200d💻") == "👩⟨ZWJ⟩⟨ZWJ⟩💻"


@given(no_controls)
def test_shown_text_agrees_with_the_line_functions(text: str) -> None:
    shown = shown_text(text)
    assert shown.text == visible_format_chars(text)
    assert not (FORMAT_CHARS - {"\u200d"}) & set(shown.text)
    if shown.text == text:
        assert shown.same


def test_shown_text_maps_offsets_both_ways() -> None:
    stored = "ab\u202ecd\x1b[1mef\tg\r\nh"
    shown = shown_text(stored)
    assert shown.text == "ab⟨RLO⟩cdef g\nh"
    assert [shown.shown(i) for i in range(len(stored) + 1)] == [
        0, 1, 2, 7, 8, 9, 9, 9, 9, 9, 10, 11, 12, 13, 13, 14, 15,
    ]
    # The RLO (stored 2..3) is the whole marker (shown 2..7), and back.
    assert (shown.shown(2), shown.shown(3)) == (2, 7)
    assert (shown.stored(2), shown.stored(7, end=True)) == (2, 3)
    # A shown offset inside a marker is inside its one character.
    assert (shown.stored(4), shown.stored(4, end=True)) == (2, 3)
    assert shown.text[shown.shown(10) : shown.shown(12)] == "f "
    assert shown_text("plain").same and shown_text("plain").stored(3) == 3


@given(hostile_text)
def test_the_offset_map_keeps_every_shown_character_in_place(text: str) -> None:
    shown = shown_text(text)
    offsets = [shown.shown(i) for i in range(len(text) + 1)]
    assert offsets == sorted(offsets) and offsets[-1] == len(shown.text)
    for i, char in enumerate(text):
        if char not in FORBIDDEN and char not in FORMAT_CHARS and offsets[i + 1] == offsets[i] + 1:
            assert shown.text[offsets[i]] == char
            assert shown.stored(offsets[i]) <= i < shown.stored(offsets[i] + 1, end=True)


def test_a_stray_introducer_goes_alone_and_eats_no_markup_after_it() -> None:
    # Seen by fuzzing: an 8-bit CSI inside an attribute used to take the quote with it.
    assert strip_controls('content="The \x9b"><p>x') == 'content="The "><p>x'
    assert strip_controls("caf\x9b\u00e9 au lait") == "caf\u00e9 au lait"  # no final byte follows
