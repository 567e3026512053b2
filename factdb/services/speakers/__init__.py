"""The speaker registry and people's corrections of it."""

from factdb.services.speakers.corrections import Correction, merge, rename, split
from factdb.services.speakers.listing import SpeakerRow, list_speakers
from factdb.services.speakers.registry import resolve_speaker, speaker_key

__all__ = [
    "Correction",
    "SpeakerRow",
    "list_speakers",
    "merge",
    "rename",
    "resolve_speaker",
    "speaker_key",
    "split",
]
