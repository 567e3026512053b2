"""schema.org ClaimReview: verdicts published as JSON-LD, and other publishers' checks read in."""

from factdb.services.claimreview.parse import read_documents
from factdb.services.claimreview.publish import Organization, iter_claimreviews, write_claimreviews
from factdb.services.claimreview.read import ImportReport, import_claimreviews

__all__ = [
    "ImportReport",
    "Organization",
    "import_claimreviews",
    "iter_claimreviews",
    "read_documents",
    "write_claimreviews",
]
