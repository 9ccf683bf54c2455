#include "FigureFinder.h"

namespace claimline {

// STUB (owned by the figures work).
QList<Figure> findFigures(QStringView, TextSpan, const QList<TextSpan> &)
{
    return {};
}

} // namespace claimline
