#include "PlainText.h"

#include <QTextDocument>

namespace claimline::ui {

QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace claimline::ui
