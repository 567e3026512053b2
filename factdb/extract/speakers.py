"""Speaker mentions next to a cue, and their resolution to one canonical speaker per article.

Mentions are found on a *masked* copy of the text in which every quotation (marks included) is
replaced by ``\\x01`` characters, so nothing inside a quotation is taken for a speaker:
``speaker_mentions`` (before a cue), ``speaker_inverted`` (after an inverted cue, sentence
subjects), ``speaker_tokens`` (tokens and name words) and ``speaker_resolve`` (one canonical
speaker per mention, per article).
"""

from factdb.extract.speaker_inverted import speaker_after, subject_of
from factdb.extract.speaker_mentions import speaker_before
from factdb.extract.speaker_resolve import SpeakerResolver
from factdb.extract.speaker_tokens import Mention

__all__ = ["Mention", "SpeakerResolver", "speaker_after", "speaker_before", "subject_of"]
