"""Speaker mentions next to a cue, and their resolution to one canonical speaker per article.

Mentions are found on a *masked* copy of the text in which every quotation (marks included) is
replaced by ``\\x01`` characters, so nothing inside a quotation is taken for a speaker:
``mentions`` (before a cue), ``inverted`` (after an inverted cue, sentence
subjects), ``tokens`` (tokens and name words) and ``resolve`` (one canonical
speaker per mention, per article).
"""

from factdb.extract.speakers.inverted import speaker_after, subject_of
from factdb.extract.speakers.mentions import speaker_before
from factdb.extract.speakers.resolve import SpeakerResolver
from factdb.extract.speakers.tokens import Mention

__all__ = ["Mention", "SpeakerResolver", "speaker_after", "speaker_before", "subject_of"]
