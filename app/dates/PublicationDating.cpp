#include "PublicationDating.h"

namespace claimline {

// STUB (owned by the dates work).
int contextYearOf(QStringView) { return 0; }
PublicationDateGuess guessPublicationDate(const PublicationDateInput &) { return {}; }
void completeFromCorpus(QList<PublicationDateGuess> &) {}

} // namespace claimline
