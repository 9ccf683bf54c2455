#pragma once

#include <QString>

namespace claimline::ui {

// Source text where Qt guesses the format (tooltips, AutoText labels): a headline reading
// "<img src=http://…>" must show those characters, never become markup that loads an image
// or a local file. Text Qt would not take for rich text is returned unchanged.
QString plainToolTip(const QString &text);

} // namespace claimline::ui
